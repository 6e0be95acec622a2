package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.Migrations;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.DayKind;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo matters (SyntheticMatters in demo mode, as {@link DemoMatters} runs it on the first
 * start) written into an in-memory H2 database with the demo county's units: every generated
 * matter passes the rules a registered one does — valid ID numbers, every timeline step one
 * {@link Lifecycle} allows ending in the matter's state, every deadline the one {@link Deadlines}
 * computes — and each demo account finds work.
 */
class DemoMattersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** The first start at 10:15 on TODAY: nothing happened later than that. */
    private static final OffsetDateTime NOW = TODAY.atTime(10, 15).atOffset(java.time.ZoneOffset.ofHours(8));
    private static final int N = 3000;
    private static final Map<String, String> ACCOUNTS = Map.of("registrar", "registrar", "officer", "officer",
            "clerk:331199004", "clerk1", "leader:331199004", "lead1", "clerk:331199102", "clerk2");

    private static Connection db;
    private static SyntheticMatters.Result result;
    private static List<Map<String, Object>> matters;
    private static Map<Long, String> unitCodes = new HashMap<>();
    private static Deadlines deadlines;

    @BeforeAll
    static void generate() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:demo_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        db = ds.getConnection();
        Migrations.configure(DemoMattersTest.class.getClassLoader(), ds, Migrations.LOCATION).load().migrate();
        demoCounty();
        db.setAutoCommit(false);
        result = new SyntheticMatters(db, new SyntheticMatters.Options(N, DemoMatters.SEED, TODAY.minusYears(2).plusDays(1),
                TODAY, NOW, "331199", 1000, true, ACCOUNTS, null)).run();
        db.commit();
        matters = rows("SELECT * FROM matter ORDER BY id");
        for (Map<String, Object> u : rows("SELECT id, code FROM unit")) {
            unitCodes.put(id(u, "id"), (String) u.get("code"));
        }
        Map<LocalDate, DayKind> holidays = new HashMap<>();
        for (Map<String, Object> h : rows("SELECT holiday_on, kind FROM holiday_date")) {
            holidays.put(date(h, "holiday_on"), DayKind.valueOf((String) h.get("kind")));
        }
        deadlines = new Deadlines(new WorkCalendar(holidays));
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** The units of DemoCounty (organization), as the first start creates them. */
    private static void demoCounty() throws SQLException {
        List<String[]> units = new ArrayList<>();
        units.add(new String[]{"331199", "青山县", "COUNTY", null});
        String[] departments = {"县信访局", "县委办公室", "县考核办", "县住房和城乡建设局", "县人力资源和社会保障局", "县自然资源和规划局",
                "县公安局", "县生态环境分局", "县教育局", "县卫生健康局", "县民政局", "县农业农村局", "县交通运输局", "县市场监督管理局",
                "县纪委监委", "县人民法院", "县人民检察院"};
        for (int i = 0; i < departments.length; i++) {
            units.add(new String[]{String.format("331199%03d", i + 1), departments[i], "DEPARTMENT", "331199"});
        }
        String[] townships = {"城关镇", "青石镇", "白水乡", "东湖街道", "柳林镇"};
        for (int i = 0; i < townships.length; i++) {
            units.add(new String[]{"331199" + (101 + i), townships[i], "TOWNSHIP", "331199"});
        }
        units.add(new String[]{"331199101201", "南关社区", "COMMUNITY", "331199101"});
        units.add(new String[]{"331199101202", "北街社区", "COMMUNITY", "331199101"});
        units.add(new String[]{"331199102201", "石桥村", "VILLAGE", "331199102"});
        units.add(new String[]{"331199102202", "杨庄村", "VILLAGE", "331199102"});
        units.add(new String[]{"331199103201", "白水村", "VILLAGE", "331199103"});
        units.add(new String[]{"331199104201", "湖滨社区", "COMMUNITY", "331199104"});
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO unit (id, code, name, kind, parent_id, active, version)"
                + " VALUES (?, ?, ?, ?, ?, TRUE, 0)")) {
            long id = 1;
            for (String[] u : units) {
                ids.put(u[0], id);
                ps.setLong(1, id++);
                ps.setString(2, u[0]);
                ps.setString(3, u[1]);
                ps.setString(4, u[2]);
                ps.setObject(5, u[3] == null ? null : ids.get(u[3]));
                ps.executeUpdate();
            }
        }
    }

    @Test
    void twoYearsOfMattersUpToTodayNumberedAsTheProductNumbersThem() throws SQLException {
        assertEquals(N, result.matters());
        assertEquals(N, matters.size());
        assertEquals(TODAY.minusYears(2).plusDays(1), matters.get(0).get("received_on"));
        assertTrue(matters.stream().allMatch(m -> !date(m, "received_on").isAfter(TODAY)));
        Map<Integer, List<Integer>> byYear = new HashMap<>();
        for (Map<String, Object> m : matters) {
            String[] n = ((String) m.get("number")).split("-");
            assertEquals("331199", n[0]);
            assertEquals(date(m, "received_on").getYear(), Integer.parseInt(n[1]));
            byYear.computeIfAbsent(Integer.parseInt(n[1]), k -> new ArrayList<>()).add(Integer.parseInt(n[2]));
        }
        for (var e : byYear.entrySet()) {
            List<Integer> seq = e.getValue();
            for (int i = 0; i < seq.size(); i++) {
                assertEquals(i + 1, seq.get(i), "gap-free in " + e.getKey());
            }
            assertEquals((long) seq.size(), count("SELECT last_value FROM matter_number WHERE prefix = '331199' AND num_year = "
                    + e.getKey()), "the next registration takes the next number");
        }
        for (String t : List.of("petitioner", "matter", "matter_event", "co_handling", "appeal", "hearing")) {
            long max = count("SELECT COALESCE(MAX(id), 0) FROM " + t);
            long next = count("SELECT nextval('" + t + "_seq')");
            assertTrue(next - 49 > max, t + ": next " + next + ", max " + max);
        }
    }

    @Test
    void everyPetitionerHasAValidIdNumberOrNone() throws SQLException {
        List<Map<String, Object>> people = rows("SELECT * FROM petitioner");
        assertEquals(result.petitioners(), people.size());
        int withId = 0;
        for (Map<String, Object> p : people) {
            String id = cn.xinfang.petition.shared.entity.PersonalData.open((String) p.get("id_number"));
            if (id != null) {
                withId++;
                assertTrue(IdNumber.isValid(id, TODAY), id);
                assertFalse(((String) p.get("id_number")).contains(id), "sealed at rest");
                assertEquals(Petitioner.idNumberIndex(id), p.get("id_number_index"));
            }
        }
        assertTrue(withId > people.size() * 0.8);
        for (Map<String, Object> m : matters) {
            assertNotNull(m.get("petitioner_name"));
            // kept as the product keeps it: the HMAC-SHA-256 of the code, 64 hex digits, never the code in clear
            assertTrue(((String) m.get("lookup_code")).matches("[0-9a-f]{64}"), (String) m.get("lookup_code"));
            // searchable by words like a registered matter: the terms the product writes for its content and names
            assertEquals(cn.xinfang.petition.shared.entity.SearchTerms.of((String) m.get("content"), (String) m.get("petitioner_name"),
                    (String) m.get("petitioner_name")).split(" ")[0], ((String) m.get("search_terms")).split(" ")[0]);
        }
    }

    @Test
    void everyTimelineStepIsOneTheLifecycleAllowsAndEndsInTheMattersState() throws SQLException {
        Map<Long, List<Map<String, Object>>> timelines = new LinkedHashMap<>();
        for (Map<String, Object> e : rows("SELECT * FROM matter_event ORDER BY matter_id, at, id")) {
            timelines.computeIfAbsent(id(e, "matter_id"), k -> new ArrayList<>()).add(e);
        }
        Set<String> types = new HashSet<>();
        for (Map<String, Object> m : matters) {
            List<Map<String, Object>> t = timelines.get(id(m, "id"));
            String n = (String) m.get("number");
            assertEquals("REGISTERED", t.get(0).get("type"), n);
            assertEquals(m.get("registered_at"), t.get(0).get("at"), n);
            MatterState state = MatterState.REGISTERED;
            OffsetDateTime last = null;
            for (Map<String, Object> e : t.subList(1, t.size())) {
                String type = (String) e.get("type");
                types.add(type);
                MatterState next = switch (type) {
                    case "CO_OPINION" -> Lifecycle.require(state, MatterAction.CONTRIBUTE);
                    case "BACKLOG_FLAG", "REFUSE_APPEAL" -> state;
                    default -> Lifecycle.require(state, MatterAction.valueOf(type));
                };
                assertEquals(next.name(), e.get("state_after"), n + " " + type);
                state = next;
                OffsetDateTime at = (OffsetDateTime) e.get("at");
                assertTrue(last == null || at.isAfter(last), n);
                assertTrue(!at.isAfter(NOW), n + " " + at);
                last = at;
            }
            assertEquals(m.get("state"), state.name(), n);
        }
        assertEquals(Set.of("ACCEPT", "REFUSE", "REFER_STATUTORY", "FORWARD_ACCUSATION", "ROUTE", "OBJECT", "NOTE", "EXTEND",
                "DRAFT_REPLY", "RETURN_REPLY", "APPROVE_REPLY", "REPORT_BACK", "CLOSE", "EVALUATE", "REQUEST_REVIEW", "HEARING",
                "DECIDE_REVIEW", "REQUEST_RE_REVIEW", "DECIDE_RE_REVIEW", "TERMINATE", "CO_OPINION", "BACKLOG_FLAG", "REFUSE_APPEAL"), types);
        Set<String> states = matters.stream().map(m -> (String) m.get("state")).collect(Collectors.toSet());
        // OBJECTED lasts the few days until the bureau routes again: there on some days only
        states.add("OBJECTED");
        assertEquals(Arrays.stream(MatterState.values()).map(Enum::name).collect(Collectors.toSet()), states, "every state");
        Set<String> channels = matters.stream().map(m -> (String) m.get("channel_code")).collect(Collectors.toSet());
        assertEquals(Set.of("LETTER", "VISIT", "CALL", "ONLINE", "HOTLINE_12345", "LEADER_MAILBOX", "TRANSFER"), channels);
    }

    @Test
    void everyDeadlineIsTheOneDeadlinesComputes() throws SQLException {
        Map<Long, List<Map<String, Object>>> appeals = group(rows("SELECT * FROM appeal"));
        Map<Long, List<Map<String, Object>>> hearings = group(rows("SELECT * FROM hearing"));
        Map<Long, List<Map<String, Object>>> coHandling = group(rows("SELECT * FROM co_handling"));
        for (Map<String, Object> m : matters) {
            String n = (String) m.get("number");
            LocalDate received = date(m, "received_on");
            assertEquals(deadlines.due(received, Lifecycle.ACCEPTANCE_DAYS, CountingMode.CALENDAR_DAYS), date(m, "acceptance_due"), n);
            if (m.get("accepted_on") != null) {
                int ext = ((Number) m.get("extension_days")).intValue();
                assertEquals(deadlines.due(date(m, "accepted_on"), Lifecycle.HANDLING_DAYS + ext, CountingMode.CALENDAR_DAYS),
                        date(m, "handling_due"), n);
            }
            if (m.get("routed_on") != null) {
                LocalDate routed = date(m, "routed_on");
                assertEquals(deadlines.due(routed, Lifecycle.OBJECTION_WORKING_DAYS, CountingMode.WORKING_DAYS),
                        date(m, "objection_due"), n);
                for (Map<String, Object> ch : coHandling.getOrDefault(id(m, "id"), List.of())) {
                    LocalDate due = routed.plusDays(Lifecycle.CO_HANDLING_DAYS);
                    if (due.isAfter(date(m, "handling_due"))) {
                        due = date(m, "handling_due");
                    }
                    assertEquals(due, date(ch, "due_on"), n);
                    assertEquals(routed, date(ch, "requested_on"), n);
                    assertTrue(!Objects.equals(ch.get("unit_id"), m.get("main_unit_id")), n);
                    if (ch.get("contributed_on") != null) {
                        assertTrue(date(ch, "contributed_on").isAfter(routed) && !date(ch, "contributed_on").isAfter(TODAY), n);
                        assertNotNull(ch.get("opinion"), n);
                    }
                }
            } else {
                assertTrue(!coHandling.containsKey(id(m, "id")), n);
            }
            if (m.get("rated_on") != null) {
                LocalDate replied = date(m, "replied_on");
                assertTrue(date(m, "rated_on").isAfter(replied), n);
                assertTrue(!date(m, "rated_on").isAfter(deadlines.due(replied, SyntheticMatters.EVALUATION_DAYS,
                        CountingMode.CALENDAR_DAYS)), n);
                assertEquals("ONLINE".equals(m.get("rating_via")), m.get("rated_by") == null, n);
            }
            List<Map<String, Object>> as = appeals.getOrDefault(id(m, "id"), List.of());
            for (Map<String, Object> a : as) {
                boolean review = "REVIEW".equals(a.get("stage"));
                LocalDate windowStart = review ? date(m, "replied_on")
                        : date(as.stream().filter(x -> "REVIEW".equals(x.get("stage"))).findFirst().orElseThrow(), "decided_on");
                LocalDate requested = date(a, "requested_on");
                assertTrue(requested.isAfter(windowStart), n);
                assertTrue(!requested.isAfter(deadlines.due(windowStart, Lifecycle.APPEAL_REQUEST_DAYS, CountingMode.CALENDAR_DAYS)), n);
                List<Deadlines.Pause> pauses = hearings.getOrDefault(id(m, "id"), List.of()).stream()
                        .filter(h -> a.get("stage").equals(h.get("stage")))
                        .map(h -> new Deadlines.Pause(date(h, "held_from"), date(h, "held_to"))).toList();
                assertEquals(deadlines.due(requested, Lifecycle.APPEAL_DECISION_DAYS, CountingMode.CALENDAR_DAYS, pauses),
                        date(a, "due_on"), n);
                assertEquals(review, a.get("decided_here"), n + ": the county reviews, the city re-reviews");
                if (a.get("decided_on") != null) {
                    assertTrue(!date(a, "decided_on").isAfter(date(a, "due_on")), n);
                    assertNotNull(a.get("outcome"), n);
                    assertNotNull(a.get("document_number"), n);
                }
            }
            String state = (String) m.get("state");
            assertEquals(Set.of("UNDER_REVIEW", "REVIEWED", "UNDER_RE_REVIEW").contains(state)
                    || String.valueOf(m.get("termination_reason")).startsWith("RE_REVIEW"), !as.isEmpty(), n);
            assertEquals("TERMINATED".equals(state), m.get("terminated_on") != null, n);
            if ("ACCUSATION".equals(m.get("kind"))) {
                assertEquals(m.get("accused_unit_id") != null || !"REGISTERED".equals(state), m.get("accused_identified"), n);
                assertTrue(m.get("accused_unit_id") == null || !m.get("accused_unit_id").equals(m.get("main_unit_id")),
                        "never routed to the accused unit: " + n);
            }
        }
    }

    @Test
    void eachDemoAccountFindsWork() throws SQLException {
        long clerk1 = unitId("331199004");
        long clerk2 = unitId("331199102");
        Set<String> working = Set.of("HANDLING", "OBJECTED", "REPLY_DRAFTED");
        assertTrue(matters.stream().filter(m -> Objects.equals(((Number) Objects.requireNonNullElse(m.get("main_unit_id"), 0L))
                .longValue(), clerk1) && working.contains(m.get("state"))).count() >= 5, "clerk1's unit inbox");
        assertTrue(matters.stream().filter(m -> Objects.equals(((Number) Objects.requireNonNullElse(m.get("main_unit_id"), 0L))
                .longValue(), clerk2) && working.contains(m.get("state"))).count() >= 3, "clerk2's unit inbox");
        assertTrue(matters.stream().filter(m -> "REGISTERED".equals(m.get("state"))).count() >= 20, "the officer's decisions");
        assertTrue(matters.stream().filter(m -> "ACCEPTED".equals(m.get("state"))).count() >= 1, "the officer's routing");
        assertTrue(count("SELECT COUNT(*) FROM co_handling ch JOIN matter m ON m.id = ch.matter_id WHERE m.state = 'HANDLING'"
                + " AND ch.contributed_on IS NULL") >= 1, "open co-handling requests");
        assertTrue(count("SELECT COUNT(*) FROM co_handling WHERE unit_id = " + clerk2) >= 3, "青石镇 co-handles");
        assertTrue(matters.stream().filter(m -> Set.of("REPLIED", "REPORTED", "CLOSED").contains(m.get("state"))
                && !date(m, "replied_on").isBefore(TODAY.minusDays(25))).count() >= 10, "replies that can still be appealed or rated");
        assertTrue(result.appeals() >= 10 && result.hearings() >= 2 && result.ratings() >= 300, result.toString());
        assertTrue(count("SELECT COUNT(*) FROM matter WHERE backlog_flag") >= 1, "backlog");
        assertTrue(count("SELECT COUNT(*) FROM matter WHERE people_count >= 5") >= 20, "collective visits");
        assertTrue(count("SELECT COUNT(*) FROM matter WHERE cross_level <> 'NONE'") >= 10, "cross-level");
        assertTrue(count("SELECT COUNT(*) FROM matter WHERE origin_id IS NOT NULL") >= N / 5, "repeats");
        Set<String> users = new HashSet<>();
        for (Map<String, Object> e : rows("SELECT DISTINCT username FROM matter_event")) {
            users.add((String) e.get("username"));
        }
        assertTrue(users.containsAll(ACCOUNTS.values()), "the demo accounts took steps: " + users);
    }

    @Test
    void theSameDayGivesTheSameData() throws SQLException {
        Connection first = db;
        try {
            List<List<Map<String, Object>>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL("jdbc:h2:mem:demo_again_" + run + "_" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
                ds.setUser("sa");
                try (Connection c = ds.getConnection()) {
                    Migrations.configure(DemoMattersTest.class.getClassLoader(), ds, Migrations.LOCATION).load().migrate();
                    db = c;
                    demoCounty();
                    new SyntheticMatters(c, new SyntheticMatters.Options(400, DemoMatters.SEED, TODAY.minusYears(2).plusDays(1),
                            TODAY, NOW, "331199", 1000, true, ACCOUNTS, null)).run();
                    runs.add(rows("SELECT m.number, m.state, m.received_on, m.rating, m.content, p.id_number_index,"
                            + " (SELECT COUNT(*) FROM matter_event e WHERE e.matter_id = m.id) AS events"
                            + " FROM matter m JOIN petitioner p ON p.id = m.petitioner_id ORDER BY m.id"));
                }
            }
            assertEquals(400, runs.get(0).size());
            assertEquals(runs.get(0), runs.get(1));
        } finally {
            db = first;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static long unitId(String code) {
        return unitCodes.entrySet().stream().filter(e -> e.getValue().equals(code)).findFirst().orElseThrow().getKey();
    }

    private static Map<Long, List<Map<String, Object>>> group(List<Map<String, Object>> rows) {
        Map<Long, List<Map<String, Object>>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(id(r, "matter_id"), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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
}
