package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A 督办 notice as the pages and the API show it, with its reports (the unit's answers); {@code leaderName} the supervising leader's name. */
public record NoticeView(long id, String number, NoticeLevel level, NoticeCategory category, NoticePriority priority,
                         long matterId, String matterNumber, long unitId, String unitName, String requirement,
                         String issuedBy, LocalDate issuedOn, LocalDate replyBy, boolean automatic, NoticeStatus status,
                         String signedBy, LocalDate signedOn, Long escalatedFromId, Long escalatedToId,
                         EscalationGround escalationGround, String leader, String leaderName, String reason, ReportFrequency reportFrequency,
                         String jointBodies, String suspensionReason, String closedBy, LocalDate closedOn, String closeNote,
                         boolean lateReply, List<ReportView> reports, long version) implements Serializable {

    public boolean flagged() {
        return level != NoticeLevel.URGE;
    }
}
