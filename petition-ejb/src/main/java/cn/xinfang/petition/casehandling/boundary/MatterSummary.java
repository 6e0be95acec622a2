package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.control.Deadlines;

import java.io.Serializable;
import java.time.LocalDate;

/** A matter as a row of a list. */
public record MatterSummary(long id, String number, LocalDate receivedOn, String channelName, ChannelGroup channelGroup,
                            MatterKind kind, String categoryPath, MatterState state, String petitionerName,
                            int peopleCount, CrossLevel crossLevel, boolean repeat, LocalDate due,
                            Deadlines.Urgency urgency, String excerpt) implements Serializable {

    public boolean collective() {
        return peopleCount >= 5;
    }
}
