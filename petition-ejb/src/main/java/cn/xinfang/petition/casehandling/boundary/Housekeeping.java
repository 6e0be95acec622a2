package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.control.AppealWindows;
import cn.xinfang.petition.casehandling.control.BacklogRules;
import cn.xinfang.petition.casehandling.control.CaseSettings;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Nightly: terminates (终结) the matters whose window for the next appeal lapsed unused — no
 * review within 30 days of the reply, or no re-review within 30 days of the review opinion.
 * (The public pages prune their attempt counters on their own schedule, in citizen.)
 */
@Singleton
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealWindows windows;

    @Inject
    Clock clock;

    @Inject
    BacklogRules backlog;

    @Schedule(hour = "1", minute = "10", persistent = false)
    @PermitAll
    public void nightly() {
        int n = terminate();
        LOG.info(() -> "nightly: " + n + " matters terminated after a lapsed appeal window");
        int b = backlog.markAll();
        LOG.info(() -> "nightly: backlog dates of " + b + " matters brought up to the rules");
    }

    /** The backlog dates (积案 since, left on) brought up to the rules by hand, as the nightly job does. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int markBacklogNow() {
        int n = backlog.markAll();
        em.flush();
        return n;
    }

    /** The same by hand (an officer or the administrator), e.g. after the server was down at night. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int terminateLapsedNow() {
        return terminate();
    }

    private int terminate() {
        LocalDate today = LocalDate.now(clock);
        // 30 days at most become 30 + holidays: a generous pre-filter, the exact rule per matter
        List<Matter> candidates = em.createQuery("SELECT m FROM Matter m WHERE (m.state IN :replied AND m.reply.repliedOn < :early)"
                        + " OR m.state = :reviewed", Matter.class)
                .setParameter("replied", List.of(MatterState.REPLIED, MatterState.REPORTED, MatterState.CLOSED))
                .setParameter("early", today.minusDays(Lifecycle.APPEAL_REQUEST_DAYS))
                .setParameter("reviewed", MatterState.REVIEWED).setMaxResults(2000).getResultList();
        int n = 0;
        for (Matter m : candidates) {
            LocalDate end = windows.nextAppealEnd(m);
            if (end != null && today.isAfter(end)) {
                em.persist(m.terminateLapsed(end, today, Actor.system(), clock.instant()));
                n++;
            }
        }
        em.flush();
        return n;
    }
}
