package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.AppealLapseCheck;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.control.AppealWindows;
import cn.xinfang.petition.casehandling.control.BacklogRules;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Daily: terminates (终结) the matters whose window for the next appeal lapsed unused — no
 * review within 30 days of the reply, or no re-review within 30 days of the review opinion.
 * Runs on the product's scheduled-job timer ({@code shared.boundary.JobScheduler}) once per day
 * (China Standard Time) across all nodes: the slot is the day, claimed in {@code job_lease}.
 * A candidate whose window is still open is noted with its last day ({@link AppealLapseCheck})
 * and not fetched again before that day has passed, so the job reads each matter about once per
 * window instead of the same unlapsed rows every night.
 * (The public pages prune their attempt counters on their own schedule, in citizen.)
 */
@Singleton
@LocalBean
@Local(ScheduledJob.class)
public class Housekeeping implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    public static final String JOB = "appeal-lapse";
    private static final int BATCH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealWindows windows;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    BacklogRules backlog;

    /** The backlog dates (积案 since, left on) brought up to the rules by hand, as the daily job does. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int markBacklogNow() {
        int n = backlog.markAll();
        em.flush();
        return n;
    }

    @Override
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public String name() {
        return JOB;
    }

    @Override
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runIfDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.ZONE);
        if (!leases.claim(JOB, today.toEpochDay(), now)) {
            return false;
        }
        int n = terminate(today);
        LOG.info(() -> "daily: " + n + " matters terminated after a lapsed appeal window");
        int b = backlog.markAll();
        LOG.info(() -> "daily: backlog dates of " + b + " matters brought up to the rules");
        return true;
    }

    /** The same by hand (an officer or the administrator), e.g. after the server was down at night. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int terminateLapsedNow() {
        return terminate(LocalDate.now(clock));
    }

    private int terminate(LocalDate today) {
        int n = 0;
        // 30 days at most become 30 + holidays: a generous pre-filter, the exact rule per matter;
        // matters known to be still within their window are left out until it ends
        for (int round = 0; round < 50; round++) {
            List<Matter> candidates = em.createQuery("SELECT m FROM Matter m WHERE ((m.state IN :replied AND m.reply.repliedOn < :early)"
                            + " OR m.state = :reviewed) AND NOT EXISTS (SELECT 1 FROM AppealLapseCheck c"
                            + " WHERE c.matterId = m.id AND c.windowEnd >= :today AND c.matterVersion = m.version) ORDER BY m.id", Matter.class)
                    .setParameter("replied", List.of(MatterState.REPLIED, MatterState.REPORTED, MatterState.CLOSED))
                    .setParameter("early", today.minusDays(Lifecycle.APPEAL_REQUEST_DAYS))
                    .setParameter("reviewed", MatterState.REVIEWED)
                    .setParameter("today", today).setMaxResults(BATCH).getResultList();
            for (Matter m : candidates) {
                LocalDate end = windows.nextAppealEnd(m);
                if (end != null && today.isAfter(end)) {
                    em.persist(m.terminateLapsed(end, today, Actor.system(), clock.instant()));
                    n++;
                } else {
                    // still open (or no window known yet): look again after its end, or tomorrow
                    LocalDate until = end == null ? today : end;
                    AppealLapseCheck c = em.find(AppealLapseCheck.class, m.getId());
                    if (c == null) {
                        em.persist(new AppealLapseCheck(m.getId(), m.getVersion(), until));
                    } else {
                        c.moveTo(m.getVersion(), until);
                    }
                }
            }
            em.flush();
            em.clear();
            if (candidates.size() < BATCH) {
                break;
            }
        }
        return n;
    }
}
