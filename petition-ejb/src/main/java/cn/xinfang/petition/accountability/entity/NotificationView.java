package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.DueClock;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A notification as its recipient sees it. */
public record NotificationView(long id, NotificationKind kind, Long matterId, String matterNumber, DueClock clock,
                               LocalDate dueOn, Long noticeId, Instant createdAt, Instant readAt) implements Serializable {

    public boolean read() {
        return readAt != null;
    }
}
