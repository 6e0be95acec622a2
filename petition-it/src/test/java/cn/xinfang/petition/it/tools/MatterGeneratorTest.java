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
    private static final Set<String> ROUTED = Set.of("HANDLING", "OBJECTED", "REPLY_DRAFTED", "REPLIED", "REPORTED", "CLOSED");

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
            assertEquals(FINAL.contains(state), m.get("closed_on") != null, "closed_on only for final states: " + n);
            assertEquals(Set.of("REPLIED", "REPORTED", "CLOSED").contains(state), m.get("replied_on") != null, "replied_on: " + n);
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
            if (Set.of("REPLY_DRAFTED", "REPLIED", "REPORTED", "CLOSED").contains(state)) {
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
            assertTrue(t.size() >= 1 && t.size() <= 8, n + " has " + t.size() + " events");
            if (t.size() >= 2) {
                twoToEight++;
            }
            assertEquals("REGISTERED", t.get(0).get("type"), n);
            assertEquals(m.get("registered_at"), t.get(0).get("at"), n);
            MatterState state = MatterState.REGISTERED;
            OffsetDateTime last = null;
            for (Map<String, Object> e : t.subList(1, t.size())) {
                MatterState next = Lifecycle.require(state, MatterAction.valueOf((String) e.get("type")));
                assertEquals(next.name(), e.get("state_after"), n + " " + e.get("type"));
                state = next;
                OffsetDateTime at = (OffsetDateTime) e.get("at");
                assertTrue(last == null || at.isAfter(last), n);
                assertTrue(!at.toLocalDate().isAfter(TODAY), n);
                last = at;
            }
            assertEquals(m.get("state"), state.name(), n);
        }
        assertBetween("matters with 2 to 8 events", twoToEight / (double) N, 0.97, 1.0);
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

    private static void assertBetween(String what, double value, double low, double high) {
        assertTrue(value >= low && value <= high, String.format("%s: %.3f not in [%.3f, %.3f]", what, value, low, high));
    }
}
