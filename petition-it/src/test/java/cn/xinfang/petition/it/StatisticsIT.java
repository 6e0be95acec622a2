package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Housekeeping;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealRefusalView;
import cn.xinfang.petition.casehandling.entity.AppealStage;
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
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Figure;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of 统计报表 on a data set of this test's own county, every expected value counted
 * by hand (the table in the comments of {@link #everyFigureAsCountedByHand}). The period is the
 * last 300 days up to yesterday; every step is taken today, so the default cut-off (the period's
 * end) sees every matter undecided and a cut-off of today sees the steps. Replies and requests
 * inside the period are dated back with the fixtures.
 */
class StatisticsIT extends InContainerTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final LocalDate FROM = TODAY.minusDays(300);
    static final LocalDate TO = TODAY.minusDays(1);
    /** The day this period's matters were received: 260 days ago, so the 90-day backlog rule holds for the open ones. */
    static final LocalDate D = FROM.plusDays(40);

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Appeals appeals;

    @Inject
    Housekeeping housekeeping;

    @Inject
    Statistics statistics;

    MatterDetail register(String channel, LocalDate on, int people, CrossLevel cross, MatterKind kind, String idNumber,
                          String repeatOf) throws Exception {
        boolean accusation = kind == MatterKind.ACCUSATION;
        RegistrationForm f = new RegistrationForm(channel, on, null, null, "统计某", idNumber, "13700000001", null, people,
                people >= 5 ? List.of("张三") : List.of(), cross, c.villageId(), "反映问题。", kind, accusation ? "0401" : "0701",
                MatterPurpose.DEMAND, accusation ? "某干部" : null, accusation ? c.townId() : null, repeatOf);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    MatterDetail register(String channel, int people) throws Exception {
        return register(channel, D, people, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
    }

    MatterDetail fresh(MatterDetail m) throws Exception {
        return as(c.officer(), PASSWORD, () -> petitions.get(m.summary().id()));
    }

    MatterDetail decide(MatterDetail m, Decision d, String text) throws Exception {
        return as(c.officer(), PASSWORD, () -> handling.decide(m.summary().id(), d, text, fresh(m).version()));
    }

    /** Accepted, routed to {@code unit}, replied today by its clerk and leader. */
    MatterDetail replied(MatterDetail m, long unit, String clerk, String leader) throws Exception {
        long id = m.summary().id();
        MatterDetail a = decide(m, Decision.ACCEPT, null);
        MatterDetail r = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.FORWARD, unit, List.of(), a.version()));
        MatterDetail d = as(clerk, PASSWORD, () -> handling.draftReply(id, ReplyOutcome.REJECTED, "经调查，诉求缺乏依据。", r.version()));
        return as(leader, PASSWORD, () -> handling.approveReply(id, d.version()));
    }

    @Test
    void everyFigureAsCountedByHand() throws Exception {
        String firstId = PetitionsIT.idNumber();
        // #1 letter, 1 person: accepted, handled by A, replied today, rated 满意, resolved (息诉息访) today
        MatterDetail m1 = register("LETTER", D, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, firstId, null);
        // #2 letter, 2 persons: refused
        MatterDetail m2 = register("LETTER", 2);
        // #3 collective visit, 7 persons: accepted, handled by A, its handling period ended two days ago
        MatterDetail m3 = register("VISIT", 7);
        // #4 visit to the province, 1 person: statutory channel
        MatterDetail m4 = register("VISIT", D, 1, CrossLevel.PROVINCE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        // #5 12345 call: undecided (its acceptance period long over)
        register("HOTLINE_12345", 1);
        // #6 online accusation against the township: forwarded
        MatterDetail m6 = register("ONLINE", D, 1, CrossLevel.NONE, MatterKind.ACCUSATION, PetitionsIT.idNumber(), null);
        // #7 letter, repeat of #1: accepted (a repeat)
        MatterDetail m7 = register("LETTER", D, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, firstId, m1.summary().number());
        // #8 visit to Beijing, 3 persons: handled by the township, replied D+10, review asked D+12 and decided today
        MatterDetail m8 = register("VISIT", D, 3, CrossLevel.BEIJING, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        // #9 letter: handled by the township, replied D+5 after its due day D+4 (late), review asked D+30, in progress
        MatterDetail m9 = register("LETTER", 1);
        // #10 letter: handled by A, replied D+3, a review asked D+50 refused today
        MatterDetail m10 = register("LETTER", 1);
        // #11 letter: handled by the township, replied today, rated 不满意
        MatterDetail m11 = register("LETTER", 1);
        // last year: a visit of 2 and a letter, both never decided
        register("VISIT", D.minusYears(1), 2, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        register("LETTER", D.minusYears(1), 1, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);

        MatterDetail r1 = replied(m1, c.deptAId(), c.clerkA(), c.leaderA());
        MatterDetail rated1 = as(c.officer(), PASSWORD, () -> appeals.evaluate(r1.summary().id(), Rating.SATISFIED, RatingVia.PHONE, null, r1.version()));
        as(c.officer(), PASSWORD, () -> appeals.resolve(r1.summary().id(), TODAY, "签订息诉罢访承诺书。", rated1.version()));
        decide(m2, Decision.REFUSE, "已经终结，同一事实和理由不再受理。");
        MatterDetail a3 = decide(m3, Decision.ACCEPT, null);
        as(c.officer(), PASSWORD, () -> handling.route(a3.summary().id(), RoutingMode.FORWARD, c.deptAId(), List.of(), a3.version()));
        fixtures.setHandlingDue(m3.summary().id(), TODAY.minusDays(2));
        decide(m4, Decision.STATUTORY, "属于劳动争议，请申请仲裁。");
        decide(m6, Decision.FORWARD, "县纪委监委");
        decide(m7, Decision.ACCEPT, null);

        replied(m8, c.townId(), c.townClerk(), c.townLeader());
        fixtures.backdateReply(m8.summary().id(), D.plusDays(10));
        MatterDetail u8 = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(m8.summary().id(), AppealStage.REVIEW,
                D.plusDays(12), "不服处理意见。", null, null, fresh(m8).version()));
        MatterDetail reviewed8 = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(m8.summary().id(), AppealOutcome.UPHELD,
                "维持原处理意见。", null, null, u8.version()));

        replied(m9, c.townId(), c.townClerk(), c.townLeader());
        fixtures.backdateReply(m9.summary().id(), D.plusDays(5));
        fixtures.setHandlingDue(m9.summary().id(), D.plusDays(4));
        as(c.officer(), PASSWORD, () -> appeals.requestAppeal(m9.summary().id(), AppealStage.REVIEW, D.plusDays(30),
                "不服处理意见。", null, null, fresh(m9).version()));

        replied(m10, c.deptAId(), c.clerkA(), c.leaderA());
        fixtures.backdateReply(m10.summary().id(), D.plusDays(3));
        as(c.officer(), PASSWORD, () -> appeals.refuseAppeal(m10.summary().id(), AppealStage.REVIEW, D.plusDays(50),
                "不服处理意见。", null, null, "超过三十日申请期限。", "县信复〔" + TODAY.getYear() + "〕1号", fresh(m10).version()));
        MatterDetail r11 = replied(m11, c.townId(), c.townClerk(), c.townLeader());
        as(c.officer(), PASSWORD, () -> appeals.evaluate(r11.summary().id(), Rating.DISSATISFIED, RatingVia.PHONE, null, r11.version()));
        // a re-review of #8 asked and refused today (outside the period ending yesterday)
        as(c.officer(), PASSWORD, () -> appeals.refuseAppeal(m8.summary().id(), AppealStage.RE_REVIEW, TODAY,
                "不服复查意见。", null, TODAY, "未提交复核申请书。", "县信复〔" + TODAY.getYear() + "〕2号", reviewed8.version()));

        // the refused request left its record: date, reason, who decided, the notice
        List<AppealRefusalView> refusals = as(c.officer(), PASSWORD, () -> appeals.refusals(m10.summary().id()));
        assertEquals(1, refusals.size());
        assertEquals(D.plusDays(50), refusals.get(0).requestedOn());
        assertEquals(TODAY, refusals.get(0).refusedOn());
        assertEquals("超过三十日申请期限。", refusals.get(0).reason());
        assertEquals(c.officer(), refusals.get(0).refusedBy());
        assertEquals("县信复〔" + TODAY.getYear() + "〕1号", refusals.get(0).noticeNumber());

        // the nightly job marks the matters the backlog rules now hold (open over 90 days)
        as(c.officer(), PASSWORD, () -> housekeeping.markBacklogNow());

        Summary s = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, c.countyId()));
        assertEquals(FROM.minusYears(1), s.previousFrom());
        Map<String, Summary.FigureValue> f = s.figures();
        expect(f, "received", 11, 2);
        expect(f, "receivedPersons", 20, 3);
        expect(f, "letters", 6, 1);
        expect(f, "visitBatches", 3, 1);
        expect(f, "visitPersons", 11, 2);
        expect(f, "calls", 1, 0);
        expect(f, "online", 1, 0);
        expect(f, "collectiveBatches", 1, 0);
        expect(f, "collectivePersons", 7, 0);
        expect(f, "individualVisits", 2, 1);
        expect(f, "crossLevelProvinceBatches", 1, 0);
        expect(f, "crossLevelProvincePersons", 1, 0);
        expect(f, "crossLevelBeijingBatches", 1, 0);
        expect(f, "crossLevelBeijingPersons", 3, 0);
        expect(f, "crossLevelCityBatches", 0, 0);
        expect(f, "accepted", 7, 0);
        expect(f, "refused", 1, 0);
        expect(f, "statutory", 1, 0);
        expect(f, "forwarded", 1, 0);
        expect(f, "undecided", 1, 2);
        expect(f, "repeats", 1, 0);
        expect(f, "distinct", 6, 0);
        // #3, #8, #9, #10, #11: open over 90 days; #1 was resolved today
        expect(f, "backlog", 5, 0);
        expect(f, "overdueAcceptance", 1, 2);
        expect(f, "overdueHandling", 1, 0);
        expect(f, "replied", 5, 0);
        expect(f, "repliedOnTime", 4, 0);
        expect(f, "repliedLate", 1, 0);
        expect(f, "satisfied", 1, 0);
        expect(f, "basicallySatisfied", 0, 0);
        expect(f, "dissatisfied", 1, 0);
        // #8, #9, #10: replied long ago, never rated
        expect(f, "unratedOverdue", 3, 0);
        expect(f, "reviewRequests", 3, 0);
        expect(f, "reviewRefused", 1, 0);
        expect(f, "reviewAccepted", 2, 0);
        expect(f, "reviewDecided", 1, 0);
        expect(f, "reviewInProgress", 1, 0);
        expect(f, "reReviewRequests", 0, 0);
        expect(f, "reReviewRefused", 0, 0);
        assertEquals(new BigDecimal("450.0"), f.get("received").changePct());
        assertEquals(new BigDecimal("566.7"), f.get("receivedPersons").changePct());
        assertEquals(new BigDecimal("-50.0"), f.get("undecided").changePct());
        assertNull(f.get("calls").changePct());
        assertEquals(new BigDecimal("83.3"), s.rates().get("backlogSharePct").value());
        assertNull(s.rates().get("backlogSharePct").previous());
        assertEquals(new BigDecimal("80.0"), s.rates().get("onTimePct").value());
        assertEquals(new BigDecimal("50.0"), s.rates().get("satisfactionPct").value());
        assertEquals(11, s.categories().stream().mapToLong(Summary.CategoryShare::value).sum());

        // the tables: by handling unit (A: #1 #3 #10; township: #8 #9 #11), by township (all in the village)
        Summary.TableRow a = row(s.units(), c.deptAId());
        assertEquals(3, a.cells().get("received").value());
        assertEquals(2, a.cells().get("backlog").value());
        assertEquals(1, a.cells().get("satisfied").value());
        assertEquals(3, row(s.units(), c.townId()).cells().get("received").value());
        assertEquals(2, row(s.units(), c.townId()).cells().get("repliedOnTime").value(), "#9 was late");
        assertEquals(1, row(s.units(), c.townId()).cells().get("dissatisfied").value());
        assertEquals(2, s.units().size(), "no row for a unit without matters");
        assertEquals(11, row(s.townships(), c.townId()).cells().get("received").value());
        assertEquals(20, row(s.townships(), c.townId()).cells().get("receivedPersons").value());
        assertEquals(6, s.channels().stream().filter(r -> r.code().equals("LETTER")).findFirst().orElseThrow()
                .cells().get("received").value());

        // every figure and every cell: the matter list behind it counts exactly the number
        drillDownsAgree(c.officer(), s, c.countyId());

        // the generated sentences, the .xlsx and the .docx, through the API as the county's officer
        documentsAgree(s);

        // the re-review refused today counts in a period that includes today
        Summary withToday = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TODAY, TODAY, c.countyId()));
        expect(withToday.figures(), "reReviewRequests", 1, 0);
        expect(withToday.figures(), "reReviewRefused", 1, 0);
        expect(withToday.figures(), "reReviewAccepted", 0, 0);

        // as the records stood at the period's end: nothing was decided, replied or rated yet
        Summary atEnd = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TO, null, c.countyId()));
        assertEquals(TO, atEnd.asOf());
        expect(atEnd.figures(), "accepted", 0, 0);
        expect(atEnd.figures(), "undecided", 11, 2);
        expect(atEnd.figures(), "overdueAcceptance", 11, 2);
        expect(atEnd.figures(), "repeats", 0, 0);
        expect(atEnd.figures(), "backlog", 0, 0);
        expect(atEnd.figures(), "replied", 0, 0);
        expect(atEnd.figures(), "satisfied", 0, 0);
        expect(atEnd.figures(), "reviewRefused", 0, 0);
        drillDownsAgree(c.officer(), atEnd, c.countyId());

        // the township's clerk: the accusation against the township is not counted, nor listed; a department clerk
        // counts the matters its department handles
        Summary town = as(c.townClerk(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, null));
        expect(town.figures(), "received", 10, 2);
        expect(town.figures(), "forwarded", 0, 0);
        expect(town.figures(), "online", 0, 0);
        drillDownsAgree(c.townClerk(), town, null);
        Summary deptA = as(c.clerkA(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, null));
        expect(deptA.figures(), "received", 3, 0);
        drillDownsAgree(c.clerkA(), deptA, null);
        as(c.clerkA(), PASSWORD, () -> assertThrows(NotPermittedException.class,
                () -> statistics.summary(FROM, TO, TODAY, c.townId())));

        // this county's open matters are months old, so the backlog rules list them: resolved now, so that
        // they do not crowd the first page of the county-wide backlog list other tests read
        as(c.officer(), PASSWORD, () -> {
            for (MatterDetail m : petitions.search(MatterFilter.behind(new FigureCriteria("received", D.minusYears(1), D,
                    TODAY, null), c.countyId()), 0, 50).stream().map(x -> petitions.get(x.id())).toList()) {
                if (m.summary().state() == cn.xinfang.petition.casehandling.entity.MatterState.REGISTERED) {
                    handling.decide(m.summary().id(), Decision.REFUSE, "测试结束。", m.version());
                } else if (m.followUp().resolvedOn() == null) {
                    appeals.resolve(m.summary().id(), TODAY, "测试结束。", m.version());
                }
            }
        });
    }

    @ArquillianResource
    URL base;

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "api/statistics/" + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((c.officer() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode(), path + ": " + new String(res.body(), StandardCharsets.UTF_8));
        return res;
    }

    private void documentsAgree(Summary s) throws Exception {
        String q = "?from=" + FROM + "&to=" + TO + "&asOf=" + TODAY + "&unit=" + c.countyId();
        String range = FROM.getYear() + "年" + FROM.getMonthValue() + "月" + FROM.getDayOfMonth() + "日至" + TO.getYear() + "年"
                + TO.getMonthValue() + "月" + TO.getDayOfMonth() + "日";
        String visitTop = s.categoriesByGroup().get("VISIT").get(0).name();
        String letterTop = s.categoriesByGroup().get("LETTER").get(0).name();
        String grievances = s.categories().get(0).name();
        String accusations = s.categories().get(1).name();
        String deducted = "扣除不予受理的信访件1件、告知通过法定途径解决的1件、转送纪检监察或主管机关的1件、尚未作出受理决定的1件，"
                + "实际受理群众来信来访7件，与去年同期受理的0件相比有所增加（去年同期为零）。";
        List<String> summary = List.of(
                range + "群众来信来访共11件20人次，其中来信6件；来访3批11人次；来电1件；网上信访1件，与去年同期2件相比上升450.0%。",
                deducted,
                "重复来信来访件1件，信访纯件数6件（积案5件，占信访纯件数的83.3%）。",
                "集体访1批7人次，与去年同期0批相比有所增加（去年同期为零）。个人访2批。越级访：进京1批3人次、赴省1批1人次。",
                "复查申请3件，其中不予受理1件；受理2件，已作出复查意见1件，正在复查1件。",
                "未收到复核申请。",
                "群众评价满意1件、基本满意0件、不满意1件，逾期未评价3件，满意率50.0%。",
                "来访反映的主要问题是" + visitTop + "问题，3件次，占来访总量的100.0%。",
                "来信反映的主要问题是" + letterTop + "问题，6件次，占来信总量的100.0%。");
        List<String> bulletin = List.of(
                range + "，共受理群众来信来访11件20人次，与去年同期2件相比上升450.0%。",
                deducted,
                "已答复5件，其中按期答复4件、超期答复1件，按期答复率80.0%。",
                "截至" + TODAY + "，逾期未作受理决定1件，办理逾期1件，请有关单位抓紧办理。",
                "反映的主要问题：一是" + grievances + "问题10件次，占信访总量的90.9%；二是" + accusations
                        + "问题1件次，占信访总量的9.1%。");
        JsonObject text;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(get("text" + q).body()))) {
            text = reader.readObject();
        }
        assertEquals(summary, text.getJsonArray("summary").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(bulletin, text.getJsonArray("bulletin").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        // Excel: every figure's row beside the screen's numbers; the definitions on their own sheet; the unit table
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get("report.xlsx" + q).body()))) {
            Sheet sheet = wb.getSheet("统计报表");
            assertEquals("信访统计报表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("项目", "本期", "去年同期", "同比"), List.of(sheet.getRow(3).getCell(0).getStringCellValue(),
                    sheet.getRow(3).getCell(1).getStringCellValue(), sheet.getRow(3).getCell(2).getStringCellValue(),
                    sheet.getRow(3).getCell(3).getStringCellValue()));
            int r = 4;
            for (Figure f : Figure.values()) {
                Row row = sheet.getRow(r++);
                if (f.isRate()) {
                    BigDecimal v = s.rates().get(f.key()).value();
                    assertEquals(v == null ? null : v.doubleValue(), v == null ? null : row.getCell(1).getNumericCellValue(), f.key());
                } else {
                    assertEquals(s.figures().get(f.key()).value(), (long) row.getCell(1).getNumericCellValue(), f.key());
                    assertEquals(s.figures().get(f.key()).previous(), (long) row.getCell(2).getNumericCellValue(), f.key());
                }
            }
            assertEquals("信访总量（件次）", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals(11, (long) sheet.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(2, (long) sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals(450.0, sheet.getRow(4).getCell(3).getNumericCellValue());
            assertEquals(83.3, sheet.getRow(4 + Figure.BACKLOG_SHARE_PCT.ordinal()).getCell(1).getNumericCellValue());
            Sheet defs = wb.getSheet("口径说明");
            assertEquals("信访总量（件次）", defs.getRow(4).getCell(0).getStringCellValue());
            assertTrue(defs.getRow(4).getCell(1).getStringCellValue().startsWith("统计期间内登记收到"));
            Sheet units = wb.getSheet("按承办单位");
            assertEquals("承办单位", units.getRow(0).getCell(0).getStringCellValue());
            assertEquals(2, units.getLastRowNum(), "two units handled matters");
            for (int i = 1; i <= units.getLastRowNum(); i++) {
                String name = units.getRow(i).getCell(0).getStringCellValue();
                Summary.TableRow expected = s.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
                int col = 1;
                for (Figure f : Figure.TABLE_COLUMNS) {
                    assertEquals(expected.cells().get(f.key()).value(), (long) units.getRow(i).getCell(col++).getNumericCellValue(), name + f.key());
                    assertEquals(expected.cells().get(f.key()).previous(), (long) units.getRow(i).getCell(col++).getNumericCellValue(), name + f.key());
                }
            }
        }

        // Word: the title, the period, then the sentences as paragraphs, editable
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(get("report.docx" + q).body()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(range + "信访工作统计", paragraphs.get(0));
            assertEquals("工作总结（统计部分）", paragraphs.get(2));
            assertEquals(summary, paragraphs.subList(3, 3 + summary.size()));
            assertEquals("信访通报", paragraphs.get(3 + summary.size()));
            assertEquals(bulletin, paragraphs.subList(4 + summary.size(), 4 + summary.size() + bulletin.size()));
            assertEquals("11", doc.getTables().get(0).getRow(1).getCell(1).getText());
        }

        // PDF (the official-document writer, Chinese font embedded): the title, then every sentence in order
        HttpResponse<byte[]> pdf = get("report.pdf" + q);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String pdfText = HandlingIT.text(pdf.body()).replaceAll("\\s", "");
        assertTrue(pdfText.startsWith(range + "信访工作统计"), pdfText);
        int at = 0;
        for (String sentence : java.util.stream.Stream.concat(java.util.stream.Stream.of("一、工作总结（统计部分）"),
                java.util.stream.Stream.concat(summary.stream(), java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("二、信访通报"), bulletin.stream()))).toList()) {
            int i = pdfText.indexOf(sentence.replaceAll("\\s", ""), at);
            assertTrue(i >= at, "in order: " + sentence + " in " + pdfText);
            at = i + 1;
        }
        assertTrue(pdfText.contains("11（去年同期2，变化450.0%）"), pdfText);
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", "statistics-report.pdf");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, pdf.body());
    }

    /** For every count of the summary (both periods) and every cell of its tables: the list's count equals it. */
    private void drillDownsAgree(String user, Summary s, Long unit) throws Exception {
        as(user, PASSWORD, () -> {
            for (Figure fig : Figure.counts()) {
                String listed = batches(fig.key());
                FigureCriteria now = new FigureCriteria(fig.key(), s.from(), s.to(), s.asOf(), null);
                assertEquals(s.figures().get(listed).value(), petitions.count(MatterFilter.behind(now, unit)), fig.key());
                FigureCriteria before = new FigureCriteria(fig.key(), s.previousFrom(), s.previousTo(),
                        cn.xinfang.petition.statistics.entity.Period.of(s.from(), s.to(), s.asOf()).previous().asOf(), null);
                assertEquals(s.figures().get(listed).previous(), petitions.count(MatterFilter.behind(before, unit)),
                        fig.key() + " last year");
            }
            for (Map.Entry<String, List<Summary.TableRow>> t : Map.of("channel", s.channels(), "handledBy", s.units(),
                    "place", s.townships()).entrySet()) {
                for (Summary.TableRow r : t.getValue()) {
                    for (Figure col : Figure.TABLE_COLUMNS) {
                        String listed = batches(col.key());
                        FigureCriteria cell = new FigureCriteria(col.key(), s.from(), s.to(), s.asOf(), t.getKey() + ":" + r.code());
                        assertEquals(r.cells().get(listed).value(), petitions.count(MatterFilter.behind(cell, unit)),
                                t.getKey() + " " + r.name() + " " + col.key());
                    }
                }
            }
            for (Summary.CategoryShare cat : s.categories()) {
                FigureCriteria cell = new FigureCriteria("received", s.from(), s.to(), s.asOf(), "category:" + cat.code());
                assertEquals(cat.value(), petitions.count(MatterFilter.behind(cell, unit)), cat.name());
            }
            return null;
        });
    }

    /** The figure whose count a 人次 figure's list shows: the batches (件/批) of the same matters. */
    private static String batches(String key) {
        return switch (key) {
            case "receivedPersons" -> "received";
            case "visitPersons" -> "visitBatches";
            case "collectivePersons" -> "collectiveBatches";
            default -> key.endsWith("Persons") ? key.replace("Persons", "Batches") : key;
        };
    }

    private static Summary.TableRow row(List<Summary.TableRow> rows, long unitId) {
        return rows.stream().filter(r -> r.code().equals(String.valueOf(unitId))).findFirst().orElseThrow();
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        as(c.officer(), PASSWORD, () -> {
            assertEquals("to", assertThrows(BusinessException.class, () -> statistics.summary(TO, FROM, null, null)).field());
            assertEquals("to", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM.minusYears(11), TO, null, null)).field());
            assertEquals("unit", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM, TO, null, -1L)).field());
            assertEquals("asOf", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM, TO, FROM, null)).field());
            assertEquals("figure", assertThrows(BusinessException.class, () -> petitions.count(MatterFilter.behind(
                    new FigureCriteria("noSuchFigure", FROM, TO, TO, null), null))).field());
            assertEquals("figure", assertThrows(BusinessException.class, () -> petitions.count(MatterFilter.behind(
                    new FigureCriteria("received", FROM, TO, TO, "planet:MARS"), null))).field());
            return null;
        });
    }

    private static void expect(Map<String, Summary.FigureValue> f, String key, long value, long previous) {
        assertEquals(value, f.get(key).value(), key);
        assertEquals(previous, f.get(key).previous(), key + " last year");
    }
}
