package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.organization.control.DemoCountyReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Seeds the demo county's appraisal once its first start (county, matters, 督办) is committed. */
@ApplicationScoped
public class DemoAppraisalStarter {

    @Inject
    DemoAppraisal demo;

    void onDemoCountyReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoCountyReady county) {
        demo.seed();
    }
}
