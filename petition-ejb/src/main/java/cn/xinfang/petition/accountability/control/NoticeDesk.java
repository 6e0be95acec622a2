package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.accountability.entity.EscalationGround;
import cn.xinfang.petition.accountability.entity.NoticeCategory;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticePriority;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.entity.ReportFrequency;
import cn.xinfang.petition.accountability.entity.SupervisionNotice;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writing notices and telling people of them; the two rules: a unit's handling or report-back
 * clock that becomes overdue gets an automatic 催办单 (unless the matter has an open notice), and
 * a notice left unanswered past its reply-by day is escalated to 挂牌督办 under the county's first
 * county leader.
 */
@Dependent
public class NoticeDesk {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    SupervisionSettings settings;

    /** Persists a new notice, numbers it and tells the unit (and for a flagged one its leader). */
    public SupervisionNotice issue(SupervisionNotice n) {
        em.persist(n);
        n.numbered();
        List<AppUser> to = new ArrayList<>(recipients.inUnit(n.getUnitId(), Set.of(Role.UNIT_CLERK, Role.UNIT_LEADER)));
        if (n.getLevel() != NoticeLevel.URGE && n.getLeader() != null) {
            em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", n.getLeader())
                    .getResultStream().findFirst().ifPresent(to::add);
        }
        notifier.notify(to, n.getLevel() == NoticeLevel.URGE ? NotificationKind.URGED : NotificationKind.FLAGGED,
                n.getMatterId(), n.getMatterNumber(), null, n.getReplyBy(), n.getId());
        return n;
    }

    public SupervisionNotice escalate(SupervisionNotice from, SupervisionNotice to) {
        // the replaced notice stops being the matter's open one before the new one is inserted (uq_supervision_open_notice)
        from.replaced();
        em.flush();
        issue(to);
        from.escalatedTo(to);
        return to;
    }

    /** Tells the county's officers that the unit answered. */
    public void answered(SupervisionNotice n) {
        notifier.notify(recipients.officersOf(n.getCountyId()), NotificationKind.ANSWERED, n.getMatterId(), n.getMatterNumber(),
                null, null, n.getId());
    }

    public boolean hasOpenNotice(long matterId) {
        return em.createQuery("SELECT COUNT(n) FROM SupervisionNotice n WHERE n.matterId = :m AND n.status NOT IN :done", Long.class)
                .setParameter("m", matterId).setParameter("done", List.of(NoticeStatus.CLOSED, NoticeStatus.ESCALATED))
                .getSingleResult() > 0;
    }

    void onDeadlineChanged(@Observes DeadlineChanged c) {
        if (c.to() != Urgency.OVERDUE || c.from() == Urgency.OVERDUE || !settings.autoUrge() || c.unitId() == null
                || (c.clock() != DueClock.HANDLING && c.clock() != DueClock.REPORT_BACK) || hasOpenNotice(c.matterId())) {
            return;
        }
        issue(SupervisionNotice.urge(c.matterId(), c.number(), c.unitId(), c.reading().countyId(), NoticeCategory.WORK,
                NoticePriority.NORMAL, null, c.on().plusDays(settings.replyDays()), SYSTEM, c.on(), true));
    }

    /** The rule: every notice unanswered past its reply-by day goes to 挂牌督办; returns how many. */
    public int escalateUnanswered(LocalDate today) {
        if (!settings.autoEscalate()) {
            return 0;
        }
        int n = 0;
        for (SupervisionNotice s : em.createQuery("SELECT n FROM SupervisionNotice n WHERE n.status IN :waiting"
                        + " AND n.replyBy < :today AND n.level = :urge ORDER BY n.id", SupervisionNotice.class)
                .setParameter("waiting", List.of(NoticeStatus.ISSUED, NoticeStatus.SIGNED)).setParameter("today", today)
                .setParameter("urge", NoticeLevel.URGE).getResultList()) {
            String leader = recipients.countyLeadersOf(s.getCountyId()).stream().map(AppUser::getUsername).sorted()
                    .findFirst().orElse(null);
            if (leader == null) {
                continue;
            }
            escalate(s, s.escalate(EscalationGround.UNANSWERED, NoticeLevel.FLAGGED, leader, null, ReportFrequency.WEEKLY,
                    null, today.plusDays(ReportFrequency.WEEKLY.days()), SYSTEM, today, true));
            n++;
        }
        return n;
    }
}
