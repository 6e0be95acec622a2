package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.accountability.entity.NotificationView;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** /account/notifications.xhtml: the caller's notifications, mark read, open the matter or notice, the mail address. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    @Inject
    Notifications notifications;

    private List<NotificationView> rows;
    private boolean unreadOnly;
    private String email;

    @PostConstruct
    void init() {
        email = notifications.myEmail();
        load();
    }

    private void load() {
        rows = notifications.mine(unreadOnly, 0, 200);
    }

    /** Marks it read and opens what it is about: the notice if it names one, else the matter. */
    public String open(long id) {
        NotificationView n = Messages.call("notificationsForm", () -> notifications.markRead(id));
        if (n == null) {
            return null;
        }
        if (n.noticeId() != null) {
            return "/accountability/notice?faces-redirect=true&id=" + n.noticeId();
        }
        return "/cases/matter?faces-redirect=true&id=" + n.matterId();
    }

    public void markAll() {
        Integer n = Messages.call("notificationsForm", () -> notifications.markAllRead());
        if (n != null) {
            Messages.info("acc.notifications.markedAll", n);
        }
        load();
    }

    public void filter() {
        load();
    }

    public void saveEmail() {
        if (Messages.run("mailForm", () -> notifications.setMyEmail(email))) {
            Messages.info("acc.notifications.mailSaved");
            email = notifications.myEmail();
        }
    }

    public List<NotificationView> getRows() {
        return rows;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
