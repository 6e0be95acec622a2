package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.LedgerImport;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerColumn;
import cn.xinfang.petition.casehandling.entity.LedgerReport;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 历史台账导入: a ledger of last year's matters, with good and bad rows. The dry run lists every
 * problem and creates nothing; the real run with a bad row creates nothing either; the good rows
 * come in with their dates and life (decision, reply, rating, backlog, refused review), marked on
 * the timeline; a second run creates nothing; and this year's statistics have last year's
 * figures to compare with, every one counted by hand below.
 */
class LedgerImportIT extends InContainerTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Last year's receipt day of the ledger's first matter: the period compared is B … B+60. */
    static final LocalDate B = TODAY.minusYears(1).minusDays(90).withDayOfMonth(10);

    @Inject
    LedgerImport imports;

    @Inject
    Petitions petitions;

    @Inject
    Statistics statistics;

    private Ledger.Line line(int n, Object... pairs) {
        Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
        cells.put(LedgerColumn.PETITIONER_NAME, "台账某");
        cells.put(LedgerColumn.CONTENT, "反映工资被拖欠。");
        cells.put(LedgerColumn.CATEGORY, "0701");
        cells.put(LedgerColumn.PROBLEM_PLACE, "V" + c.tag());
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v == null) {
                cells.remove((LedgerColumn) pairs[i]);
            } else {
                cells.put((LedgerColumn) pairs[i], String.valueOf(v));
            }
        }
        return new Ledger.Line(n, cells);
    }

    private String no(String n) {
        return c.tag() + "-" + n;
    }

    /** The six good rows; counted by hand as of B+60 (the comparison period's end). */
    private List<Ledger.Line> goodRows(String id) {
        List<Ledger.Line> rows = new ArrayList<>();
        // L1 letter: accepted B+2, forwarded to A, replied B+20, 满意 B+25, review asked B+30, refused B+35
        rows.add(line(2, LedgerColumn.LEDGER_NUMBER, no("1"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.ID_NUMBER, id, LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B.plusDays(2),
                LedgerColumn.MAIN_UNIT, "A" + c.tag(), LedgerColumn.REPLIED_ON, B.plusDays(20),
                LedgerColumn.REPLY_OUTCOME, "SUPPORTED", LedgerColumn.RATING, "SATISFIED", LedgerColumn.RATED_ON, B.plusDays(25),
                LedgerColumn.REVIEW_REQUESTED_ON, B.plusDays(30), LedgerColumn.REVIEW_OUTCOME, "REFUSED",
                LedgerColumn.REVIEW_DECIDED_ON, B.plusDays(35)));
        // L2 collective visit to the province, 7 people: accepted B+1, backlog since B+40, not replied
        rows.add(line(3, LedgerColumn.LEDGER_NUMBER, no("2"), LedgerColumn.RECEIVED_ON, B.plusDays(1), LedgerColumn.CHANNEL, "来访",
                LedgerColumn.PEOPLE_COUNT, "7", LedgerColumn.REPRESENTATIVES, "甲某、乙某", LedgerColumn.CROSS_LEVEL, "PROVINCE",
                LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B.plusDays(1), LedgerColumn.BACKLOG_SINCE, B.plusDays(40)));
        // L3 call: refused B+3
        rows.add(line(4, LedgerColumn.LEDGER_NUMBER, no("3"), LedgerColumn.RECEIVED_ON, B.plusDays(3), LedgerColumn.CHANNEL, "CALL",
                LedgerColumn.OUTCOME, "REFUSED", LedgerColumn.DECIDED_ON, B.plusDays(3), LedgerColumn.DECISION_TEXT, "不属于受理范围"));
        // L4 letter, repeat of L1 (the same ID number): accepted B+11; written above its first matter in the file
        rows.add(0, line(5, LedgerColumn.LEDGER_NUMBER, no("4"), LedgerColumn.RECEIVED_ON, B.plusDays(10), LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.ID_NUMBER, id, LedgerColumn.REPEAT_OF, no("1"), LedgerColumn.OUTCOME, "ACCEPTED",
                LedgerColumn.DECIDED_ON, B.plusDays(11)));
        // L5 online: undecided
        rows.add(line(6, LedgerColumn.LEDGER_NUMBER, no("5"), LedgerColumn.RECEIVED_ON, B.plusDays(12), LedgerColumn.CHANNEL, "ONLINE"));
        // L6 letter: statutory channel B+2
        rows.add(line(7, LedgerColumn.LEDGER_NUMBER, no("6"), LedgerColumn.RECEIVED_ON, B.plusDays(2), LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.OUTCOME, "STATUTORY", LedgerColumn.DECIDED_ON, B.plusDays(2)));
        return rows;
    }

    private long imported() {
        return fixtures.count("SELECT COUNT(m) FROM Matter m WHERE m.idempotencyKey LIKE 'ledger:" + c.tag() + "-%'");
    }

    private static Set<String> problems(LedgerReport r) {
        return r.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).collect(Collectors.toSet());
    }

    @Test
    void dryRunListsEveryProblemAndTheRealRunIsAllOrNothingAndOnce() throws Exception {
        String id = PetitionsIT.idNumber();
        List<Ledger.Line> mixed = new ArrayList<>(goodRows(id));
        mixed.add(line(8, LedgerColumn.LEDGER_NUMBER, no("7"), LedgerColumn.RECEIVED_ON, "2024-13-45", LedgerColumn.CHANNEL, "LETTER"));
        mixed.add(line(9, LedgerColumn.LEDGER_NUMBER, no("8"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "飞鸽传书"));
        mixed.add(line(10, LedgerColumn.LEDGER_NUMBER, no("9"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B.plusDays(5), LedgerColumn.MAIN_UNIT, "A" + c.tag(),
                LedgerColumn.REPLIED_ON, B.plusDays(4), LedgerColumn.REPLY_OUTCOME, "SUPPORTED"));
        mixed.add(line(11, LedgerColumn.LEDGER_NUMBER, no("10"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.CONTENT, null));
        // a rule of the matter itself: rated after the rating window (the reply B+20, rated a year later)
        mixed.add(line(12, LedgerColumn.LEDGER_NUMBER, no("11"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "LETTER",
                LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B.plusDays(1), LedgerColumn.MAIN_UNIT, "A" + c.tag(),
                LedgerColumn.REPLIED_ON, B.plusDays(20), LedgerColumn.REPLY_OUTCOME, "SUPPORTED", LedgerColumn.RATING, "DISSATISFIED",
                LedgerColumn.RATED_ON, B.plusDays(300)));
        mixed.add(line(13, LedgerColumn.LEDGER_NUMBER, no("1"), LedgerColumn.RECEIVED_ON, B, LedgerColumn.CHANNEL, "LETTER"));
        Ledger ledger = new Ledger("台账.xlsx", mixed);

        LedgerReport dry = as(c.admin(), PASSWORD, () -> imports.check(ledger));
        assertTrue(dry.dryRun());
        assertFalse(dry.committed());
        assertEquals(Set.of("8 receivedOn statistics2.ledger.error.date", "9 channel statistics2.ledger.error.unknownChannel",
                "10 repliedOn statistics2.ledger.error.before", "11 content statistics2.ledger.error.required",
                "12 ratedOn error.evaluation.late", "13 ledgerNumber statistics2.ledger.error.duplicate"), problems(dry));
        assertEquals(6, dry.count(LedgerReport.Status.NEW), "the good rows would be created");
        assertEquals(6, dry.count(LedgerReport.Status.REFUSED));
        assertEquals(List.of("2024-13-45"), dry.problems().get(0).args());
        assertEquals(0, imported(), "a dry run creates nothing");

        LedgerReport refused = as(c.admin(), PASSWORD, () -> imports.run(ledger));
        assertFalse(refused.dryRun());
        assertFalse(refused.committed());
        assertEquals(problems(dry), problems(refused), "the real run finds what the dry run found");
        assertEquals(0, imported(), "one bad row: nothing is created");

        Ledger good = new Ledger("台账.xlsx", goodRows(id));
        LedgerReport check = as(c.admin(), PASSWORD, () -> imports.check(good));
        assertEquals(List.of(), check.problems());
        assertEquals(0, imported());
        LedgerReport done = as(c.admin(), PASSWORD, () -> imports.run(good));
        assertTrue(done.committed(), () -> done.problems().toString());
        assertEquals(6, done.count(LedgerReport.Status.NEW));
        assertEquals(6, imported());
        assertTrue(done.rows().stream().allMatch(r -> r.number() != null && r.number().contains("-" + B.getYear() + "-")),
                "numbered in the year of receipt");

        // the first matter as the ledger has it: its dates, its steps, the import on the timeline
        long m1 = ((Number) fixtures.single("SELECT m.id FROM Matter m WHERE m.idempotencyKey = 'ledger:" + no("1") + "'")).longValue();
        MatterDetail d = as(c.officer(), PASSWORD, () -> petitions.get(m1));
        assertEquals(B, d.summary().receivedOn());
        assertEquals(MatterState.CLOSED, d.summary().state());
        assertEquals(B, d.registeredAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), "registered on the day received");
        assertEquals(List.of(MatterEvent.Type.REGISTERED, MatterEvent.Type.ACCEPT, MatterEvent.Type.ROUTE,
                MatterEvent.Type.DRAFT_REPLY, MatterEvent.Type.APPROVE_REPLY, MatterEvent.Type.CLOSE, MatterEvent.Type.EVALUATE,
                MatterEvent.Type.REFUSE_APPEAL, MatterEvent.Type.LEDGER_IMPORTED),
                d.timeline().stream().map(TimelineEntry::type).toList());
        TimelineEntry last = d.timeline().get(d.timeline().size() - 1);
        assertEquals(c.admin(), last.username());
        assertEquals("台账编号 " + no("1") + "：台账.xlsx", last.describe(java.util.Locale.CHINA));
        long m4 = ((Number) fixtures.single("SELECT m.id FROM Matter m WHERE m.idempotencyKey = 'ledger:" + no("4") + "'")).longValue();
        MatterDetail d4 = as(c.officer(), PASSWORD, () -> petitions.get(m4));
        assertEquals(m1, d4.originId(), "the repeat points at its first matter");

        // the same file again creates nothing
        LedgerReport again = as(c.admin(), PASSWORD, () -> imports.run(good));
        assertTrue(again.committed());
        assertEquals(0, again.count(LedgerReport.Status.NEW));
        assertEquals(6, again.count(LedgerReport.Status.EXISTS));
        assertEquals(6, imported());

        // 同比: this year's period has last year's ledger to compare with, as of last year's period end
        LocalDate from = B.plusYears(1);
        LocalDate to = B.plusDays(60).plusYears(1);
        Summary s = as(c.officer(), PASSWORD, () -> statistics.summary(from, to, null, c.countyId()));
        assertEquals(B, s.previousFrom());
        Map<String, Long> expected = new java.util.LinkedHashMap<>();
        expected.put("received", 6L);
        expected.put("receivedPersons", 12L);
        expected.put("letters", 3L);
        expected.put("visitBatches", 1L);
        expected.put("visitPersons", 7L);
        expected.put("calls", 1L);
        expected.put("online", 1L);
        expected.put("collectiveBatches", 1L);
        expected.put("collectivePersons", 7L);
        expected.put("crossLevelProvinceBatches", 1L);
        expected.put("accepted", 3L);
        expected.put("refused", 1L);
        expected.put("statutory", 1L);
        expected.put("forwarded", 0L);
        expected.put("undecided", 1L);
        expected.put("repeats", 1L);
        expected.put("distinct", 2L);
        expected.put("backlog", 1L);
        expected.put("satisfied", 1L);
        expected.put("reviewRequests", 1L);
        expected.put("reviewRefused", 1L);
        expected.put("reviewAccepted", 0L);
        Map<String, Long> previous = new java.util.LinkedHashMap<>();
        expected.keySet().forEach(k -> previous.put(k, s.figures().get(k).previous()));
        assertEquals(expected, previous);
        assertEquals(0, s.figures().get("received").value(), "nothing received this year in this county yet");
        assertEquals(new java.math.BigDecimal("-100.0"), s.figures().get("received").changePct(), "同比 has its comparison");
    }

    /** A row that went through review and re-review comes in terminated, the re-review recorded as decided above. */
    @Test
    void aRowReviewedAndReReviewedIsTerminated() throws Exception {
        Ledger ledger = new Ledger("复核.csv", List.of(line(2, LedgerColumn.LEDGER_NUMBER, no("r"), LedgerColumn.RECEIVED_ON, B,
                LedgerColumn.CHANNEL, "LETTER", LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B,
                LedgerColumn.MAIN_UNIT, "T" + c.tag(), LedgerColumn.REPLIED_ON, B.plusDays(10), LedgerColumn.REPLY_OUTCOME, "REJECTED",
                LedgerColumn.REVIEW_REQUESTED_ON, B.plusDays(15), LedgerColumn.REVIEW_OUTCOME, "UPHELD",
                LedgerColumn.REVIEW_DECIDED_ON, B.plusDays(40), LedgerColumn.RE_REVIEW_REQUESTED_ON, B.plusDays(50),
                LedgerColumn.RE_REVIEW_OUTCOME, "REVISED", LedgerColumn.RE_REVIEW_DECIDED_ON, B.plusDays(70))));
        LedgerReport r = as(c.admin(), PASSWORD, () -> imports.run(ledger));
        assertTrue(r.committed(), () -> r.problems().toString());
        long id = ((Number) fixtures.single("SELECT m.id FROM Matter m WHERE m.idempotencyKey = 'ledger:" + no("r") + "'")).longValue();
        MatterDetail d = as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertEquals(MatterState.TERMINATED, d.summary().state());
        assertEquals(List.of(MatterEvent.Type.REGISTERED, MatterEvent.Type.ACCEPT, MatterEvent.Type.ROUTE,
                MatterEvent.Type.DRAFT_REPLY, MatterEvent.Type.APPROVE_REPLY, MatterEvent.Type.CLOSE, MatterEvent.Type.REQUEST_REVIEW,
                MatterEvent.Type.DECIDE_REVIEW, MatterEvent.Type.REQUEST_RE_REVIEW, MatterEvent.Type.DECIDE_RE_REVIEW,
                MatterEvent.Type.LEDGER_IMPORTED), d.timeline().stream().map(TimelineEntry::type).toList());
        Summary s = as(c.officer(), PASSWORD, () -> statistics.summary(B, B.plusDays(80), null, c.countyId()));
        assertEquals(1, s.value("reviewDecided"));
        assertEquals(1, s.value("reReviewDecided"));
        Summary before = as(c.officer(), PASSWORD, () -> statistics.summary(B, B.plusDays(60), null, c.countyId()));
        assertEquals(1, before.value("reReviewInProgress"), "as it stood on B+60: the re-review under way");

        // a re-review without a review opinion is refused on its column
        Ledger wrong = new Ledger("x.csv", List.of(line(2, LedgerColumn.LEDGER_NUMBER, no("w"), LedgerColumn.RECEIVED_ON, B,
                LedgerColumn.CHANNEL, "LETTER", LedgerColumn.OUTCOME, "ACCEPTED", LedgerColumn.DECIDED_ON, B,
                LedgerColumn.MAIN_UNIT, "T" + c.tag(), LedgerColumn.REPLIED_ON, B.plusDays(10), LedgerColumn.REPLY_OUTCOME, "REJECTED",
                LedgerColumn.RE_REVIEW_REQUESTED_ON, B.plusDays(50))));
        assertEquals(Set.of("2 reReviewRequestedOn statistics2.ledger.error.reReviewWithoutReview"),
                problems(as(c.admin(), PASSWORD, () -> imports.check(wrong))));
    }

    @Test
    void onlyTheAdministratorImports() {
        Ledger ledger = new Ledger("x.csv", List.of(line(2, LedgerColumn.LEDGER_NUMBER, no("x"))));
        assertThrows(EJBAccessException.class, () -> as(c.officer(), PASSWORD, () -> imports.check(ledger)));
        assertThrows(EJBAccessException.class, () -> as(c.registrar(), PASSWORD, () -> imports.run(ledger)));
    }
}
