package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.entity.Notification;
import cn.xinfang.petition.accountability.entity.NotificationAddress;
import cn.xinfang.petition.accountability.entity.NotificationView;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The caller's notification centre: their own notifications only (the recipient is the caller
 * principal, never a parameter), newest first; the unread count for the header; mark read; the
 * address for the optional e-mail.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER,
        Roles.ADMIN})
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<NotificationView> mine(boolean unreadOnly, int first, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :me"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", me()).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream().map(Notification::view).toList();
    }

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    public NotificationView markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getRecipient().equals(me())) {
            throw new NotFoundException();
        }
        n.markRead(clock.instant());
        return n.view();
    }

    public int markAllRead() {
        int n = em.createQuery("UPDATE Notification n SET n.readAt = :now, n.version = n.version + 1"
                        + " WHERE n.recipient = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("me", me()).executeUpdate();
        LOG.info(() -> me() + " marked " + n + " notifications read");
        return n;
    }

    public String myEmail() {
        NotificationAddress a = em.find(NotificationAddress.class, me());
        return a == null ? null : a.getEmail();
    }

    /** Sets (or with a blank address removes) the caller's address for notification mails. */
    public void setMyEmail(String email) {
        NotificationAddress a = em.find(NotificationAddress.class, me());
        if (email == null || email.isBlank()) {
            if (a != null) {
                em.remove(a);
            }
        } else if (a == null) {
            em.persist(new NotificationAddress(me(), email));
        } else {
            a.change(email);
        }
        LOG.info(() -> me() + " set the notification mail address");
    }

    private String me() {
        return currentUser.get().getUsername();
    }
}
