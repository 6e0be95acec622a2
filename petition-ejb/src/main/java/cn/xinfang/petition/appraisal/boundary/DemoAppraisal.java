package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.control.SchemeTemplates;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.UnitView;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo county's year-end appraisal, once after the first start ({@link DemoAppraisalStarter}): last year's 达川-shaped schemes for townships and departments with
 * inspection scores, meetings and one veto entered, run and published; this year's copies run
 * as provisional results. Runs as the demo appraiser (run-as principal "appraiser" in
 * jboss-ejb3.xml) through the same boundaries a person uses.
 */
@Stateless
@PermitAll
@RunAs(Roles.APPRAISER)
public class DemoAppraisal {

    private static final Logger LOG = Logger.getLogger(DemoAppraisal.class.getName());

    @Inject
    Appraisals appraisals;

    @Inject
    AppraisalRuns runs;

    @Inject
    Clock clock;

    /** In the background, after the first start committed the demo county and its matters. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        try {
            for (UnitGroup group : UnitGroup.values()) {
                seed(group, today);
            }
            LOG.info("demo county: last year's appraisal published, this year's provisional");
        } catch (RuntimeException | InterruptedException e) {
            LOG.log(Level.WARNING, "demo appraisal not seeded", e);
        }
    }

    private void seed(UnitGroup group, LocalDate today) throws InterruptedException {
        int last = today.getYear() - 1;
        SchemeView s;
        try {
            s = appraisals.create(last, group, group == UnitGroup.TOWNSHIP ? new BigDecimal("10") : new BigDecimal("8"), 7,
                    SchemeTemplates.dachuan());
        } catch (BusinessException e) {
            return; // already there
        }
        List<UnitView> units = appraisals.units(s.id());
        enter(s.id(), units, true);
        RunView lastRun = finish(runs.start(s.id(), LocalDate.of(last, 1, 1), LocalDate.of(last, 12, 31), LocalDate.of(last + 1, 1, 10)));
        if (lastRun.status() == RunStatus.DONE) {
            runs.publish(lastRun.id(), runs.run(lastRun.id()).lockVersion());
        }
        SchemeView now = appraisals.copy(s.id(), today.getYear());
        enter(now.id(), units, false);
        LocalDate to = today.minusDays(1).getYear() == today.getYear() ? today.minusDays(1) : today;
        finish(runs.start(now.id(), LocalDate.of(today.getYear(), 1, 1), to, to));
    }

    /** Inspection scores 3–5, meetings 0–6; last year one unit in six had a veto. */
    private void enter(long schemeId, List<UnitView> units, boolean withVeto) {
        for (int i = 0; i < units.size(); i++) {
            long unit = units.get(i).id();
            appraisals.enter(schemeId, unit, "B1", BigDecimal.valueOf(3 + (i * 7 % 5) * 0.5), null, "台账、一案一卷抽查", "检查记录");
            appraisals.enter(schemeId, unit, "B2", null, (long) (i * 5 % 7), null, "会议纪要");
            if (withVeto && i == 1) {
                appraisals.enter(schemeId, unit, "V1", null, 1L, null, "县委办通报第12号：因处置不当引发群体性事件");
            }
        }
    }

    private RunView finish(RunView started) throws InterruptedException {
        RunView r = started;
        for (int i = 0; i < 600 && (r.status() == RunStatus.QUEUED || r.status() == RunStatus.RUNNING); i++) {
            Thread.sleep(200);
            r = runs.run(r.id());
        }
        return r;
    }
}
