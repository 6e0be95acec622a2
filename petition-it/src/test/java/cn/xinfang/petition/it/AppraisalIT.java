package cn.xinfang.petition.it;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
import cn.xinfang.petition.appraisal.boundary.Appraisals;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.LineView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;
import cn.xinfang.petition.appraisal.entity.Scoring;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end appraisal on a small data set of this test's own county: a 达川-shaped department
 * scheme, matters of departments A, B and C with every step dated back before the cut-off, the
 * ranking and every score computed by hand (see the comments), a rerun after new data past the
 * cut-off, the unit's own view and the lock after publishing.
 */
class AppraisalIT extends InContainerTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.now(CHINA);
    /** The matters' day of receipt; the period is the year's first day to D + 20, the cut-off ten days later. */
    static final LocalDate D = TODAY.minusDays(90);
    static final int YEAR = D.getYear();
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = D.plusDays(20).getYear() == YEAR ? D.plusDays(20) : LocalDate.of(YEAR, 12, 31);
    static final LocalDate CUT_OFF = TO.plusDays(10);

    @Inject
    AppraisalFixtures more;
    @Inject
    Appraisals appraisals;
    @Inject
    AppraisalRuns runs;
    @Inject
    Petitions petitions;
    @Inject
    Handling handling;
    @Inject
    Appeals appeals;
    @Inject
    cn.xinfang.petition.casehandling.boundary.Documents documents;
    @Inject
    cn.xinfang.petition.statistics.boundary.Statistics statistics;
    @Inject
    cn.xinfang.petition.appraisal.boundary.Objections objections;

    /** 达川-shaped: computed 40 points (及时受理率 ×5, 按期答复率 ×10, 满意率 ×10 with 基本满意 at 0.9, 参评率 ×5, 重复信访 10 − 1 each), key work by inspection and entry, a veto. */
    static List<ItemForm> dachuan() {
        return List.of(
                ItemForm.of("A1", "及时受理率", ItemKind.INDICATOR, "timelyAcceptance", Scoring.RATE_TIMES_POINTS, "5"),
                ItemForm.of("A2", "按期答复率", ItemKind.INDICATOR, "onTimeReply", Scoring.RATE_TIMES_POINTS, "10")
                        .withSample(3, SamplePolicy.NOT_RANKED),
                ItemForm.of("A3", "群众满意率", ItemKind.INDICATOR, "satisfaction", Scoring.RATE_TIMES_POINTS, "10").withBasicWeight("0.9"),
                ItemForm.of("A4", "参评率", ItemKind.INDICATOR, "participation", Scoring.RATE_TIMES_POINTS, "5"),
                ItemForm.of("A5", "重复信访治理", ItemKind.INDICATOR, "repeats", Scoring.PER_EVENT, "10").withPerEvent("1", "10"),
                ItemForm.of("B1", "学习贯彻《信访工作条例》", ItemKind.INSPECTION, null, Scoring.ENTERED, "5"),
                ItemForm.of("B2", "联席会议、办公会研究信访工作", ItemKind.BONUS, "manual", Scoring.PER_EVENT, "0").withPerEvent("1", "6"),
                ItemForm.of("C1", "督办件未回复", ItemKind.DEDUCTION, "noticesIgnored", Scoring.PER_EVENT, "0").withPerEvent("1", null),
                ItemForm.of("V1", "因处置不当引发群体性事件", ItemKind.VETO, "manual", Scoring.VETO_ANY, "0"));
    }

    MatterDetail register(String repeatOfNumber, String idNumber) throws Exception {
        return register(repeatOfNumber, idNumber, D);
    }

    MatterDetail register(String repeatOfNumber, String idNumber, LocalDate receivedOn) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", receivedOn, null, null, "考核某", idNumber, "13700000002", null, 1, List.of(),
                CrossLevel.NONE, c.villageId(), "反映问题。", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null, null, repeatOfNumber);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    MatterDetail fresh(long id) throws Exception {
        return as(c.officer(), PASSWORD, () -> petitions.get(id));
    }

    /** Accepted and routed to {@code unit}. */
    long routed(MatterDetail m, long unit) throws Exception {
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, fresh(id).version()));
        as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.FORWARD, unit, List.of(), a.version()));
        return id;
    }

    /** Replied by the unit (today; dated back afterwards), then rated today if {@code rating} is given. */
    long replied(long id, String clerk, String leader, Rating rating) throws Exception {
        MatterDetail d = as(clerk, PASSWORD, () -> handling.draftReply(id, ReplyOutcome.REJECTED, "经调查，诉求缺乏依据。", fresh(id).version()));
        MatterDetail r = as(leader, PASSWORD, () -> handling.approveReply(id, d.version()));
        if (rating != null) {
            as(c.officer(), PASSWORD, () -> appeals.evaluate(id, rating, RatingVia.PHONE, null, r.version()));
        }
        return id;
    }

    RunView waitFor(String appraiser, long runId) throws Exception {
        for (int i = 0; i < 240; i++) {
            RunView r = as(appraiser, PASSWORD, () -> runs.run(runId));
            if (r.status() == RunStatus.DONE || r.status() == RunStatus.FAILED) {
                assertEquals(RunStatus.DONE, r.status(), "run failed: " + r.failure());
                return r;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    static Map<String, String> totals(List<ResultView> results) {
        return results.stream().collect(Collectors.toMap(ResultView::unitCode, r -> r.total().toPlainString()));
    }

    static Map<String, String> scores(Breakdown b) {
        return b.lines().stream().collect(Collectors.toMap(LineView::code, l -> l.score().toPlainString()));
    }

    @Test
    void schemeRunRankingRerunOwnViewAndLock() throws Exception {
        String appraiser = more.appraiser(c);
        long deptC = more.deptC(c);
        String clerkC = "clx" + c.tag();
        String leaderB = more.leaderB(c);

        // A: a1 on time 满意, a2 on time 基本满意, a3 late 不满意, a4 overdue unanswered, a5 a repeat of a1 on time, not rated
        String id1 = PetitionsIT.idNumber();
        MatterDetail m1 = register(null, id1);
        long a1 = replied(routed(m1, c.deptAId()), c.clerkA(), c.leaderA(), Rating.SATISFIED);
        long a2 = replied(routed(register(null, PetitionsIT.idNumber()), c.deptAId()), c.clerkA(), c.leaderA(), Rating.BASICALLY_SATISFIED);
        long a3 = replied(routed(register(null, PetitionsIT.idNumber()), c.deptAId()), c.clerkA(), c.leaderA(), Rating.DISSATISFIED);
        long a4 = routed(register(null, PetitionsIT.idNumber()), c.deptAId());
        long a5 = replied(routed(register(m1.summary().number(), id1), c.deptAId()), c.clerkA(), c.leaderA(), null);
        // B: two matters, both on time and 满意 (below A2's minimum sample of 3)
        long b1 = replied(routed(register(null, PetitionsIT.idNumber()), c.deptBId()), c.clerkB(), leaderB, Rating.SATISFIED);
        long b2 = replied(routed(register(null, PetitionsIT.idNumber()), c.deptBId()), c.clerkB(), leaderB, Rating.SATISFIED);
        List<Long> all = List.of(a1, a2, a3, a4, a5, b1, b2);
        for (long id : List.of(a1, a2, a3, a5, b1, b2)) {
            fixtures.backdateReply(id, D.plusDays(5));
        }
        fixtures.setHandlingDue(a3, D.plusDays(3));
        fixtures.setHandlingDue(a4, D.plusDays(10));
        more.dateBack(all, D.plusDays(1).atTime(10, 0).atZone(CHINA).toInstant(), D.plusDays(8));

        SchemeView s = as(appraiser, PASSWORD, () -> appraisals.create(YEAR, UnitGroup.DEPARTMENT, new BigDecimal("8"), 7, dachuan()));
        assertEquals("45.00", s.maxPoints().toPlainString());
        // inspection: A 4 of 5, B 5; A held 3 meetings; C caused a mass incident (veto)
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "B1", new BigDecimal("4"), null, "台账基本齐全", "检查记录第3页"));
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptBId(), "B1", new BigDecimal("5"), null, "台账齐全", null));
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "B2", null, 3L, null, "会议纪要3份"));
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), deptC, "V1", null, 1L, null, "事件通报〔" + YEAR + "〕5号"));
        assertEquals("score", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "B1", new BigDecimal("6"), null, null, null))).field());
        assertEquals("item", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "A1", new BigDecimal("1"), null, null, null))).field());

        RunView first = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)).id());
        assertEquals(3, first.unitsTotal());
        assertEquals(3, first.unitsDone());
        List<ResultView> ranking = as(appraiser, PASSWORD, () -> runs.results(first.id()));
        // A: 及时受理 5/5 → 5.00; 按期答复 3/(3 + 1 late + 1 overdue) → 6.00; 满意 (1 + 0.9 × 1)/3 → 6.33; 参评 3/4 → 3.75;
        //    重复 10 − 1 → 9.00; 条例 4.00; 会议 +3.00; 督办 0; total 37.08, rank 1
        // C: no matters (empty rates score full: 5 + 10 + 10 + 5 + 10 = 40.00), vetoed → 0.00, rank 2
        // B: 45.00 (5 + 10 + 10 + 5 + 10 + 5), but 2 matters below A2's minimum of 3: not ranked, listed last
        assertEquals(List.of("A" + c.tag(), "X" + c.tag(), "B" + c.tag()), ranking.stream().map(ResultView::unitCode).toList());
        assertEquals(Map.of("A" + c.tag(), "37.08", "X" + c.tag(), "0.00", "B" + c.tag(), "45.00"), totals(ranking));
        assertEquals(1, ranking.get(0).rank());
        assertEquals(2, ranking.get(1).rank());
        assertTrue(ranking.get(1).vetoed());
        assertEquals("40.00", ranking.get(1).beforeVeto().toPlainString());
        assertNull(ranking.get(2).rank());

        Breakdown a = as(appraiser, PASSWORD, () -> runs.breakdown(first.id(), c.deptAId()));
        assertEquals(Map.of("A1", "5.00", "A2", "6.00", "A3", "6.33", "A4", "3.75", "A5", "9.00", "B1", "4.00", "B2", "3.00",
                "C1", "0.00", "V1", "0.00"), scores(a));
        LineView onTime = a.lines().get(1);
        assertEquals("60.00", onTime.ratePct().toPlainString());
        assertEquals("4.00", onTime.lost().toPlainString());
        // every point lost links to its matters: the figure's list within the unit counts what the line says
        Map<String, Long> behind = onTime.evidence().stream().collect(Collectors.toMap(Evidence::key, Evidence::count));
        assertEquals(Map.of("repliedLate", 1L, "overdueHandling", 1L, "repliedOnTime", 3L), behind);
        for (Evidence e : onTime.evidence()) {
            FigureCriteria f = new FigureCriteria(e.key(), FROM, TO, CUT_OFF, null);
            assertEquals(e.count(), as(c.officer(), PASSWORD, () -> petitions.count(MatterFilter.behind(f, c.deptAId()))), e.key());
            assertEquals(e.count(), as(c.clerkA(), PASSWORD, () -> petitions.count(MatterFilter.behind(f, c.deptAId()))), e.key());
        }
        List<Long> overdue = as(c.officer(), PASSWORD, () -> petitions.search(MatterFilter.behind(
                new FigureCriteria("overdueHandling", FROM, TO, CUT_OFF, null), c.deptAId()), 0, 10)).stream().map(m -> m.id()).toList();
        assertEquals(List.of(a4), overdue);

        // new data past the cut-off: a4 replied today, a new matter received today and routed to A
        replied(a4, c.clerkA(), c.leaderA(), null);
        routed(as(c.registrar(), PASSWORD, () -> petitions.register(new RegistrationForm("LETTER", TODAY, null, null, "考核某",
                PetitionsIT.idNumber(), "13700000003", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", MatterKind.GRIEVANCE,
                "0701", MatterPurpose.DEMAND, null, null, null))), c.deptAId());
        RunView again = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)).id());
        assertEquals(totals(ranking), totals(as(appraiser, PASSWORD, () -> runs.results(again.id()))));
        assertEquals(scores(a), scores(as(appraiser, PASSWORD, () -> runs.breakdown(again.id(), c.deptAId()))));

        // a unit sees its own provisional score only
        List<ResultView> own = as(c.clerkA(), PASSWORD, () -> runs.results(again.id()));
        assertEquals(List.of("A" + c.tag()), own.stream().map(ResultView::unitCode).toList());
        assertThrows(NotPermittedException.class, () -> as(c.leaderA(), PASSWORD, () -> runs.breakdown(again.id(), c.deptBId())));
        List<Breakdown> mine = as(clerkC, PASSWORD, () -> runs.mine(YEAR));
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).result().vetoed());
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)));
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> appraisals.create(YEAR + 1, UnitGroup.DEPARTMENT,
                BigDecimal.TEN, 7, dachuan())));

        // publishing locks the scheme: no more edits, entries or runs
        as(appraiser, PASSWORD, () -> runs.publish(again.id(), as(appraiser, PASSWORD, () -> runs.run(again.id())).lockVersion()));
        SchemeView locked = as(appraiser, PASSWORD, () -> appraisals.scheme(s.id()));
        List<ItemForm> edited = new ArrayList<>(locked.items());
        edited.set(0, edited.get(0).withPoints("6"));
        assertEquals("appraisal.error.locked", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> appraisals.revise(s.id(), locked.lockVersion(), edited, null))).key());
        assertEquals("appraisal.error.locked", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF))).key());
        assertEquals("appraisal.error.locked", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "B1", BigDecimal.ONE, null, null, null))).key());
    }

    /**
     * 房山's three rates from the statistics' figures, read at the cut-off: 初信初访 f1 answered (化解), f2 answered
     * but raised again by its repeat r1, f3 not answered; r1 answered and not raised again; backlog f2 (taken off the
     * backlog before the cut-off) and f3 (still on it). A repeat of f1 after the cut-off changes nothing in a rerun.
     */
    @Test
    void resolutionRatesOfFirstRepeatAndBacklogMattersAtTheCutOff() throws Exception {
        String appraiser = more.appraiser(c);
        String id1 = PetitionsIT.idNumber();
        String id2 = PetitionsIT.idNumber();
        MatterDetail m1 = register(null, id1);
        MatterDetail m2 = register(null, id2);
        long f1 = replied(routed(m1, c.deptAId()), c.clerkA(), c.leaderA(), null);
        long f2 = replied(routed(m2, c.deptAId()), c.clerkA(), c.leaderA(), null);
        long f3 = routed(register(null, PetitionsIT.idNumber()), c.deptAId());
        long r1 = replied(routed(register(m2.summary().number(), id2), c.deptAId()), c.clerkA(), c.leaderA(), null);
        for (long id : List.of(f1, f2, r1)) {
            fixtures.backdateReply(id, D.plusDays(5));
        }
        more.dateBack(List.of(f1, f2, f3, r1), D.plusDays(1).atTime(10, 0).atZone(CHINA).toInstant(), D.plusDays(8));
        more.backlog(f2, D.plusDays(2), D.plusDays(6));
        more.backlog(f3, D.plusDays(2), null);

        List<ItemForm> fangshan = List.of(
                ItemForm.of("F1", "初信初访化解率", ItemKind.INDICATOR, "firstResolution", Scoring.THRESHOLD_DEDUCTION, "7")
                        .withThreshold("90", "7"),
                ItemForm.of("F2", "重信重访化解率", ItemKind.INDICATOR, "repeatResolution", Scoring.THRESHOLD_DEDUCTION, "7")
                        .withThreshold("80", "7"),
                ItemForm.of("F3", "积案化解率", ItemKind.INDICATOR, "backlogResolution", Scoring.RATE_TIMES_POINTS, "6"));
        assertTrue(as(appraiser, PASSWORD, () -> appraisals.indicators()).stream()
                .filter(i -> List.of("firstResolution", "repeatResolution", "backlogResolution").contains(i.key()))
                .allMatch(i -> i.available() && i.rate()));
        SchemeView s = as(appraiser, PASSWORD, () -> appraisals.create(YEAR, UnitGroup.DEPARTMENT, BigDecimal.TEN, 7, fangshan));
        RunView first = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)).id());
        Breakdown a = as(appraiser, PASSWORD, () -> runs.breakdown(first.id(), c.deptAId()));
        // 初信初访 1 of 3 (33.33% < 90%): 0; 重信重访 1 of 1: 7; 积案 1 of 2 × 6 = 3
        assertEquals(Map.of("F1", "0.00", "F2", "7.00", "F3", "3.00"), scores(a));
        assertEquals("33.33", a.lines().get(0).ratePct().toPlainString());
        assertEquals("100.00", a.lines().get(1).ratePct().toPlainString());
        assertEquals("50.00", a.lines().get(2).ratePct().toPlainString());
        Map<String, Long> behind = a.lines().stream().flatMap(l -> l.evidence().stream()).collect(Collectors.toMap(Evidence::key, Evidence::count));
        assertEquals(Map.of("distinct", 3L, "firstResolved", 1L, "repeats", 1L, "repeatResolved", 1L, "backlogScreened", 2L,
                "backlogResolved", 1L), behind);
        // the drill-down lists exactly the matters the line counted, numerator and denominator
        Map<String, List<Long>> expected = Map.of("distinct", List.of(f1, f2, f3), "firstResolved", List.of(f1), "repeats", List.of(r1),
                "repeatResolved", List.of(r1), "backlogScreened", List.of(f2, f3), "backlogResolved", List.of(f2));
        for (Map.Entry<String, List<Long>> e : expected.entrySet()) {
            List<Long> listed = as(appraiser, PASSWORD, () -> runs.matters(first.id(), c.deptAId(), e.getKey(), 0, 20)).stream()
                    .map(m -> m.id()).sorted().toList();
            assertEquals(e.getValue().stream().sorted().toList(), listed, e.getKey());
            assertEquals(e.getValue().size(), as(appraiser, PASSWORD, () -> runs.countMatters(first.id(), c.deptAId(), e.getKey())), e.getKey());
        }
        // the statistics count the same figures and rates for the unit
        var summary = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TO, CUT_OFF, c.deptAId()));
        assertEquals(1L, summary.figures().get("firstResolved").value());
        assertEquals("33.3", summary.rates().get("firstResolutionPct").value().toPlainString());
        assertEquals("100.0", summary.rates().get("repeatResolutionPct").value().toPlainString());
        assertEquals("50.0", summary.rates().get("backlogResolutionPct").value().toPlainString());

        // after the cut-off: f1 raised again today, f3 answered today; the rerun is the same
        replied(f3, c.clerkA(), c.leaderA(), null);
        register(m1.summary().number(), id1, TODAY);
        RunView again = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)).id());
        assertEquals(scores(a), scores(as(appraiser, PASSWORD, () -> runs.breakdown(again.id(), c.deptAId()))));
    }

    /**
     * 房山: 复查复核 overturning the unit −20 each, ordered to handle again −10 each. Department A's replies x1
     * (revoked or changed), x2 (revoked and sent back: the new outcome, printed on the review opinion) and x3
     * (upheld) are reviewed today; each deduction lists its matter.
     */
    @Test
    void overturnedAndSentBackReviewsAreDeductedWithTheirMatters() throws Exception {
        String appraiser = more.appraiser(c);
        long x1 = replied(routed(register(null, PetitionsIT.idNumber(), TODAY), c.deptAId()), c.clerkA(), c.leaderA(), null);
        long x2 = replied(routed(register(null, PetitionsIT.idNumber(), TODAY), c.deptAId()), c.clerkA(), c.leaderA(), null);
        long x3 = replied(routed(register(null, PetitionsIT.idNumber(), TODAY), c.deptAId()), c.clerkA(), c.leaderA(), null);
        Map<Long, AppealOutcome> outcomes = Map.of(x1, AppealOutcome.REVISED, x2, AppealOutcome.REDO, x3, AppealOutcome.UPHELD);
        for (Map.Entry<Long, AppealOutcome> o : outcomes.entrySet()) {
            MatterDetail review = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(o.getKey(), AppealStage.REVIEW, TODAY, "不服处理意见。",
                    null, null, fresh(o.getKey()).version()));
            MatterDetail decided = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(o.getKey(), o.getValue(), "经复查，原处理意见认定事实不清。",
                    null, null, review.version()));
            assertEquals(o.getValue().name(), decided.followUp().review().outcome().name());
        }
        String opinion = HandlingIT.text(as(c.officer(), PASSWORD, () -> documents.pdf(x2, DocumentKind.REVIEW_OPINION))).replaceAll("\\s+", "");
        assertTrue(opinion.contains("复查结论：撤销信访处理意见，责令原办理机关重新办理。"), opinion);

        List<ItemForm> fangshan = List.of(
                ItemForm.of("D1", "复查复核被撤销或变更", ItemKind.DEDUCTION, "reviewsOverturned", Scoring.PER_EVENT, "0").withPerEvent("20", null),
                ItemForm.of("D2", "复查复核责令重新办理", ItemKind.DEDUCTION, "reviewsRedo", Scoring.PER_EVENT, "0").withPerEvent("10", null));
        SchemeView s = as(appraiser, PASSWORD, () -> appraisals.create(YEAR, UnitGroup.DEPARTMENT, BigDecimal.TEN, 7, fangshan));
        RunView run = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TODAY, TODAY)).id());
        Breakdown a = as(appraiser, PASSWORD, () -> runs.breakdown(run.id(), c.deptAId()));
        assertEquals(Map.of("D1", "-20.00", "D2", "-10.00"), scores(a));
        assertEquals(List.of(x1), as(appraiser, PASSWORD, () -> runs.matters(run.id(), c.deptAId(), "reviewsRevised", 0, 20)).stream()
                .map(m -> m.id()).toList());
        assertEquals(List.of(x2), as(appraiser, PASSWORD, () -> runs.matters(run.id(), c.deptAId(), "reviewsRedo", 0, 20)).stream()
                .map(m -> m.id()).toList());
        Breakdown b = as(appraiser, PASSWORD, () -> runs.breakdown(run.id(), c.deptBId()));
        assertEquals(Map.of("D1", "0.00", "D2", "0.00"), scores(b));
    }

    @Test
    void everyChangeIsKeptAndNextYearIsCopied() throws Exception {
        String appraiser = more.appraiser(c);
        SchemeView s = as(appraiser, PASSWORD, () -> appraisals.create(YEAR, UnitGroup.DEPARTMENT, new BigDecimal("8"), 7, dachuan()));
        List<ItemForm> items = new ArrayList<>(s.items());
        items.set(1, items.get(1).withPoints("12"));
        SchemeView v2 = as(appraiser, PASSWORD, () -> appraisals.revise(s.id(), s.lockVersion(), items, "按期答复率分值调为12分"));
        assertEquals(2, v2.version());
        assertEquals("10.00", as(appraiser, PASSWORD, () -> appraisals.items(s.id(), 1)).get(1).points().toPlainString());
        assertEquals("12.00", v2.items().get(1).points().toPlainString());
        assertEquals("按期答复率分值调为12分", v2.versions().get(1).note());
        // a stale version is refused
        assertThrows(cn.xinfang.petition.shared.boundary.StaleDataException.class,
                () -> as(appraiser, PASSWORD, () -> appraisals.revise(s.id(), s.lockVersion(), items, null)));
        SchemeView next = as(appraiser, PASSWORD, () -> appraisals.copy(s.id(), YEAR + 1));
        assertEquals(YEAR + 1, next.year());
        assertEquals(1, next.version());
        assertEquals(s.id(), next.copiedFromId());
        assertEquals("12.00", next.items().get(1).points().toPlainString());
        assertEquals("year", assertThrows(BusinessException.class, () -> as(appraiser, PASSWORD, () -> appraisals.copy(s.id(), YEAR + 1))).field());
        // every indicator of the catalogue has its source now: 复查复核 overturned is usable
        List<ItemForm> withReviews = new ArrayList<>(dachuan());
        withReviews.add(ItemForm.of("C3", "复查复核被撤销", ItemKind.DEDUCTION, "reviewsOverturned", Scoring.PER_EVENT, "0")
                .withPerEvent("2", null));
        assertEquals(2, as(appraiser, PASSWORD, () -> appraisals.revise(next.id(), next.lockVersion(), withReviews, null)).version());
        assertTrue(as(appraiser, PASSWORD, () -> appraisals.indicators()).stream().allMatch(i -> i.available()));
        // accountability provides 包案化解率 and 责任追究 now (AppraisalAccountabilityIT reads them)
        assertTrue(as(appraiser, PASSWORD, () -> appraisals.indicators()).stream()
                .anyMatch(i -> i.key().equals("leaderCaseResolution") && i.available()));
        // the unit reads the scheme it is scored by
        assertEquals(2, as(c.clerkA(), PASSWORD, () -> appraisals.schemes()).size());
    }

    @Test
    void anAcceptedObjectionChangesTheScoreAndTheRankingAndIsRecorded() throws Exception {
        String appraiser = more.appraiser(c);
        // no matters: every rate scores full (5 + 10 + 10 + 5 + 10 = 40); A 3 of 5 on inspection, B 4
        SchemeView s = as(appraiser, PASSWORD, () -> appraisals.create(YEAR, UnitGroup.DEPARTMENT, new BigDecimal("8"), 7, dachuan()));
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptAId(), "B1", new BigDecimal("3"), null, "学习记录不全", null));
        as(appraiser, PASSWORD, () -> appraisals.enter(s.id(), c.deptBId(), "B1", new BigDecimal("4"), null, null, null));
        RunView run = waitFor(appraiser, as(appraiser, PASSWORD, () -> runs.start(s.id(), FROM, TO, CUT_OFF)).id());
        List<ResultView> before = as(appraiser, PASSWORD, () -> runs.results(run.id()));
        assertEquals(List.of("B" + c.tag(), "A" + c.tag()), before.stream().map(ResultView::unitCode).toList());
        assertEquals(Map.of("A" + c.tag(), "43.00", "B" + c.tag(), "44.00"), totals(before));

        // A contests B1 with its minutes; B contests B1 too
        var filed = as(c.clerkA(), PASSWORD, () -> objections.file(run.id(), "B1", "已提交全年学习记录12次，检查时漏看。", "学习记录册"));
        var filedB = as(c.clerkB(), PASSWORD, () -> objections.file(run.id(), "B1", "请求复核。", null));
        assertEquals("item", assertThrows(BusinessException.class,
                () -> as(c.leaderA(), PASSWORD, () -> objections.file(run.id(), "B1", "再次申辩。", null))).field());
        assertEquals("reason", assertThrows(BusinessException.class,
                () -> as(c.clerkA(), PASSWORD, () -> objections.file(run.id(), "A1", " ", null))).field());
        assertThrows(EJBAccessException.class, () -> as(appraiser, PASSWORD, () -> objections.file(run.id(), "B1", "x", null)));
        assertEquals(1, as(c.clerkA(), PASSWORD, () -> objections.list(run.id())).size());
        // publishing waits for the decisions
        assertEquals("appraisal.error.openObjections", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> runs.publish(run.id(), as(appraiser, PASSWORD, () -> runs.run(run.id())).lockVersion()))).key());

        // accepted: A's B1 becomes 5 → 45.00, first; B's rejected with a reason
        var accepted = as(appraiser, PASSWORD, () -> objections.decide(filed.id(), true, new BigDecimal("5"), "核实学习记录齐全，改为满分。", filed.version()));
        assertEquals("ACCEPTED", accepted.status());
        assertEquals(appraiser, accepted.decidedBy());
        assertEquals("3.00", accepted.scoreBefore().toPlainString());
        assertEquals("5.00", accepted.scoreAfter().toPlainString());
        var rejected = as(appraiser, PASSWORD, () -> objections.decide(filedB.id(), false, null, "检查记录显示缺两次学习。", filedB.version()));
        assertEquals("REJECTED", rejected.status());
        assertEquals("appraisal.error.decided", assertThrows(BusinessException.class,
                () -> as(appraiser, PASSWORD, () -> objections.decide(filedB.id(), true, BigDecimal.ONE, "改判", rejected.version()))).key());

        List<ResultView> after = as(appraiser, PASSWORD, () -> runs.results(run.id()));
        assertEquals(List.of("A" + c.tag(), "B" + c.tag()), after.stream().map(ResultView::unitCode).toList());
        assertEquals(Map.of("A" + c.tag(), "45.00", "B" + c.tag(), "44.00"), totals(after));
        assertEquals(List.of(1, 2), after.stream().map(ResultView::rank).toList());
        LineView b1 = as(c.clerkA(), PASSWORD, () -> runs.breakdown(run.id(), c.deptAId())).lines().stream()
                .filter(l -> l.code().equals("B1")).findFirst().orElseThrow();
        assertEquals("5.00", b1.score().toPlainString());
        assertEquals("3.00", b1.computed().toPlainString());
        assertTrue(b1.adjusted());
        // the final result names every adjustment, with who and why
        as(appraiser, PASSWORD, () -> runs.publish(run.id(), as(appraiser, PASSWORD, () -> runs.run(run.id())).lockVersion()));
        var record = as(c.officer(), PASSWORD, () -> objections.list(run.id()));
        assertEquals(2, record.size());
        assertEquals("核实学习记录齐全，改为满分。", record.get(0).decisionReason());
        assertEquals(c.clerkA(), record.get(0).filedBy());
    }
}
