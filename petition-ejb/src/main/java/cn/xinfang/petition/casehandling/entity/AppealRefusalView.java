package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A refused review or re-review request as the pages and the API show it. */
public record AppealRefusalView(long id, AppealStage stage, LocalDate requestedOn, String requestReason, String authorityName,
                                LocalDate refusedOn, String reason, String noticeNumber, String refusedBy)
        implements Serializable {

    public static AppealRefusalView of(AppealRefusal r) {
        return new AppealRefusalView(r.getId(), r.getStage(), r.getRequestedOn(), r.getRequestReason(), r.getAuthorityName(),
                r.getRefusedOn(), r.getReason(), r.getNoticeNumber(), r.getRefusedBy());
    }
}
