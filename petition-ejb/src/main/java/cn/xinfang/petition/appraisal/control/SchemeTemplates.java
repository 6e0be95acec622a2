package cn.xinfang.petition.appraisal.control;

import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;
import cn.xinfang.petition.appraisal.entity.Scoring;

import java.util.List;

/**
 * A starting scheme shaped like 达川's: 40 points computed from the records (及时受理率 × 5, 按期答复率
 * × 10, 群众满意率 × 10, 参评率 × 5, 重复信访治理 10 − 1 per repeat matter), key work by inspection
 * (studying the regulation 5; the responsibility system: meetings 1 point each, at most 6),
 * deductions for ignored 督办 notices and overdue matters, a 三无 bonus and the 一票否决 of a mass
 * incident. The appraiser edits it into the county's own.
 */
public final class SchemeTemplates {

    private SchemeTemplates() {
    }

    public static List<ItemForm> dachuan() {
        return List.of(
                ItemForm.of("A1", "及时受理率", ItemKind.INDICATOR, "timelyAcceptance", Scoring.RATE_TIMES_POINTS, "5"),
                ItemForm.of("A2", "按期答复率", ItemKind.INDICATOR, "onTimeReply", Scoring.RATE_TIMES_POINTS, "10")
                        .withSample(3, SamplePolicy.NOT_RANKED),
                ItemForm.of("A3", "群众满意率", ItemKind.INDICATOR, "satisfaction", Scoring.RATE_TIMES_POINTS, "10").withBasicWeight("0.9"),
                ItemForm.of("A4", "参评率", ItemKind.INDICATOR, "participation", Scoring.RATE_TIMES_POINTS, "5"),
                ItemForm.of("A5", "重复信访治理", ItemKind.INDICATOR, "repeats", Scoring.PER_EVENT, "10").withPerEvent("1", "10"),
                ItemForm.of("B1", "学习贯彻《信访工作条例》", ItemKind.INSPECTION, null, Scoring.ENTERED, "5"),
                ItemForm.of("B2", "联席会议、办公会研究信访工作", ItemKind.BONUS, "manual", Scoring.PER_EVENT, "0").withPerEvent("1", "6"),
                ItemForm.of("C1", "督办件逾期未回复", ItemKind.DEDUCTION, "noticesIgnored", Scoring.PER_EVENT, "0").withPerEvent("1", "5"),
                ItemForm.of("C2", "逾期未办结", ItemKind.DEDUCTION, "overdueHandling", Scoring.PER_EVENT, "0").withPerEvent("0.5", "5"),
                ItemForm.of("T1", "“三无”单位（无越级访、无积案）", ItemKind.STATUS, "beijingBatches,provinceBatches,cityBatches,backlog",
                        Scoring.ALL_ZERO, "2"),
                ItemForm.of("V1", "因处置不当引发群体性事件或进京集体访", ItemKind.VETO, "manual", Scoring.VETO_ANY, "0"));
    }
}
