package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/** A matter as a row of a list. */
public record MatterSummary(long id, String number, LocalDate receivedOn, String channelName, ChannelGroup channelGroup,
                            MatterKind kind, String categoryPath, MatterState state, String petitionerName,
                            int peopleCount, CrossLevel crossLevel, boolean repeat, LocalDate due,
                            Urgency urgency, String excerpt) implements Serializable {

    public boolean collective() {
        return peopleCount >= 5;
    }
}
