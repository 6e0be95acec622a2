package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.DecisionForm;
import cn.xinfang.petition.accountability.entity.DecisionKind;
import cn.xinfang.petition.accountability.entity.OwnershipForm;
import cn.xinfang.petition.accountability.entity.OwnershipView;
import cn.xinfang.petition.appraisal.boundary.AccountabilityIndicators;
import cn.xinfang.petition.appraisal.boundary.Appraisals;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.IndicatorView;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The appraisal's indicators from accountability on this test's own county: 包案化解率 (two 包案 of
 * department A taken today, one resolved: 1 / 2, the ids as evidence) and 责任追究 decisions (one
 * decided case concerning department A), none for department B, none for a period before today.
 */
class AppraisalAccountabilityIT extends InContainerTest {

    static final Set<String> KEYS = Set.of("leaderCaseResolution", "accountabilityDecisions");

    @Inject
    AppraisalFixtures more;
    @Inject
    Appraisals appraisals;
    @Inject
    AccountabilityIndicators source;
    @Inject
    Petitions petitions;
    @Inject
    Handling handling;
    @Inject
    CaseOwnerships ownerships;
    @Inject
    AccountabilityCases cases;

    static LocalDate today() {
        return HandlingIT.today();
    }

    long routedToA() throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, "考核某", PetitionsIT.idNumber(), "13700000003", null, 1,
                List.of(), CrossLevel.NONE, c.villageId(), "反映征地补偿款未发放。", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND,
                null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
        return id;
    }

    OwnershipView take(String leader, long matter) throws Exception {
        return as(leader, PASSWORD, () -> ownerships.take(matter, new OwnershipForm(null, null, c.clerkA(), "专班", "方案",
                today().plusDays(30), List.of())));
    }

    @Test
    void leaderCaseResolutionAndDecisionsComeFromAccountability() throws Exception {
        String appraiser = more.appraiser(c);
        List<IndicatorView> catalogue = as(appraiser, PASSWORD, () -> appraisals.indicators());
        assertTrue(catalogue.stream().filter(i -> KEYS.contains(i.key())).allMatch(IndicatorView::available), catalogue.toString());

        String leader = fixtures.countyLeader(c);
        long m1 = routedToA();
        long m2 = routedToA();
        OwnershipView open = take(leader, m1);
        OwnershipView resolved = take(leader, m2);
        as(leader, PASSWORD, () -> ownerships.end(resolved.id(), true, "信访人签署息诉罢访承诺书。", null, resolved.version()));

        long m3 = routedToA();
        CaseView opened = as(c.officer(), PASSWORD, () -> cases.open(m3, CaseGround.DELAY, "久拖不决。"));
        CaseView withParty = as(c.officer(), PASSWORD, () -> cases.addParty(opened.id(), c.clerkA(), null, opened.version()));
        as(c.officer(), PASSWORD, () -> cases.decide(opened.id(), new DecisionForm(DecisionKind.INTERVIEW, today(),
                "县信访联〔2026〕9号", "约谈。"), withParty.version()));

        Map<Long, Map<String, Measure>> got = as(appraiser, PASSWORD,
                () -> source.measure(KEYS, List.of(c.deptAId(), c.deptBId()), today(), today(), today()));
        Measure rate = got.get(c.deptAId()).get("leaderCaseResolution");
        assertTrue(rate.isRate());
        assertEquals(0, BigDecimal.ONE.compareTo(rate.numerator()), rate.toString());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(rate.denominator()), rate.toString());
        assertTrue(rate.evidence().contains(new Evidence("leaderCase", String.valueOf(open.id()), m1)), rate.evidence().toString());
        assertTrue(rate.evidence().contains(new Evidence("leaderCaseResolved", String.valueOf(resolved.id()), m2)),
                rate.evidence().toString());
        assertTrue(rate.evidence().contains(new Evidence("ownership", "open", 1)), rate.evidence().toString());

        Measure decisions = got.get(c.deptAId()).get("accountabilityDecisions");
        assertEquals(1, decisions.events());
        assertTrue(decisions.evidence().contains(new Evidence("accountabilityCase", String.valueOf(opened.id()), m3)),
                decisions.evidence().toString());

        assertEquals(0, BigDecimal.ZERO.compareTo(got.get(c.deptBId()).get("leaderCaseResolution").denominator()));
        assertEquals(0, got.get(c.deptBId()).get("accountabilityDecisions").events());

        // nothing of it lies in a period that ended yesterday, even with a cut-off of today
        Map<Long, Map<String, Measure>> before = as(appraiser, PASSWORD,
                () -> source.measure(KEYS, List.of(c.deptAId()), today().minusDays(30), today().minusDays(1), today()));
        assertEquals(0, BigDecimal.ZERO.compareTo(before.get(c.deptAId()).get("leaderCaseResolution").denominator()));
        assertEquals(0, before.get(c.deptAId()).get("accountabilityDecisions").events());
    }

    @Inject
    cn.xinfang.petition.appraisal.boundary.NoticeIndicators notices;
    @Inject
    cn.xinfang.petition.accountability.boundary.Supervision supervision;

    /**
     * 督办 notices judged at the cut-off: a notice to department A issued ten days ago, to be answered seven days
     * ago, unanswered at the cut-off five days ago, is ignored there; answered today, the rerun at that cut-off still
     * counts it ignored (not late); judged today it is answered late.
     */
    @Test
    void aNoticeAnsweredAfterTheCutOffIsStillIgnoredAtIt() throws Exception {
        String appraiser = more.appraiser(c);
        long matter = routedToA();
        var urged = as(c.officer(), PASSWORD, () -> supervision.urge(matter, new cn.xinfang.petition.accountability.entity.UrgeForm(
                cn.xinfang.petition.accountability.entity.NoticeCategory.WORK, cn.xinfang.petition.accountability.entity.NoticePriority.NORMAL,
                "请报送调查处理进展。", today().plusDays(3))));
        more.noticeDates(urged.id(), today().minusDays(10), today().minusDays(7));
        Set<String> keys = Set.of("noticesIgnored", "noticesLate");
        LocalDate from = today().minusDays(30);
        LocalDate cut = today().minusDays(5);
        Map<String, Measure> atCut = as(appraiser, PASSWORD, () -> notices.measure(keys, List.of(c.deptAId()), from, cut, cut)).get(c.deptAId());
        assertEquals(1, atCut.get("noticesIgnored").events());
        assertEquals(0, atCut.get("noticesLate").events());

        var signed = as(c.clerkA(), PASSWORD, () -> supervision.sign(urged.id(), supervision.get(urged.id()).version()));
        as(c.clerkA(), PASSWORD, () -> supervision.answer(urged.id(), "已开展调查，正在协调处理。", signed.version()));
        Map<String, Measure> rerun = as(appraiser, PASSWORD, () -> notices.measure(keys, List.of(c.deptAId()), from, cut, cut)).get(c.deptAId());
        assertEquals(atCut, rerun);
        Map<String, Measure> judgedToday = as(appraiser, PASSWORD, () -> notices.measure(keys, List.of(c.deptAId()), from, cut, today()))
                .get(c.deptAId());
        assertEquals(0, judgedToday.get("noticesIgnored").events());
        assertEquals(1, judgedToday.get("noticesLate").events());
    }
}
