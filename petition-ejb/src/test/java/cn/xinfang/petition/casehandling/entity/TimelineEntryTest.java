package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.casehandling.entity.MatterEvent.Type;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A step reads in the reader's language: the English timeline is English, the Chinese one Chinese. */
class TimelineEntryTest {

    private static final Locale ZH = Locale.CHINA;
    private static final Locale EN = Locale.ENGLISH;

    private static TimelineEntry entry(Type type, TimelineEntry.Params p) {
        return new TimelineEntry(Instant.parse("2026-03-01T01:00:00Z"), "officer", type, MatterState.HANDLING, p);
    }

    private static TimelineEntry.Params params(RoutingMode mode, String unit, List<String> co, String authority,
                                               String outcome, RatingVia via, LocalDate from, LocalDate to,
                                               Integer days, String document, String text) {
        return new TimelineEntry.Params(mode, unit == null ? null : 1L, unit, co, authority, outcome, via, from, to,
                days, document, text);
    }

    @Test
    void routingNamesTheModeTheMainUnitAndTheCoHandlingUnits() {
        TimelineEntry e = entry(Type.ROUTE, params(RoutingMode.ASSIGN, "县住建局", List.of("县人社局", "青石镇"),
                null, null, null, null, null, null, null, null));
        assertEquals("交办 县住建局，协办 县人社局、青石镇", e.describe(ZH));
        assertEquals("Assigned to 县住建局, co-handled by 县人社局, 青石镇", e.describe(EN));
        TimelineEntry alone = entry(Type.ROUTE, params(RoutingMode.FORWARD, "县住建局", List.of(),
                null, null, null, null, null, null, null, null));
        assertEquals("转办 县住建局", alone.describe(ZH));
        assertEquals("Forwarded to 县住建局", alone.describe(EN));
    }

    @Test
    void anExtensionShowsItsDaysAndReasonAndThePetitionerSeesOnlyTheDays() {
        TimelineEntry e = entry(Type.EXTEND, params(null, null, List.of(), null, null, null, null, null, 30,
                null, "需要补充调查"));
        assertEquals("30 日：需要补充调查", e.describe(ZH));
        assertEquals("30 days: 需要补充调查", e.describe(EN));
        assertEquals("30 日", e.forPublic().describe(ZH));
        assertNull(e.forPublic().username());
    }

    @Test
    void appealsRatingsTerminationsAndRefusalsUseTheLabelsOfTheirCodes() {
        assertEquals("青山县人民政府 撤销或变更", entry(Type.DECIDE_REVIEW, params(null, null, List.of(), "青山县人民政府",
                "REVISED", null, null, null, null, null, null)).describe(ZH));
        assertEquals("青山县人民政府: upheld", entry(Type.DECIDE_RE_REVIEW, params(null, null, List.of(), "青山县人民政府",
                "UPHELD", null, null, null, null, null, null)).describe(EN));
        assertEquals("基本满意（电话回访）", entry(Type.EVALUATE, params(null, null, List.of(), null,
                "BASICALLY_SATISFIED", RatingVia.PHONE, null, null, null, null, null)).describe(ZH));
        assertEquals("Satisfied (online)", entry(Type.EVALUATE, params(null, null, List.of(), null,
                "SATISFIED", RatingVia.ONLINE, null, null, null, null, null)).describe(EN));
        assertEquals("No review requested in time", entry(Type.TERMINATE, params(null, null, List.of(), null,
                "REVIEW_LAPSED", null, null, null, null, null, null)).describe(EN));
        assertEquals("不再受理：同一事项已于 2025-12-01 终结（事项编号 331199-2025-000007）", entry(Type.REFUSE,
                params(null, null, List.of(), null, "ALREADY_TERMINATED", null, LocalDate.parse("2025-12-01"), null,
                        null, "331199-2025-000007", null)).describe(ZH));
        assertEquals("2026-03-02 to 2026-03-04", entry(Type.HEARING, params(null, null, List.of(), null, null, null,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), null, null, null)).describe(EN));
    }

    @Test
    void aStepWithOnlyWordsShowsTheWordsAndOneWithNothingShowsNothing() {
        assertEquals("已电话联系信访人", entry(Type.NOTE, params(null, null, List.of(), null, null, null, null, null,
                null, null, "已电话联系信访人")).describe(EN));
        assertEquals("", entry(Type.ACCEPT, params(null, null, List.of(), null, null, null, null, null, null, null,
                null)).describe(EN));
    }
}
