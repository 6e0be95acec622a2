package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Change;
import cn.xinfang.petition.statistics.entity.Figure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated sentences adapt to the data: 上升 / 下降 / 持平, one item or a list, zero counts said naturally. */
class ReportTextTest {

    /** The issue's own example year: 512 received, 160 letters, 352 visits of 905 people … */
    @Test
    void theAnnualReportOfTheIssuesExample() {
        Map<String, long[]> v = new HashMap<>();
        v.put("received", new long[] {512, 480});
        v.put("receivedPersons", new long[] {1065, 1000});
        v.put("letters", new long[] {160, 150});
        v.put("visitBatches", new long[] {352, 330});
        v.put("visitPersons", new long[] {905, 850});
        v.put("refused", new long[] {41, 30});
        v.put("accepted", new long[] {471, 455});
        v.put("repeats", new long[] {170, 160});
        v.put("distinct", new long[] {301, 295});
        v.put("backlog", new long[] {37, 40});
        v.put("collectiveBatches", new long[] {12, 12});
        v.put("collectivePersons", new long[] {96, 90});
        v.put("individualVisits", new long[] {340, 318});
        v.put("crossLevelBeijingBatches", new long[] {1, 0});
        v.put("crossLevelBeijingPersons", new long[] {2, 0});
        v.put("reviewRequests", new long[] {9, 5});
        v.put("reviewRefused", new long[] {2, 1});
        v.put("reviewAccepted", new long[] {7, 4});
        v.put("reviewDecided", new long[] {6, 4});
        v.put("reviewInProgress", new long[] {1, 0});
        List<Summary.CategoryShare> visits = List.of(
                new Summary.CategoryShare("06", "劳动社保", 120, Change.share(120, 352), 100, List.of()),
                new Summary.CategoryShare("14", "城乡建设", 80, Change.share(80, 352), 70, List.of()));
        List<Summary.CategoryShare> letters = List.of(
                new Summary.CategoryShare("13", "国土资源水利林业", 60, Change.share(60, 160), 50, List.of()));
        Summary s = summary(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), v, visits, letters);

        List<String> text = ReportText.chinese(s).summary();
        assertEquals("2025年群众来信来访共512件1065人次，其中来信160件；来访352批905人次，与去年同期480件相比上升6.7%。", text.get(0));
        assertEquals("扣除不予受理的信访件41件，实际受理群众来信来访471件，与去年同期受理的455件相比上升3.5%。", text.get(1));
        assertEquals("重复来信来访件170件，信访纯件数301件（积案37件，占信访纯件数的12.3%）。", text.get(2));
        assertEquals("集体访12批96人次，与去年同期12批相比持平。个人访340批。越级访：进京1批2人次。", text.get(3));
        assertEquals("复查申请9件，其中不予受理2件；受理7件，已作出复查意见6件，正在复查1件。", text.get(4));
        assertEquals("未收到复核申请。", text.get(5));
        assertEquals("来访反映的主要问题：一是劳动社保问题120件次，占来访总量的34.1%；二是城乡建设问题80件次，占来访总量的22.7%。",
                text.get(6));
        assertEquals("来信反映的主要问题是国土资源水利林业问题，60件次，占来信总量的37.5%。", text.get(7));
        assertEquals(8, text.size(), "no rating sentence without ratings");
    }

    /** The issue's example: "全年共组织118次县领导接访活动，… 286人次 … 共接访群众271批640人次，按时答复率达到96%，化解率48%". */
    @Test
    void theReceptionDaysHaveTheirSentenceAfterTheVisits() {
        Map<String, long[]> v = new HashMap<>();
        v.put("received", new long[] {10, 8});
        v.put("receivedPersons", new long[] {10, 8});
        v.put("visitBatches", new long[] {10, 8});
        v.put("visitPersons", new long[] {10, 8});
        v.put("individualVisits", new long[] {10, 8});
        Summary s = summary(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), v, List.of(), List.of());
        long[][] reception = {{118}, {200}, {50}, {36}, {271}, {640}};
        String[] keys = {"receptionSessions", "receptionCountyLeaders", "receptionDepartmentLeaders", "receptionTownshipLeaders",
                "receptionBatches", "receptionPersons"};
        for (int i = 0; i < keys.length; i++) {
            s.figures().put(keys[i], new Summary.FigureValue(reception[i][0], 0, null));
        }
        s.rates().put("receptionOnTimeReplyPct", new Summary.RateValue(new BigDecimal("96.0"), null, null));
        s.rates().put("receptionResolutionPct", new Summary.RateValue(new BigDecimal("48.0"), null, null));
        List<String> text = ReportText.chinese(s).summary();
        assertEquals("2025年共组织118次领导接访活动，参与接访的领导286人次（县级领导200人次、部门领导50人次、镇领导36人次），"
                + "共接访群众271批640人次，批示件按时答复率96.0%，化解率48.0%。", text.get(4), String.join("\n", text));

        s.figures().put("receptionSessions", new Summary.FigureValue(0, 0, null));
        assertTrue(ReportText.chinese(s).summary().stream().noneMatch(t -> t.contains("接访活动")), "no sentence without a session");
    }

    @Test
    void aQuietMonthIsSaidPlainly() {
        Map<String, long[]> v = new HashMap<>();
        v.put("received", new long[] {3, 5});
        v.put("receivedPersons", new long[] {3, 5});
        v.put("calls", new long[] {3, 5});
        v.put("accepted", new long[] {3, 3});
        v.put("distinct", new long[] {3, 3});
        Summary s = summary(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), v, List.of(), List.of());
        ReportText t = ReportText.chinese(s);
        List<String> summary = t.summary();
        assertEquals("2025年6月群众来信来访共3件3人次，其中来电3件，与去年同期5件相比下降40.0%。", summary.get(0));
        assertEquals("实际受理群众来信来访3件，与去年同期受理的3件相比持平。", summary.get(1));
        assertEquals("无重复来信来访，信访纯件数3件（无积案）。", summary.get(2));
        assertEquals("本期无群众来访。", summary.get(3));
        List<String> bulletin = t.bulletin();
        assertEquals("2025年6月，共受理群众来信来访3件3人次，与去年同期5件相比下降40.0%。", bulletin.get(0));
        assertEquals("本期受理的事项尚无答复。", bulletin.get(2));
        assertEquals("截至2025-06-30，无逾期未受理、逾期未办结的信访事项。", bulletin.get(3));
        assertEquals("2025年上半年", t.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertEquals("2025年3月2日至2025年4月1日", t.period(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 1)));
    }

    private static Summary summary(LocalDate from, LocalDate to, Map<String, long[]> values,
                                   List<Summary.CategoryShare> visits, List<Summary.CategoryShare> letters) {
        Map<String, Summary.FigureValue> figures = new LinkedHashMap<>();
        Map<Figure, Long> now = new HashMap<>();
        Map<Figure, Long> before = new HashMap<>();
        for (Figure f : Figure.counts()) {
            long[] v = values.getOrDefault(f.key(), new long[] {0, 0});
            Change c = Change.of(v[0], v[1]);
            figures.put(f.key(), new Summary.FigureValue(v[0], v[1], c.changePct()));
            now.put(f, v[0]);
            before.put(f, v[1]);
        }
        Map<String, Summary.RateValue> rates = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            // the reception-day rates come from the reception feature, not from these counts
            if (f.isRate() && !f.isReception()) {
                BigDecimal a = cn.xinfang.petition.statistics.control.FigureCalculator.rate(f, now);
                BigDecimal b = cn.xinfang.petition.statistics.control.FigureCalculator.rate(f, before);
                rates.put(f.key(), new Summary.RateValue(a, b, a == null || b == null ? null : a.subtract(b)));
            }
        }
        Map<String, List<Summary.CategoryShare>> groups = new LinkedHashMap<>();
        groups.put("LETTER", letters);
        groups.put("VISIT", visits);
        List<Summary.CategoryShare> all = new java.util.ArrayList<>(visits);
        all.addAll(letters);
        return new Summary(from, to, to, from.minusYears(1), to.minusYears(1), null, figures, rates, all, groups,
                List.of(), List.of(), List.of());
    }
}
