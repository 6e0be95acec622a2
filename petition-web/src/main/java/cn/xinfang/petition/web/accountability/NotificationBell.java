package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's notification counter: the caller's unread notifications, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
