package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.NotificationView;

/**
 * Fired for each notification written, with the recipient's mail address if they gave one; the
 * mailer sends it once the transaction committed.
 */
public record NotificationCreated(String recipient, String email, NotificationView notification) {
}
