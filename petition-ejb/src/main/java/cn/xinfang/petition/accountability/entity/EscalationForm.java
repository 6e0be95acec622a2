package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** What the officer fills in to escalate a notice to 挂牌督办 or 联合督办. */
public record EscalationForm(NoticeLevel level, String leader, String reason, ReportFrequency frequency, String jointBodies,
                             LocalDate replyBy) implements Serializable {
}
