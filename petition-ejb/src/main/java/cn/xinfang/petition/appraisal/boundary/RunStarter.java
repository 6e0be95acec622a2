package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.RunRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the background job of a run once the run is committed (never before its row exists). */
@ApplicationScoped
public class RunStarter {

    @Inject
    RunJob job;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunRequested r) {
        job.run(r.runId());
    }
}
