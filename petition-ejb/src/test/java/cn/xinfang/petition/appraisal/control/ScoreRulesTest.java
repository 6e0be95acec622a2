package cn.xinfang.petition.appraisal.control;

import cn.xinfang.petition.appraisal.entity.AppraisalScheme;
import cn.xinfang.petition.appraisal.entity.EmptyPolicy;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;
import cn.xinfang.petition.appraisal.entity.Scoring;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import cn.xinfang.petition.appraisal.control.RunCalculator.Entry;
import cn.xinfang.petition.appraisal.control.RunCalculator.UnitRef;
import cn.xinfang.petition.appraisal.control.RunCalculator.UnitScore;
import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scoring function against hand-computed examples. */
class ScoreRulesTest {

    static final ItemForm ON_TIME = ItemForm.of("A2", "按期答复率", ItemKind.INDICATOR, "onTimeReply", Scoring.RATE_TIMES_POINTS, "10");

    static String score(ItemForm item, Measure m) {
        return ScoreRules.score(item, m, null, null).score().toPlainString();
    }

    static Measure rate(long num, long den) {
        return Measure.rate(num, den, List.of());
    }

    static Measure events(long n) {
        return Measure.count(n, List.of());
    }

    @Test
    void rateTimesPoints() {
        assertEquals("9.00", score(ON_TIME, rate(9, 10)));
        // 2/3 × 5 = 3.3333… → 3.33; 5/6 × 5 = 4.1666… → 4.17 (half-up)
        ItemForm five = ON_TIME.withPoints("5");
        assertEquals("3.33", score(five, rate(2, 3)));
        assertEquals("4.17", score(five, rate(5, 6)));
        assertEquals("66.67", ScoreRules.score(five, rate(2, 3), null, null).ratePct().toPlainString());
    }

    @Test
    void emptyDenominatorScoresAsTheSchemeSays() {
        ScoreRules.Result full = ScoreRules.score(ON_TIME, rate(0, 0), null, null);
        assertEquals("10.00", full.score().toPlainString());
        assertEquals(ScoreRules.EMPTY, full.note());
        assertNull(full.ratePct());
        assertEquals("0.00", score(ON_TIME.withEmpty(EmptyPolicy.ZERO), rate(0, 0)));
        assertEquals("10.00", score(ON_TIME, Measure.NONE));
    }

    @Test
    void linearBetweenFloorAndFull() {
        ItemForm linear = ItemForm.of("L", "及时受理率", ItemKind.INDICATOR, "timelyAcceptance", Scoring.LINEAR, "10").withLinear("60", "90");
        assertEquals("5.00", score(linear, rate(75, 100)));
        assertEquals("0.00", score(linear, rate(60, 100)));
        assertEquals("0.00", score(linear, rate(1, 2)));
        assertEquals("10.00", score(linear, rate(90, 100)));
        assertEquals("10.00", score(linear, rate(19, 20)));
        // (80 − 60) / 30 × 10 = 6.666… → 6.67
        assertEquals("6.67", score(linear, rate(80, 100)));
    }

    @Test
    void stepTable() {
        ItemForm steps = ItemForm.of("S", "满意率", ItemKind.INDICATOR, "satisfaction", Scoring.STEPS, "10").withSteps("90:8, 95:10,80:5");
        assertEquals("8.00", score(steps, rate(92, 100)));
        assertEquals("10.00", score(steps, rate(95, 100)));
        assertEquals("5.00", score(steps, rate(80, 100)));
        assertEquals("0.00", score(steps, rate(799, 1000)));
    }

    @Test
    void thresholdDeductionIncludesTheThreshold() {
        // 房山: 初信初访化解率 ≥ 90% gives 7 points, below it nothing
        ItemForm first = ItemForm.of("F1", "初信初访化解率", ItemKind.INDICATOR, "firstResolution", Scoring.THRESHOLD_DEDUCTION, "7")
                .withThreshold("90", "7");
        assertEquals("7.00", score(first, rate(9, 10)));
        assertEquals("0.00", score(first, rate(89, 100)));
        assertEquals(ScoreRules.BELOW_THRESHOLD, ScoreRules.score(first, rate(89, 100), null, null).note());
        // 达川: 包案化解率 below 85% −1 from 4
        ItemForm leader = ItemForm.of("B2", "包案化解率", ItemKind.INDICATOR, "leaderCaseResolution", Scoring.THRESHOLD_DEDUCTION, "4")
                .withThreshold("85", "1");
        assertEquals("3.00", score(leader, rate(8, 10)));
        assertEquals("4.00", score(leader, rate(17, 20)));
    }

    @Test
    void perEventWithCap() {
        // 达川: 重复信访治理 10 points, −1 per repeat matter
        ItemForm repeats = ItemForm.of("A5", "重复信访治理", ItemKind.INDICATOR, "repeats", Scoring.PER_EVENT, "10").withPerEvent("1", "10");
        assertEquals("7.00", score(repeats, events(3)));
        assertEquals("0.00", score(repeats, events(12)));
        assertEquals(ScoreRules.CAPPED, ScoreRules.score(repeats, events(12), null, null).note());
        assertEquals("10.00", score(repeats, events(0)));
        // 房山: −30 per overdue 交办 matter, no cap, from 0
        ItemForm overdue = ItemForm.of("D3", "交办件逾期", ItemKind.DEDUCTION, "overdueHandling", Scoring.PER_EVENT, "0").withPerEvent("30", null);
        assertEquals("-60.00", score(overdue, events(2)));
        // a bonus gains, capped: 2 per backlog matter resolved, at most 5
        ItemForm bonus = ItemForm.of("J1", "积案化解", ItemKind.BONUS, "manual", Scoring.PER_EVENT, "0").withPerEvent("2", "5");
        assertEquals("4.00", score(bonus, events(2)));
        assertEquals("5.00", score(bonus, events(4)));
        assertEquals("5.00", ScoreRules.maxPoints(bonus).toPlainString());
        // −0.5 per missed meeting
        ItemForm meetings = ItemForm.of("M", "缺席会议", ItemKind.DEDUCTION, "manual", Scoring.PER_EVENT, "0").withPerEvent("0.5", null);
        assertEquals("-1.50", score(meetings, events(3)));
    }

    @Test
    void inspectionIsClippedToItsPoints() {
        ItemForm study = ItemForm.of("K1", "学习贯彻条例", ItemKind.INSPECTION, null, Scoring.ENTERED, "5");
        assertEquals("4.50", ScoreRules.score(study, Measure.NONE, null, new BigDecimal("4.5")).score().toPlainString());
        assertEquals("5.00", ScoreRules.score(study, Measure.NONE, null, new BigDecimal("7")).score().toPlainString());
        ScoreRules.Result none = ScoreRules.score(study, Measure.NONE, null, null);
        assertEquals("0.00", none.score().toPlainString());
        assertEquals(ScoreRules.NOT_ENTERED, none.note());
    }

    @Test
    void vetoAndStatus() {
        ItemForm veto = ItemForm.of("V1", "进京集体访", ItemKind.VETO, "beijingBatches", Scoring.VETO_ANY, "0");
        assertTrue(ScoreRules.score(veto, events(1), null, null).vetoes());
        assertFalse(ScoreRules.score(veto, events(0), null, null).vetoes());
        ItemForm threeNone = ItemForm.of("T1", "三无乡镇", ItemKind.STATUS, "beijingBatches,provinceBatches,cityBatches,backlog",
                Scoring.ALL_ZERO, "3");
        assertEquals("3.00", score(threeNone, events(0)));
        assertEquals("0.00", score(threeNone, events(1)));
    }

    static final UnitRef A = new UnitRef(1, "U01", "甲镇"), B = new UnitRef(2, "U02", "乙镇"), C = new UnitRef(3, "U03", "丙镇"),
            D = new UnitRef(4, "U04", "丁镇");

    @Test
    void tiesShareARankAndAVetoVoidsTheScore() {
        ItemForm veto = ItemForm.of("V1", "进京集体访", ItemKind.VETO, "beijingBatches", Scoring.VETO_ANY, "0");
        List<ItemForm> items = List.of(ON_TIME, veto);
        Map<Long, Map<String, Measure>> m = Map.of(
                1L, Map.of("onTimeReply", rate(9, 10)),
                2L, Map.of("onTimeReply", rate(18, 20)),
                3L, Map.of("onTimeReply", rate(8, 10)),
                4L, Map.of("onTimeReply", rate(10, 10), "beijingBatches", events(1)));
        List<UnitScore> r = RunCalculator.compute(items, List.of(D, C, B, A), m, Map.of());
        assertEquals(List.of("U01", "U02", "U03", "U04"), r.stream().map(s -> s.unit().code()).toList());
        assertEquals(List.of(1, 1, 3, 4), r.stream().map(UnitScore::rank).toList());
        assertEquals(List.of("9.00", "9.00", "8.00", "0.00"), r.stream().map(s -> s.total().toPlainString()).toList());
        UnitScore vetoed = r.get(3);
        assertTrue(vetoed.vetoed());
        assertEquals("10.00", vetoed.beforeVeto().toPlainString());
    }

    @Test
    void belowTheMinimumSampleAUnitIsNotRanked() {
        ItemForm item = ON_TIME.withSample(5, SamplePolicy.NOT_RANKED);
        Map<Long, Map<String, Measure>> m = Map.of(1L, Map.of("onTimeReply", rate(1, 1)), 2L, Map.of("onTimeReply", rate(8, 10)));
        List<UnitScore> r = RunCalculator.compute(List.of(item), List.of(A, B), m, Map.of());
        assertEquals("U02", r.get(0).unit().code());
        assertEquals(1, r.get(0).rank());
        assertEquals("U01", r.get(1).unit().code());
        assertNull(r.get(1).rank());
        assertFalse(r.get(1).ranked());
        assertEquals("10.00", r.get(1).total().toPlainString());
        assertEquals(ScoreRules.BELOW_SAMPLE, r.get(1).lines().get(0).result().note());
    }

    @Test
    void belowTheMinimumSampleARateIsBlendedWithThePooledRate() {
        ItemForm item = ON_TIME.withSample(10, SamplePolicy.BLEND);
        Map<Long, Map<String, Measure>> m = Map.of(1L, Map.of("onTimeReply", rate(40, 50)), 2L, Map.of("onTimeReply", rate(1, 1)));
        List<UnitScore> r = RunCalculator.compute(List.of(item), List.of(A, B), m, Map.of());
        // pooled 41/51 = 0.8039…; B: (1 + 9 × 41/51) / 10 = 0.82352… → 8.24; A: 0.8 × 10 = 8.00
        assertEquals("U02", r.get(0).unit().code());
        assertEquals("8.24", r.get(0).total().toPlainString());
        assertEquals("82.35", r.get(0).lines().get(0).result().ratePct().toPlainString());
        assertEquals(ScoreRules.BLENDED, r.get(0).lines().get(0).result().note());
        assertEquals("8.00", r.get(1).total().toPlainString());
        assertEquals(2, r.get(1).rank());
    }

    @Test
    void satisfactionCountsBasicallySatisfiedAtItsWeight() {
        ItemForm sat = ItemForm.of("A3", "群众满意率", ItemKind.INDICATOR, "satisfaction", Scoring.RATE_TIMES_POINTS, "10").withBasicWeight("0.9");
        // 6 满意, 2 基本满意, 2 不满意: (6 + 0.9 × 2) / 10 = 78%
        Measure m = Measure.rate(8, 10, List.of(new Evidence("figure", "satisfied", 6), new Evidence("figure", "basicallySatisfied", 2),
                new Evidence("figure", "dissatisfied", 2)));
        List<UnitScore> r = RunCalculator.compute(List.of(sat), List.of(A), Map.of(1L, Map.of("satisfaction", m)), Map.of());
        assertEquals("7.80", r.get(0).total().toPlainString());
    }

    @Test
    void enteredEventsAndStatusesAreRead() {
        ItemForm incident = ItemForm.of("V2", "群体性事件", ItemKind.VETO, "manual", Scoring.VETO_ANY, "0");
        ItemForm threeNone = ItemForm.of("T1", "三无乡镇", ItemKind.STATUS, "beijingBatches,backlog", Scoring.ALL_ZERO, "3");
        ItemForm study = ItemForm.of("K1", "学习贯彻条例", ItemKind.INSPECTION, null, Scoring.ENTERED, "5");
        List<ItemForm> items = List.of(incident, threeNone, study);
        Map<Long, Map<String, Measure>> m = Map.of(2L, Map.of("backlog", events(1)));
        Map<Long, Map<String, Entry>> e = Map.of(1L, Map.of("K1", new Entry(new BigDecimal("4"), null, "台账齐全")),
                3L, Map.of("V2", new Entry(null, 1L, "X2025-0001")));
        List<UnitScore> r = RunCalculator.compute(items, List.of(A, B, C), m, e);
        assertEquals(List.of("U01", "U02", "U03"), r.stream().map(s -> s.unit().code()).toList());
        assertEquals(List.of("7.00", "0.00", "0.00"), r.stream().map(s -> s.total().toPlainString()).toList());
        assertEquals(List.of(1, 2, 2), r.stream().map(UnitScore::rank).toList());
        assertTrue(r.get(2).vetoed());
        assertEquals("3.00", r.get(2).beforeVeto().toPlainString());
    }

    @Test
    void itemsThatCannotBeScoredAreRefusedNamingTheField() {
        assertEquals("fullPct", field(ItemForm.of("L", "x", ItemKind.INDICATOR, "timelyAcceptance", Scoring.LINEAR, "10").withLinear("90", "60")));
        assertEquals("steps", field(ItemForm.of("S", "x", ItemKind.INDICATOR, "satisfaction", Scoring.STEPS, "10").withSteps("95:11")));
        assertEquals("steps", field(ItemForm.of("S", "x", ItemKind.INDICATOR, "satisfaction", Scoring.STEPS, "10").withSteps("abc")));
        assertEquals("indicator", field(ItemForm.of("X", "x", ItemKind.INDICATOR, "nothing", Scoring.RATE_TIMES_POINTS, "10")));
        assertEquals("indicator", field(ItemForm.of("X", "x", ItemKind.INDICATOR, "repeats", Scoring.RATE_TIMES_POINTS, "10")));
        assertEquals("scoring", field(ItemForm.of("X", "x", ItemKind.DEDUCTION, "repeats", Scoring.LINEAR, "10")));
        assertEquals("perEvent", field(ItemForm.of("X", "x", ItemKind.DEDUCTION, "repeats", Scoring.PER_EVENT, "0")));
        assertEquals("minSample", field(ON_TIME.withSample(0, SamplePolicy.BLEND)));
        assertEquals("title", field(ON_TIME.withTitle(" ")));
    }

    static String field(ItemForm f) {
        return assertThrows(BusinessException.class, f::check).field();
    }

    @Test
    void everyChangeIsANewVersionAndALockedSchemeRefusesChanges() {
        AppraisalScheme s = new AppraisalScheme(1, 2025, UnitGroup.TOWNSHIP, new BigDecimal("10"), 7, List.of(ON_TIME), "appraiser",
                Instant.EPOCH, null);
        s.revise(List.of(ON_TIME.withPoints("8")), "appraiser", Instant.EPOCH, "改分值");
        assertEquals(2, s.getCurrentVersion());
        assertEquals("10", s.version(1).forms().get(0).points().toPlainString());
        assertEquals("8", s.current().forms().get(0).points().toPlainString());
        AppraisalScheme next = s.copyTo(2026, "appraiser", Instant.EPOCH);
        assertEquals(2026, next.getYear());
        assertEquals(1, next.getCurrentVersion());
        assertEquals("8", next.current().forms().get(0).points().toPlainString());
        s.lock();
        BusinessException e = assertThrows(BusinessException.class, () -> s.revise(List.of(ON_TIME), "appraiser", Instant.EPOCH, null));
        assertEquals("appraisal.error.locked", e.key());
        assertEquals("code", assertThrows(BusinessException.class,
                () -> next.revise(List.of(ON_TIME, ON_TIME), "appraiser", Instant.EPOCH, null)).field());
    }
}
