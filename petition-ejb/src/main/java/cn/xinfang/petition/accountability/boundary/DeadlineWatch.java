package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.AccountabilitySettings;
import cn.xinfang.petition.accountability.control.DemoSupervision;
import cn.xinfang.petition.accountability.control.WatchRun;
import cn.xinfang.petition.accountability.entity.ClockChange;
import cn.xinfang.petition.accountability.entity.ClockWatch;
import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.casehandling.boundary.MatterClocks;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.concurrent.TimeUnit;
import org.jboss.ejb3.annotation.TransactionTimeout;

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

    @Resource
    SessionContext context;

    @Override
    public String name() {
        return JOB;
    }

    /**
     * The run's own transaction holds only the job's lease (the row lock that keeps other nodes out
     * until it ends); the work is done in slices, each in a transaction of its own. A county's first
     * run at a million matters takes minutes, so this transaction may outlive the server's default
     * timeout (300 s), which would roll the lease back and make every expiry start again.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @TransactionTimeout(value = RUN_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
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

    /** How long a whole run may hold its lease. */
    static final long RUN_TIMEOUT_MINUTES = 60;

    /** A run by hand (an officer or the administrator), serialised with the timer's runs. */
    @TransactionTimeout(value = RUN_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    public Result runNow() {
        leases.lock(JOB);
        return run(LocalDate.now(clock));
    }

    /** Readings per transaction of a run: a county's first run (every clock new) stays far from the timeout. */
    static final int SLICE = 500;

    private Result run(LocalDate today) {
        // every running clock, in slices of matters, each slice compared, written and announced in a
        // transaction of its own: on a large county's first run the work grows with the clocks, not
        // with their square (each observer's query flushes its transaction's pending rows), and a
        // run cut short leaves whole slices behind, which the next run, comparing states, continues
        List<ClockReading> readings = new ArrayList<>(clocks.running());
        readings.sort(Comparator.comparingLong(ClockReading::matterId));
        DeadlineWatch self = context.getBusinessObject(DeadlineWatch.class);
        int clocksRead = 0;
        int created = 0;
        int changes = 0;
        int ended = 0;
        int from = 0;
        long lo = Long.MIN_VALUE;
        while (true) {
            int to = Math.min(readings.size(), from + SLICE);
            // a slice ends between two matters, so a matter's clocks are compared together
            while (to < readings.size() && to > from && readings.get(to).matterId() == readings.get(to - 1).matterId()) {
                to++;
            }
            long hi = to < readings.size() ? readings.get(to).matterId() : Long.MAX_VALUE;
            Result r = self.slice(today, lo, hi, readings.subList(from, to));
            clocksRead += r.clocks();
            created += r.created();
            changes += r.changes();
            ended += r.ended();
            if (to >= readings.size()) {
                break;
            }
            from = to;
            lo = hi;
        }
        return new Result(clocksRead, created, changes, ended);
    }

    /**
     * One slice of a run: the clocks of matters with ids in [{@code lo}, {@code hi}) against that
     * range's rows of the last run, in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result slice(LocalDate today, long lo, long hi, List<ClockReading> readings) {
        Map<WatchRun.Key, ClockWatch> last = new HashMap<>();
        for (ClockWatch w : em.createNamedQuery(ClockWatch.IN_RANGE, ClockWatch.class)
                .setParameter("lo", lo).setParameter("hi", hi).getResultList()) {
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
