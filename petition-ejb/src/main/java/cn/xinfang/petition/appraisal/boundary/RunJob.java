package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background computation of a run, started after the run's transaction committed: reads the
 * measures of the units a few at a time (each step in its own transaction, so the progress shows),
 * then scores, ranks and stores the results in one transaction. A failure marks the run FAILED.
 */
@Stateless
@RolesAllowed(Roles.APPRAISER)
public class RunJob {

    private static final Logger LOG = Logger.getLogger(RunJob.class.getName());
    /** Units per step: each source reads a step's units in one go (a grouped query per batch of figures), the progress moves per step. */
    static final int CHUNK = 25;

    @Inject
    RunSteps steps;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId) {
        try {
            RunSteps.Plan plan = steps.begin(runId);
            Map<Long, Map<String, Measure>> measures = new HashMap<>();
            List<Long> units = plan.units().stream().map(u -> u.id()).toList();
            for (int i = 0; i < units.size(); i += CHUNK) {
                List<Long> chunk = units.subList(i, Math.min(units.size(), i + CHUNK));
                steps.measure(plan, chunk).forEach((unit, m) -> measures.computeIfAbsent(unit, k -> new HashMap<>()).putAll(m));
                steps.progress(runId, i + chunk.size());
            }
            steps.finish(runId, plan, measures);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "appraisal run " + runId + " failed", e);
            steps.fail(runId, e.getClass().getSimpleName());
        }
    }
}
