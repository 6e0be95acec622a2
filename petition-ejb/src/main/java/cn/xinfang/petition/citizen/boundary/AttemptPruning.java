package cn.xinfang.petition.citizen.boundary;

import cn.xinfang.petition.citizen.control.AbuseGuard;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Nightly: drops the public pages' old attempt counters, at the hour of the matters' housekeeping. */
@Singleton
public class AttemptPruning {

    private static final Logger LOG = Logger.getLogger(AttemptPruning.class.getName());

    @Inject
    AbuseGuard guard;

    @Schedule(hour = "1", minute = "10", persistent = false)
    @PermitAll
    public void nightly() {
        int pruned = guard.prune();
        LOG.info(() -> "nightly: " + pruned + " old public attempts pruned");
    }
}
