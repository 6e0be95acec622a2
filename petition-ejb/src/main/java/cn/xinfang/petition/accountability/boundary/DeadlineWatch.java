package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.AccountabilitySettings;
import cn.xinfang.petition.accountability.control.DemoSupervision;
import cn.xinfang.petition.accountability.control.WatchRun;
import cn.xinfang.petition.accountability.entity.ClockChange;
import cn.xinfang.petition.accountability.entity.ClockWatch;
import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.casehandling.boundary.MatterClocks;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The deadline watch (issue 11, item 1): once per interval of the scheduled-job timer, across all
 * nodes, every running clock of every matter is read and classified normal / due soon (the
 * {@code petition.deadline.due-soon-days} before the due day) / overdue; each change is written
 * once ({@link ClockChange}) and fired as {@link DeadlineChanged} for the features that react
 * (notifications, the automatic 催办). A second run on the same day changes nothing.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class DeadlineWatch implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    public static final String JOB = "deadline-watch";

    /** What one run did. */
    public record Result(int clocks, int created, int changes, int ended) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterClocks clocks;

    @Inject
    JobLeases leases;

    @Inject
    HolidayCalendar calendar;

    @Inject
    AccountabilitySettings settings;

    @Inject
    Event<DeadlineChanged> changed;

    @Inject
    DemoSupervision demo;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runIfDue(Instant now) {
        if (!leases.claim(JOB, now.toEpochMilli() / settings.intervalMillis(), now)) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(now, Clocks.ZONE);
        Result r = run(today);
        LOG.info(() -> "deadline watch on " + JobLeases.node() + ": " + r);
        demo.seedIfPending(today, now);
        return true;
    }

    /** A run by hand (an officer or the administrator), serialised with the timer's runs. */
    public Result runNow() {
        leases.lock(JOB);
        return run(LocalDate.now(clock));
    }

    private Result run(LocalDate today) {
        var readings = clocks.running();
        Map<WatchRun.Key, ClockWatch> last = new HashMap<>();
        for (ClockWatch w : em.createNamedQuery(ClockWatch.ALL, ClockWatch.class).getResultList()) {
            last.put(new WatchRun.Key(w.getMatterId(), w.getClock()), w);
        }
        int soon = settings.dueSoonDays();
        var deadlines = calendar.deadlines();
        WatchRun.Outcome o = WatchRun.compare(readings, last, today, due -> deadlines.urgency(today, due, soon));
        o.created().forEach(em::persist);
        o.ended().forEach(em::remove);
        Instant at = clock.instant();
        for (DeadlineChanged c : o.changes()) {
            em.persist(new ClockChange(c, at));
        }
        em.flush();
        for (DeadlineChanged c : o.changes()) {
            changed.fire(c);
        }
        return new Result(readings.size(), o.created().size(), o.changes().size(), o.ended().size());
    }
}
