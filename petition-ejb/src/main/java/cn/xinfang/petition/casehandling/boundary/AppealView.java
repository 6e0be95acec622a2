package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.shared.control.Deadlines;

import java.io.Serializable;
import java.time.LocalDate;

/** A review (复查) or re-review (复核) of the matter, asked and perhaps decided. */
public record AppealView(long id, AppealStage stage, LocalDate requestedOn, String requestReason,
                         AuthorityLevel authorityLevel, String authorityName, boolean decidedHere, LocalDate dueOn,
                         Deadlines.Urgency urgency, AppealOutcome outcome, String opinion, String documentNumber,
                         LocalDate decidedOn, String decidedBy) implements Serializable {

    public boolean decided() {
        return outcome != null;
    }
}
