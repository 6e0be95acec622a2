package cn.xinfang.petition.shared.boundary;

import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one timer of the product's scheduled jobs: a persistent EJB interval timer (kept by the
 * server's timer store, so it survives restarts and fires once after a restart when an expiration
 * was missed), created on the first start and re-created when the interval setting changes. Each
 * expiry asks every {@link ScheduledJob} to run; each job claims its slot in {@code job_lease}, so
 * with several nodes on one database each job runs once per slot whichever node's timer fires
 * first (see docs/development.md, "Scheduled jobs").
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
@RunAs(Roles.OFFICER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    static final String TIMER = "petition-jobs";

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @PostConstruct
    void schedule() {
        long interval = intervalMillis();
        String info = TIMER + ":" + interval;
        boolean present = false;
        for (Timer t : timers.getTimers()) {
            if (info.equals(t.getInfo())) {
                present = true;
            } else if (String.valueOf(t.getInfo()).startsWith(TIMER)) {
                t.cancel();
            }
        }
        if (!present) {
            timers.createIntervalTimer(new Date(clock.millis() + 5_000), interval, new TimerConfig(info, true));
            LOG.info(() -> "scheduled jobs every " + interval / 60_000 + " min (persistent timer created)");
        }
    }

    /** The interval of the timer: petition.watch.interval-minutes, default 60, at least 1. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public long intervalMillis() {
        return JobLeases.intervalMillis(settings);
    }

    @Timeout
    void expired(Timer timer) {
        for (ScheduledJob job : jobs) {
            try {
                if (job.runIfDue(clock.instant())) {
                    LOG.fine(() -> job.name() + " ran on " + JobLeases.node());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "scheduled job " + job.name() + " failed; the next expiry tries again", e);
            }
        }
    }

    /** The product's persistent scheduling timers (for the tests and the administrator). */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<String> persistentTimers() {
        List<String> out = new ArrayList<>();
        for (Timer t : timers.getTimers()) {
            if (String.valueOf(t.getInfo()).startsWith(TIMER) && t.isPersistent()) {
                out.add(String.valueOf(t.getInfo()));
            }
        }
        return out;
    }
}
