package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.DemoCountyReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Seeds the demo county's 批示件, 带案下访 and 回访 ({@link DemoInstructions}, run as the demo officer)
 * in the background once its first start (county, matters, reception days) is committed (the
 * run-as identity is looked up in the account table, which needs a transaction of its own). A
 * failure is logged and leaves the rest of the demo county as it is.
 */
@ApplicationScoped
public class DemoInstructionsStarter {

    @Inject
    DemoInstructions demo;

    void onDemoCountyReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoCountyReady county) {
        demo.seedInBackground(county);
    }
}
