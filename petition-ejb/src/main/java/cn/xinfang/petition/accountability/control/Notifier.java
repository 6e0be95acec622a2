package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.accountability.entity.Notification;
import cn.xinfang.petition.accountability.entity.NotificationAddress;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Writes the notifications: everyone who answers for a step when its clock becomes due soon or
 * overdue (observing the watch's {@link DeadlineChanged}, in the watch's transaction), and the
 * people a 督办 notice concerns.
 */
@Dependent
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Event<NotificationCreated> created;

    @Inject
    Clock clock;

    void onDeadlineChanged(@Observes DeadlineChanged c) {
        if (!c.worsened()) {
            return;
        }
        NotificationKind kind = c.to() == Urgency.OVERDUE ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON;
        notify(recipients.of(c.reading()), kind, c.matterId(), c.number(), c.clock(), c.dueOn(), null);
    }

    /** One notification per person; returns how many were written. */
    public int notify(Collection<AppUser> to, NotificationKind kind, Long matterId, String number, DueClock dueClock,
                      LocalDate dueOn, Long noticeId) {
        int n = 0;
        for (AppUser u : to) {
            Notification x = new Notification(u.getUsername(), u.getUnit().getId(), kind, matterId, number, dueClock, dueOn,
                    noticeId, clock.instant());
            em.persist(x);
            NotificationAddress address = em.find(NotificationAddress.class, u.getUsername());
            created.fire(new NotificationCreated(u.getUsername(), address == null ? null : address.getEmail(), x.view()));
            n++;
        }
        return n;
    }
}
