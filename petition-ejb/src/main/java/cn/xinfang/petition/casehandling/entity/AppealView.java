package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/** A review (复查) or re-review (复核) of the matter, asked and perhaps decided. */
public record AppealView(long id, AppealStage stage, LocalDate requestedOn, String requestReason,
                         AuthorityLevel authorityLevel, String authorityName, boolean decidedHere, LocalDate dueOn,
                         Urgency urgency, AppealOutcome outcome, String opinion, String documentNumber,
                         LocalDate decidedOn, String decidedBy) implements Serializable {

    public boolean decided() {
        return outcome != null;
    }
}
