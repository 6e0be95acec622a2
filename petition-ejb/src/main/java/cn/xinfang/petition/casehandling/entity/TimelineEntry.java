package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.Instant;

public record TimelineEntry(Instant at, String username, MatterEvent.Type type, MatterState stateAfter, String detail)
        implements Serializable {
}
