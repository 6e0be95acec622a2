package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.DayKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generates 2,000 matters into an in-memory H2 database and checks that they look like the real
 * thing: the distributions roughly, and exactly everything the product relies on (numbers,
 * repeat chains, ID numbers, deadlines computed by the product's own {@link Deadlines}, every
 * timeline step allowed by the product's {@link Lifecycle}).
 */
class MatterGeneratorTest {

    private static final String URL = "jdbc:h2:mem:gen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int N = 2000;
    private static final Set<String> FINAL = Set.of("NOT_ACCEPTED", "STATUTORY_CHANNEL", "FORWARDED", "CLOSED");
    /** Replied, and what may follow the reply: the appeals and the termination. */
    private static final Set<String> AFTER_REPLY = Set.of("REPLIED", "REPORTED", "CLOSED", "UNDER_REVIEW", "REVIEWED",
            "UNDER_RE_REVIEW", "TERMINATED");
    private static final Set<String> ROUTED = union(Set.of("HANDLING", "OBJECTED", "REPLY_DRAFTED"), AFTER_REPLY);

    private static Connection db;
    private static MatterGenerator.Result result;
    private static List<Map<String, Object>> matters;
    private static Map<Long, Map<String, Object>> byId;

    @BeforeAll
    static void generate() throws SQLException {
        db = connect(URL); // keeps the in-memory database alive
        result = new MatterGenerator(options(URL)).run();
        matters = rows("SELECT * FROM matter ORDER BY id");
        byId = new HashMap<>();
        matters.forEach(m -> byId.put(id(m, "id"), m));
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static MatterGenerator.Options options(String url) {
        return new MatterGenerator.Options(url, "sa", "", N, 7L, 2023, TODAY, "331100", 500, false);
    }

    @Test
    void loadsTheCountyAndTheRequestedNumberOfMatters() throws SQLException {
        assertEquals(N, result.matters());
        assertEquals(N, matters.size());
        assertEquals(1 + 21 + 15 + 150, count("SELECT COUNT(*) FROM unit"));
        assertEquals(result.events(), count("SELECT COUNT(*) FROM matter_event"));
        assertEquals(result.petitioners(), count("SELECT COUNT(*) FROM petitioner"));
        assertBetween("petitioners per matter", result.petitioners() / (double) N, 0.54, 0.66);
        assertEquals(0, count("SELECT COUNT(*) FROM matter m JOIN unit u ON u.id = m.problem_place_id"
                + " WHERE u.kind NOT IN ('TOWNSHIP', 'VILLAGE', 'COMMUNITY')"));
        assertEquals(0, count("SELECT COUNT(*) FROM matter m JOIN issue_category c ON c.code = m.category_code WHERE c.parent_code IS NULL"));
    }

    @Test
    void distributionsAreRoughlyThePlannedOnes() {
        Map<String, Double> planned = Map.of("LETTER", .25, "VISIT", .30, "CALL", .15, "ONLINE", .20,
                "HOTLINE_12345", .05, "LEADER_MAILBOX", .03, "TRANSFER", .02);
        planned.forEach((code, share) -> assertBetween("channel " + code, share(m -> code.equals(m.get("channel_code"))),
                share - 0.04, share + 0.04));
        assertBetween("grievances", share(m -> "GRIEVANCE".equals(m.get("kind"))), 0.76, 0.84);
        assertBetween("suggestions", share(m -> "SUGGESTION".equals(m.get("kind"))), 0.05, 0.11);
        assertBetween("accusations", share(m -> "ACCUSATION".equals(m.get("kind"))), 0.09, 0.15);
        assertBetween("repeats", share(m -> m.get("origin_id") != null), 0.30, 0.40);
        assertBetween("collective", share(m -> ((Number) m.get("people_count")).intValue() >= 5), 0.02, 0.065);
        assertBetween("cross-level", share(m -> !"NONE".equals(m.get("cross_level"))), 0.007, 0.04);
        assertBetween("extended", share(m -> ((Number) m.get("extension_days")).intValue() > 0), 0.03, 0.095);
        assertBetween("not accepted", share(m -> "NOT_ACCEPTED".equals(m.get("state"))), 0.05, 0.11);
        assertBetween("statutory channel", share(m -> "STATUTORY_CHANNEL".equals(m.get("state"))), 0.025, 0.08);
        assertBetween("forwarded", share(m -> "FORWARDED".equals(m.get("state"))), 0.02, 0.07);
        // old matters are mostly done, the last weeks' mostly open
        assertBetween("closed or replied before this year",
                shareOf(m -> date(m, "received_on").getYear() < 2026, m -> !MatterState.valueOf((String) m.get("state")).isOpen()), 0.98, 1.0);
        assertBetween("open in the last 30 days",
                shareOf(m -> date(m, "received_on").isAfter(TODAY.minusDays(30)), m -> MatterState.valueOf((String) m.get("state")).isOpen()), 0.6, 1.0);
        assertTrue(matters.stream().anyMatch(m -> MatterState.valueOf((String) m.get("state")).isOpen()
                && m.get("handling_due") != null && date(m, "handling_due").isBefore(TODAY)), "some matters are overdue");
        // the big three categories lead
        Map<String, Long> top = matters.stream().collect(Collectors.groupingBy(m -> ((String) m.get("category_code")).substring(0, 2), Collectors.counting()));
        List<String> leaders = top.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(3).map(Map.Entry::getKey).toList();
        assertEquals(Set.of("14", "07", "13"), Set.copyOf(leaders), "categories by size: " + top);
    }

    @Test
    void everyOriginIsAnEarlierMatterOfTheSamePetitionerAndStartsTheChain() {
        int repeats = 0;
        for (Map<String, Object> m : matters) {
            if (m.get("origin_id") == null) {
                continue;
            }
            repeats++;
            Map<String, Object> origin = byId.get(id(m, "origin_id"));
            assertNotNull(origin, "origin of " + m.get("number"));
            assertEquals(m.get("petitioner_id"), origin.get("petitioner_id"), "same petitioner: " + m.get("number"));
            assertTrue(id(origin, "id") < id(m, "id") && !date(origin, "received_on").isAfter(date(m, "received_on")),
                    "origin earlier: " + m.get("number"));
            assertEquals(null, origin.get("origin_id"), "the origin is the first matter of its chain");
            assertEquals(origin.get("category_code"), m.get("category_code"), "a repeat raises the same matter");
        }
        assertTrue(repeats > 0);
    }

    @Test
    void numbersAreUniqueSequentialAndGapFreePerYear() throws SQLException {
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> m : matters) {
            String number = (String) m.get("number");
            assertTrue(number.matches("331100-\\d{4}-\\d{6}"), number);
            assertTrue(seen.add(number), "unique " + number);
            int year = Integer.parseInt(number.substring(7, 11));
            assertEquals(date(m, "received_on").getYear(), year, number);
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(Integer.parseInt(number.substring(12)));
        }
        assertEquals(List.of(2023, 2024, 2025, 2026), List.copyOf(byYear.keySet()));
        for (var e : byYear.entrySet()) {
            List<Integer> seqs = e.getValue(); // in id order, which is the order of receipt
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(i + 1, seqs.get(i), "year " + e.getKey());
            }
            assertEquals(seqs.size(), count("SELECT last_value FROM matter_number WHERE prefix = '331100' AND num_year = " + e.getKey()));
        }
    }

    @Test
    void everyIdNumberIsValidAndUnique() throws SQLException {
        List<Map<String, Object>> people = rows("SELECT id_number FROM petitioner");
        int withId = 0;
        for (Map<String, Object> p : people) {
            // sealed at rest (shared.entity.PersonalData)
            String id = cn.xinfang.petition.shared.entity.PersonalData.open((String) p.get("id_number"));
            if (id == null) {
                continue;
            }
            withId++;
            assertTrue(IdNumber.isValid(id, TODAY), id);
            assertEquals(id.charAt(17), MatterGenerator.checkCharacter(id.substring(0, 17)), id);
        }
        assertBetween("petitioners without an ID number", 1 - withId / (double) people.size(), 0.06, 0.18);
        assertEquals(withId, count("SELECT COUNT(DISTINCT id_number_index) FROM petitioner"));
    }

    @Test
    void statesAndDatesAreConsistentAndDeadlinesAreTheProducts() throws SQLException {
        Map<LocalDate, DayKind> holidays = new HashMap<>();
        for (Map<String, Object> h : rows("SELECT holiday_on, kind FROM holiday_date")) {
            holidays.put(date(h, "holiday_on"), DayKind.valueOf((String) h.get("kind")));
        }
        Deadlines deadlines = new Deadlines(new WorkCalendar(holidays));
        Map<Long, Integer> reps = new HashMap<>();
        for (Map<String, Object> r : rows("SELECT matter_id, COUNT(*) AS n FROM matter_representative GROUP BY matter_id")) {
            reps.put(id(r, "matter_id"), ((Number) r.get("n")).intValue());
        }
        for (Map<String, Object> m : matters) {
            String n = (String) m.get("number");
            String state = (String) m.get("state");
            LocalDate received = date(m, "received_on");
            assertTrue(!received.isAfter(TODAY), n);
            assertEquals(deadlines.due(received, 15, CountingMode.CALENDAR_DAYS), date(m, "acceptance_due"), n);
            if (FINAL.contains(state)) {
                assertNotNull(m.get("closed_on"), "closed_on of a final state: " + n);
            } else if (!AFTER_REPLY.contains(state) || Set.of("REPLIED", "REPORTED").contains(state)) {
                assertEquals(null, m.get("closed_on"), "closed_on only once closed: " + n);
            }
            assertEquals(AFTER_REPLY.contains(state), m.get("replied_on") != null, "replied_on: " + n);
            assertEquals(ROUTED.contains(state), m.get("main_unit_id") != null, "main unit: " + n);
            boolean accepted = ROUTED.contains(state) || state.equals("ACCEPTED");
            assertEquals(accepted, m.get("accepted_on") != null, "accepted_on: " + n);
            assertEquals(Set.of("NOT_ACCEPTED", "STATUTORY_CHANNEL", "FORWARDED").contains(state), m.get("decision_text") != null, n);
            if (accepted) {
                LocalDate acceptedOn = date(m, "accepted_on");
                assertTrue(acceptedOn.isAfter(received), n);
                int ext = ((Number) m.get("extension_days")).intValue();
                assertTrue(ext >= 0 && ext <= 30, n);
                assertEquals(ext > 0, m.get("extension_reason") != null, n);
                assertEquals(deadlines.due(acceptedOn, 60 + ext, CountingMode.CALENDAR_DAYS), date(m, "handling_due"), n);
            } else {
                assertEquals(null, m.get("handling_due"), n);
                assertEquals(0, ((Number) m.get("extension_days")).intValue(), n);
            }
            if (m.get("routed_on") != null) {
                assertTrue(!date(m, "routed_on").isBefore(date(m, "accepted_on")), n);
                assertEquals(deadlines.due(date(m, "routed_on"), 5, CountingMode.WORKING_DAYS), date(m, "objection_due"), n);
                assertTrue(Set.of("ASSIGN", "FORWARD").contains((String) m.get("routing_mode")), n);
                assertTrue(!Objects.equals(m.get("main_unit_id"), m.get("accused_unit_id")), "never routed to the accused unit: " + n);
            }
            if (m.get("replied_on") != null) {
                assertTrue(!date(m, "replied_on").isBefore(received) && !date(m, "replied_on").isBefore(date(m, "accepted_on")), n);
                assertNotNull(m.get("reply_approved_by"), n);
            }
            if (m.get("closed_on") != null) {
                assertTrue(!date(m, "closed_on").isBefore(received) && !date(m, "closed_on").isAfter(TODAY), n);
            }
            if (state.equals("REPLY_DRAFTED") || AFTER_REPLY.contains(state)) {
                String outcome = (String) m.get("reply_outcome");
                boolean suggestion = "SUGGESTION".equals(m.get("kind"));
                assertTrue(suggestion ? Set.of("ADOPTED", "NOT_ADOPTED").contains(outcome)
                        : Set.of("SUPPORTED", "EXPLAINED", "REJECTED").contains(outcome), n + " " + outcome);
                assertNotNull(m.get("reply_text"), n);
            }
            if (state.equals("FORWARDED")) {
                assertEquals("ACCUSATION", m.get("kind"), n);
            }
            if ("ACCUSATION".equals(m.get("kind"))) {
                assertTrue(m.get("accused_party") != null || m.get("accused_unit_id") != null, n);
            }
            if ("REPORTED".equals(state) || ("CLOSED".equals(state) && "ASSIGN".equals(m.get("routing_mode")))) {
                assertEquals("ASSIGN", m.get("routing_mode"), n);
            }
            int people = ((Number) m.get("people_count")).intValue();
            int r = reps.getOrDefault(id(m, "id"), 0);
            assertTrue(people >= 5 ? r >= 1 && r <= 5 : r == 0, "representatives of " + n);
            assertTrue(people >= 1 && people <= 60, n);
            boolean transfer = "TRANSFER".equals(m.get("channel_code"));
            assertEquals(transfer, m.get("transfer_level") != null && m.get("transfer_document") != null, n);
            OffsetDateTime registeredAt = (OffsetDateTime) m.get("registered_at");
            assertTrue(!registeredAt.toLocalDate().isBefore(received), n);
        }
    }

    @Test
    void everyTimelineStepIsOneTheLifecycleAllowsAndEndsInTheMattersState() throws SQLException {
        Map<Long, List<Map<String, Object>>> timelines = new LinkedHashMap<>();
        for (Map<String, Object> e : rows("SELECT * FROM matter_event ORDER BY matter_id, at, id")) {
            timelines.computeIfAbsent(id(e, "matter_id"), k -> new ArrayList<>()).add(e);
        }
        assertEquals(N, timelines.size());
        int twoToEight = 0;
        for (Map<String, Object> m : matters) {
            List<Map<String, Object>> t = timelines.get(id(m, "id"));
            String n = (String) m.get("number");
            assertTrue(t.size() >= 1 && t.size() <= 16, n + " has " + t.size() + " events");
            if (t.size() >= 2) {
                twoToEight++;
            }
            assertEquals("REGISTERED", t.get(0).get("type"), n);
            assertEquals(m.get("registered_at"), t.get(0).get("at"), n);
            MatterState state = MatterState.REGISTERED;
            OffsetDateTime last = null;
            for (Map<String, Object> e : t.subList(1, t.size())) {
                String type = (String) e.get("type");
                // a flag and a refused appeal leave the state as it is (Matter.flagBacklog, Matter.appealRefused)
                MatterState next = Set.of("BACKLOG_FLAG", "REFUSE_APPEAL").contains(type) ? state
                        : Lifecycle.require(state, MatterAction.valueOf(type));
                assertEquals(next.name(), e.get("state_after"), n + " " + e.get("type"));
                state = next;
                OffsetDateTime at = (OffsetDateTime) e.get("at");
                assertTrue(last == null || at.isAfter(last), n);
                assertTrue(!at.toLocalDate().isAfter(TODAY), n);
                last = at;
            }
            assertEquals(m.get("state"), state.name(), n);
            // the decision on the row is the timeline's (Matter.accept / decideAgainst write both)
            Map<String, Object> decision = t.stream().filter(e -> Set.of("ACCEPT", "REFUSE", "REFER_STATUTORY",
                    "FORWARD_ACCUSATION").contains((String) e.get("type"))).findFirst().orElse(null);
            assertEquals(decision == null ? null : decision.get("type"), m.get("decision"), n);
            assertEquals(decision == null ? null : ((OffsetDateTime) decision.get("at")).toInstant(),
                    m.get("decided_at") == null ? null : ((OffsetDateTime) m.get("decided_at")).toInstant(), n);
        }
        assertBetween("matters with 2 to 8 events", twoToEight / (double) N, 0.97, 1.0);
    }

    @Test
    void ratingsAppealsRefusalsAndTerminationsKeepTheProductsRules() throws SQLException {
        Deadlines deadlines = deadlines();
        Map<Long, List<Map<String, Object>>> appeals = group(rows("SELECT * FROM appeal ORDER BY id"));
        Map<Long, List<Map<String, Object>>> hearings = group(rows("SELECT * FROM hearing ORDER BY id"));
        Map<Long, List<Map<String, Object>>> refusals = group(rows("SELECT * FROM appeal_refusal ORDER BY id"));
        Map<Long, List<Map<String, Object>>> events = group(rows("SELECT * FROM matter_event ORDER BY matter_id, at, id"));
        int rated = 0;
        int replied = 0;
        for (Map<String, Object> m : matters) {
            String n = (String) m.get("number");
            String state = (String) m.get("state");
            long id = id(m, "id");
            if (m.get("replied_on") != null) {
                replied++;
            }
            if (m.get("rated_on") != null) {
                rated++;
                LocalDate repliedOn = date(m, "replied_on");
                assertTrue(date(m, "rated_on").isAfter(repliedOn) && !date(m, "rated_on").isAfter(TODAY), n);
                assertTrue(!date(m, "rated_on").isAfter(deadlines.due(repliedOn, 30, CountingMode.CALENDAR_DAYS)), n);
                assertTrue(Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED").contains((String) m.get("rating")), n);
                assertEquals("ONLINE".equals(m.get("rating_via")), m.get("rated_by") == null, n);
                Map<String, Object> e = events.get(id).stream().filter(x -> "EVALUATE".equals(x.get("type"))).findFirst().orElseThrow();
                assertEquals(m.get("rating"), e.get("outcome"), n);
                assertEquals(m.get("rated_on"), ((OffsetDateTime) e.get("at")).toLocalDate(), n);
            } else {
                assertEquals(null, m.get("rating"), n);
            }
            List<Map<String, Object>> as = appeals.getOrDefault(id, List.of());
            Map<String, Object> review = as.stream().filter(a -> "REVIEW".equals(a.get("stage"))).findFirst().orElse(null);
            for (Map<String, Object> a : as) {
                boolean isReview = "REVIEW".equals(a.get("stage"));
                LocalDate windowStart = isReview ? date(m, "replied_on") : date(review, "decided_on");
                LocalDate requested = date(a, "requested_on");
                assertTrue(requested.isAfter(windowStart) && !requested.isAfter(TODAY), n);
                assertTrue(!requested.isAfter(deadlines.due(windowStart, Lifecycle.APPEAL_REQUEST_DAYS, CountingMode.CALENDAR_DAYS)), n);
                List<Deadlines.Pause> pauses = hearings.getOrDefault(id, List.of()).stream()
                        .filter(h -> a.get("stage").equals(h.get("stage")))
                        .map(h -> new Deadlines.Pause(date(h, "held_from"), date(h, "held_to"))).toList();
                assertEquals(deadlines.due(requested, Lifecycle.APPEAL_DECISION_DAYS, CountingMode.CALENDAR_DAYS, pauses),
                        date(a, "due_on"), n);
                if (a.get("decided_on") != null) {
                    assertTrue(!date(a, "decided_on").isAfter(date(a, "due_on")) && !date(a, "decided_on").isAfter(TODAY), n);
                    assertNotNull(a.get("outcome"), n);
                    assertNotNull(a.get("document_number"), n);
                } else {
                    assertEquals(null, a.get("outcome"), n);
                }
            }
            assertEquals(Set.of("UNDER_REVIEW", "REVIEWED", "UNDER_RE_REVIEW").contains(state)
                    || String.valueOf(m.get("termination_reason")).startsWith("RE_REVIEW"), !as.isEmpty(), n);
            assertEquals("TERMINATED".equals(state), m.get("terminated_on") != null, n);
            if (m.get("terminated_on") != null) {
                String reason = (String) m.get("termination_reason");
                LocalDate from = "REVIEW_LAPSED".equals(reason) ? date(m, "replied_on") : date(review, "decided_on");
                LocalDate windowEnd = deadlines.due(from, Lifecycle.APPEAL_REQUEST_DAYS, CountingMode.CALENDAR_DAYS);
                if (reason.endsWith("LAPSED")) {
                    // the nightly job, the first night after the window's last day
                    assertEquals(windowEnd.plusDays(1), date(m, "terminated_on"), n);
                    assertEquals(as.size(), "REVIEW_LAPSED".equals(reason) ? 0 : 1, n);
                } else {
                    assertEquals("RE_REVIEWED", reason, n);
                    assertEquals(as.stream().filter(a -> "RE_REVIEW".equals(a.get("stage"))).findFirst().orElseThrow().get("decided_on"),
                            m.get("terminated_on"), n);
                }
            }
            // a refused request: recorded as Appeals.refuseAppeal records it, the state as it was
            List<Map<String, Object>> refused = refusals.getOrDefault(id, List.of());
            List<Map<String, Object>> refusalEvents = events.get(id).stream().filter(e -> "REFUSE_APPEAL".equals(e.get("type"))).toList();
            assertEquals(refused.size(), refusalEvents.size(), n);
            for (int i = 0; i < refused.size(); i++) {
                Map<String, Object> r = refused.get(i);
                Map<String, Object> e = refusalEvents.get(i);
                boolean isReview = "REVIEW".equals(r.get("stage"));
                assertTrue(isReview ? m.get("replied_on") != null : review != null && review.get("decided_on") != null,
                        "only an appealable matter's request is refused: " + n);
                assertTrue(!date(r, "refused_on").isBefore(date(r, "requested_on")) && !date(r, "refused_on").isAfter(TODAY), n);
                assertTrue(date(r, "requested_on").isAfter(date(m, "terminated_on")), "asked after the window: " + n);
                assertEquals(r.get("stage"), e.get("outcome"), n);
                assertEquals(r.get("authority_name"), e.get("authority"), n);
                assertEquals(r.get("requested_on"), e.get("date_from"), n);
                assertEquals(r.get("refused_on"), e.get("date_to"), n);
                assertEquals(r.get("notice_number"), e.get("document"), n);
                assertEquals(r.get("reason"), e.get("text"), n);
                assertEquals(r.get("refused_by"), e.get("username"), n);
                assertEquals(r.get("refused_on"), ((OffsetDateTime) e.get("at")).toLocalDate(), n);
            }
        }
        // the shares, roughly: most replies rated, appeals and refusals present, most old replies terminated
        assertBetween("rated replies", rated / (double) replied, 0.55, 0.75);
        assertTrue(count("SELECT COUNT(*) FROM appeal WHERE stage = 'REVIEW'") >= 20, "reviews");
        assertTrue(count("SELECT COUNT(*) FROM appeal WHERE stage = 'RE_REVIEW'") >= 3, "re-reviews");
        assertTrue(count("SELECT COUNT(*) FROM appeal WHERE stage = 'REVIEW' AND outcome IS NULL") >= 1, "a review in progress");
        assertTrue(count("SELECT COUNT(*) FROM hearing") >= 3, "hearings");
        assertTrue(count("SELECT COUNT(*) FROM appeal_refusal WHERE stage = 'REVIEW'") >= 5, "refused reviews");
        assertTrue(count("SELECT COUNT(*) FROM appeal_refusal WHERE stage = 'RE_REVIEW'") >= 1, "refused re-reviews");
        assertEquals(result.refusals(), count("SELECT COUNT(*) FROM appeal_refusal"));
        assertBetween("terminated among replied before this year", shareOf(m -> m.get("replied_on") != null
                && date(m, "replied_on").getYear() < 2026, m -> "TERMINATED".equals(m.get("state"))), 0.9, 1.0);
    }

    /**
     * The backlog dates are the ones the product's rules (BacklogRules: open more than 90 days, or
     * the first matter of three repeats not terminated, or flagged by hand) leave when the nightly
     * job runs every night after the day's terminations, a repeat's registration marks its first
     * matter, and a flag marks the matter that day; then one run today (as DemoMatters does after
     * generating, and Housekeeping.markBacklogNow by hand). Recomputed here day by day from the
     * stored rows.
     */
    @Test
    void backlogDatesAreTheOnesTheRulesLeaveNightAfterNight() throws SQLException {
        Map<Long, List<Map<String, Object>>> events = group(rows("SELECT * FROM matter_event ORDER BY matter_id, at, id"));
        Map<Long, List<Map<String, Object>>> repeats = new HashMap<>();
        for (Map<String, Object> m : matters) {
            if (m.get("origin_id") != null) {
                repeats.computeIfAbsent(id(m, "origin_id"), k -> new ArrayList<>()).add(m);
            }
        }
        Set<String> ended = Set.of("NOT_ACCEPTED", "STATUTORY_CHANNEL", "FORWARDED", "CLOSED", "TERMINATED");
        int marked = 0;
        int endedCount = 0;
        int byRepeats = 0;
        for (Map<String, Object> m : matters) {
            String n = (String) m.get("number");
            List<Map<String, Object>> t = events.get(id(m, "id"));
            List<Map<String, Object>> reps = repeats.getOrDefault(id(m, "id"), List.of()).stream()
                    .sorted((a, b) -> date(a, "received_on").compareTo(date(b, "received_on"))).toList();
            LocalDate received = date(m, "received_on");
            LocalDate registered = ((OffsetDateTime) m.get("registered_at")).toLocalDate();
            LocalDate flagged = t.stream().filter(e -> "BACKLOG_FLAG".equals(e.get("type"))).map(e -> day(e)).findFirst().orElse(null);
            boolean origin = m.get("origin_id") == null;
            LocalDate[] dates = {null, null};
            boolean[] on = {false};
            for (LocalDate d = registered.plusDays(1); !d.isAfter(TODAY); d = d.plusDays(1)) {
                LocalDate night = d;
                // the night's run: the steps of the days before and the terminations it made itself
                List<Map<String, Object>> seen = t.stream().filter(e -> day(e).isBefore(night)
                        || (day(e).equals(night) && "TERMINATE".equals(e.get("type")))).toList();
                rules(m, seen, reps, d.minusDays(1), flagged != null && flagged.isBefore(d), origin, d, dates, on, ended);
                if (d.equals(flagged) && !on[0]) {
                    on[0] = true;
                    dates[0] = d;
                    dates[1] = null;
                }
                for (Map<String, Object> r : reps) {
                    if (origin && registeredOn(r).equals(d)) {
                        rules(m, seen, reps, d, flagged != null && flagged.isBefore(d), origin, d, dates, on, ended);
                    }
                }
            }
            rules(m, t, reps, TODAY, flagged != null, origin, TODAY, dates, on, ended);
            String story = n + " received " + received + " registered " + registered + " events " + t.stream()
                    .map(e -> e.get("type") + "@" + day(e) + ">" + e.get("state_after")).toList() + " repeats " + reps.stream()
                    .map(r -> date(r, "received_on") + "/" + registeredOn(r)).toList();
            assertEquals(dates[0], m.get("backlog_since"), "backlog_since of " + story);
            assertEquals(dates[1], m.get("backlog_ended_on"), "backlog_ended_on of " + story);
            assertEquals(dates[1], m.get("backlog_ended_on"), "backlog_ended_on of " + n);
            assertEquals(flagged != null, Boolean.TRUE.equals(m.get("backlog_flag")), n);
            if (dates[0] != null) {
                marked++;
                if (dates[1] != null) {
                    endedCount++;
                }
                if (origin && reps.size() >= 3 && date(reps.get(2), "received_on").equals(dates[0])) {
                    byRepeats++;
                }
            }
        }
        assertTrue(marked >= 50, "matters with backlog dates: " + marked);
        assertTrue(endedCount >= 20 && endedCount < marked, "matters that left the backlog: " + endedCount + " of " + marked);
        assertTrue(byRepeats >= 3, "backlog from the third repeat: " + byRepeats);
        assertEquals(result.backlogDated(), marked);
    }

    /** BacklogRules.isBacklog / mark / Matter.markBacklog, as of day {@code d} with the steps {@code seen}. */
    private static void rules(Map<String, Object> m, List<Map<String, Object>> seen, List<Map<String, Object>> reps,
                              LocalDate repeatsUpTo, boolean flag, boolean origin, LocalDate d, LocalDate[] dates,
                              boolean[] on, Set<String> ended) {
        List<LocalDate> registeredRepeats = reps.stream().filter(r -> !registeredOn(r).isAfter(repeatsUpTo))
                .map(r -> date(r, "received_on")).sorted().toList();
        long repeatsSeen = registeredRepeats.size();
        String state = seen.isEmpty() ? "REGISTERED" : (String) seen.get(seen.size() - 1).get("state_after");
        LocalDate received = date(m, "received_on");
        boolean open = !ended.contains(state) && received.isBefore(d.minusDays(90));
        boolean byRepeats = origin && !state.equals("TERMINATED") && repeatsSeen >= 3;
        boolean now = flag || open || byRepeats;
        if (now && !on[0]) {
            LocalDate since = d;
            if (!ended.contains(state) && received.plusDays(90).isBefore(since)) {
                since = received.plusDays(90);
            }
            if (origin && repeatsSeen >= 3) {
                LocalDate third = registeredRepeats.get(2);
                if (third.isBefore(since)) {
                    since = third;
                }
            }
            on[0] = true;
            dates[0] = since;
            dates[1] = null;
        } else if (!now && on[0]) {
            LocalDate closed = seen.stream().filter(e -> Set.of("REFUSE", "REFER_STATUTORY", "FORWARD_ACCUSATION", "CLOSE",
                    "TERMINATE").contains(e.get("type"))).map(e -> day(e)).findFirst().orElse(null);
            LocalDate terminated = seen.stream().filter(e -> "TERMINATED".equals(e.get("state_after"))).map(e -> day(e))
                    .findFirst().orElse(null);
            LocalDate end = closed != null ? closed : terminated != null ? terminated : d;
            if (end.isAfter(d)) {
                end = d;
            }
            on[0] = false;
            dates[1] = end.isBefore(dates[0]) ? dates[0] : end;
        }
    }

    private static LocalDate day(Map<String, Object> event) {
        return ((OffsetDateTime) event.get("at")).atZoneSameInstant(java.time.ZoneOffset.ofHours(8)).toLocalDate();
    }

    private static LocalDate registeredOn(Map<String, Object> matter) {
        return ((OffsetDateTime) matter.get("registered_at")).atZoneSameInstant(java.time.ZoneOffset.ofHours(8)).toLocalDate();
    }

    private static Deadlines deadlines() throws SQLException {
        Map<LocalDate, DayKind> holidays = new HashMap<>();
        for (Map<String, Object> h : rows("SELECT holiday_on, kind FROM holiday_date")) {
            holidays.put(date(h, "holiday_on"), DayKind.valueOf((String) h.get("kind")));
        }
        return new Deadlines(new WorkCalendar(holidays));
    }

    private static Map<Long, List<Map<String, Object>>> group(List<Map<String, Object>> rows) {
        Map<Long, List<Map<String, Object>>> byMatter = new HashMap<>();
        rows.forEach(r -> byMatter.computeIfAbsent(id(r, "matter_id"), k -> new ArrayList<>()).add(r));
        return byMatter;
    }

    @Test
    void sequencesAreAdvancedPastTheGeneratedIds() throws SQLException {
        for (String t : List.of("petitioner", "matter", "matter_event", "unit")) {
            long max = count("SELECT MAX(id) FROM " + t);
            long next = count("SELECT nextval('" + t + "_seq')");
            // Hibernate's pooled optimizer uses next-49 .. next
            assertTrue(next - 49 > max, t + ": next " + next + ", max " + max);
        }
    }

    @Test
    void theSameSeedGivesTheSameData() throws SQLException {
        String other = URL.replace("mem:gen", "mem:gen2");
        try (Connection c = connect(other)) {
            new MatterGenerator(options(other)).run();
            String fingerprint = "SELECT m.number, m.state, m.received_on, m.closed_on, m.main_unit_id, p.id_number_index, p.name,"
                    + " (SELECT COUNT(*) FROM matter_event e WHERE e.matter_id = m.id) AS events FROM matter m"
                    + " JOIN petitioner p ON p.id = m.petitioner_id ORDER BY m.id";
            List<Map<String, Object>> a = rows(db, fingerprint);
            List<Map<String, Object>> b = rows(c, fingerprint);
            assertEquals(a, b);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return new org.h2.Driver().connect(url, p);
    }

    private static List<Map<String, Object>> rows(String sql) throws SQLException {
        return rows(db, sql);
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String type = md.getColumnTypeName(i);
                    Object v = type.startsWith("DATE") ? rs.getObject(i, LocalDate.class)
                            : type.startsWith("TIMESTAMP") ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
                    row.put(md.getColumnLabel(i).toLowerCase(), v);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        return (LocalDate) row.get(column);
    }

    private static double share(Predicate<Map<String, Object>> p) {
        return matters.stream().filter(p).count() / (double) matters.size();
    }

    private static double shareOf(Predicate<Map<String, Object>> among, Predicate<Map<String, Object>> p) {
        List<Map<String, Object>> base = matters.stream().filter(among).toList();
        assertTrue(!base.isEmpty());
        return base.stream().filter(p).count() / (double) base.size();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static void assertBetween(String what, double value, double low, double high) {
        assertTrue(value >= low && value <= high, String.format("%s: %.3f not in [%.3f, %.3f]", what, value, low, high));
    }
}
