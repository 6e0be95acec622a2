package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Housekeeping;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.control.DemoMatters;
import cn.xinfang.petition.casehandling.control.SyntheticMatters;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.AppealRefusalView;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo matters in the real server, in the demo county the test server starts with (青山县,
 * {@code petition.demo=true}; the test server sets {@code petition.demo.matters=0}, so the other
 * tests count inboxes as before). Inside one transaction that is rolled back at the end, so no
 * other test sees them: the generator writes the default 3,000 matters, each demo account then
 * finds real work through the product's own boundaries (the inboxes of clerk1, lead1 and clerk2,
 * the co-handling requests, the officer's decisions, routings and appeals), a new registration
 * takes the next number, and the first-start observer adds nothing to a database that has matters.
 */
class DemoDataIT extends InContainerTest {

    private static final Map<String, String> ACCOUNTS = Map.of("registrar", "registrar", "officer", "officer",
            "clerk:331199004", "clerk1", "leader:331199004", "lead1", "clerk:331199102", "clerk2");
    private static final String DEMO = "demo";

    @Inject
    DemoMatters demoMatters;

    @Inject
    Event<DemoCountyReady> demoCountyReady;

    @Inject
    Handling handling;

    @Inject
    Petitions petitions;

    @Inject
    Appeals appeals;

    @Inject
    Housekeeping housekeeping;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource ds;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void everyDemoAccountFindsWorkAndTheNextRegistrationTakesTheNextNumber() throws Exception {
        long mattersBefore = count("SELECT COUNT(*) FROM matter");
        long demoBefore = count("SELECT COUNT(*) FROM matter WHERE number LIKE '331199-%'");
        // the generated matters are the ones after this: the backlog check below is about them (other tests' matters,
        // e.g. one received in 2000 and never decided, are backlog by the rules and were not written by the generator)
        long lastIdBefore = count("SELECT COALESCE(MAX(id), 0) FROM matter");
        tx.begin();
        try {
            long clerk1 = as("clerk1", DEMO, () -> handling.inboxCount());
            long lead1 = as("lead1", DEMO, () -> handling.inboxCount());
            long clerk2 = as("clerk2", DEMO, () -> handling.inboxCount());
            int clerk2Co = as("clerk2", DEMO, () -> handling.coInbox(0, 500)).size();
            long registered = as("officer", DEMO, () -> petitions.count(state(MatterState.REGISTERED)));
            long replied = as("officer", DEMO, () -> petitions.count(state(MatterState.REPLIED)));

            SyntheticMatters.Result r = demoMatters.generate(new DemoCountyReady("331199", ACCOUNTS), 3000, today());
            assertEquals(3000, r.matters());
            assertEquals(demoBefore + 3000, count("SELECT COUNT(*) FROM matter WHERE number LIKE '331199-%'"));

            // the unit clerks' and leader's inboxes
            assertTrue(as("clerk1", DEMO, () -> handling.inboxCount()) >= clerk1 + 5, "clerk1's unit inbox");
            assertTrue(as("lead1", DEMO, () -> handling.inboxCount()) >= lead1 + 5, "lead1's unit inbox");
            assertTrue(as("clerk2", DEMO, () -> handling.inboxCount()) >= clerk2 + 3, "clerk2's unit inbox");
            // co-handling requests: open ones in the county, and 青石镇's to-do list or inbox holds work
            assertTrue(count("SELECT COUNT(*) FROM co_handling ch JOIN matter m ON m.id = ch.matter_id"
                    + " WHERE m.number LIKE '331199-%' AND m.state = 'HANDLING' AND ch.contributed_on IS NULL") >= 1);
            assertTrue(as("clerk2", DEMO, () -> handling.coInbox(0, 500)).size() >= clerk2Co, "clerk2's co-handling list");
            // the officer's decisions, routings and appeals to record
            assertTrue(as("officer", DEMO, () -> petitions.count(state(MatterState.REGISTERED))) >= registered + 20);
            assertTrue(as("officer", DEMO, () -> petitions.count(state(MatterState.REPLIED))) >= replied + 3);
            assertTrue(as("officer", DEMO, () -> petitions.count(state(MatterState.UNDER_REVIEW))
                    + petitions.count(state(MatterState.UNDER_RE_REVIEW))) >= 1, "appeals being decided");
            assertTrue(count("SELECT COUNT(*) FROM appeal a JOIN matter m ON m.id = a.matter_id WHERE m.number LIKE '331199-%'") >= 20);
            assertTrue(count("SELECT COUNT(*) FROM hearing h JOIN matter m ON m.id = h.matter_id WHERE m.number LIKE '331199-%'") >= 1);
            assertTrue(count("SELECT COUNT(*) FROM matter WHERE number LIKE '331199-%' AND rating IS NOT NULL") >= 500);
            assertTrue(count("SELECT COUNT(*) FROM matter WHERE number LIKE '331199-%' AND state = 'TERMINATED'") >= 500);

            // refused review requests: the product reads them back as it records them (Appeals.refuseAppeal)
            long refusedMatter = count("SELECT MIN(r.matter_id) FROM appeal_refusal r JOIN matter m ON m.id = r.matter_id"
                    + " WHERE m.number LIKE '331199-%'");
            assertTrue(refusedMatter > 0, "a refused review or re-review request");
            List<AppealRefusalView> refusals = as("officer", DEMO, () -> appeals.refusals(refusedMatter));
            assertEquals(count("SELECT COUNT(*) FROM appeal_refusal WHERE matter_id = " + refusedMatter), refusals.size());
            MatterDetail refused = as("officer", DEMO, () -> petitions.get(refusedMatter));
            List<TimelineEntry> refusalSteps = refused.timeline().stream()
                    .filter(e -> e.type() == MatterEvent.Type.REFUSE_APPEAL).toList();
            assertEquals(refusals.size(), refusalSteps.size());
            String described = refusalSteps.get(0).describe(Locale.CHINA);
            assertTrue(described != null && described.contains(refusals.get(0).noticeNumber()), described);
            assertEquals(refused.summary().state(), refusalSteps.get(refusalSteps.size() - 1).stateAfter(),
                    "a refusal leaves the state as it is");

            // the backlog dates are the ones the product's rules leave: running them now changes none
            Map<Long, String> backlogBefore = backlogDates(lastIdBefore);
            assertTrue(backlogBefore.values().stream().anyMatch(v -> !v.equals("null/null")), "matters with backlog dates");
            assertTrue(backlogBefore.values().stream().anyMatch(v -> v.matches("\\d{4}-.*/\\d{4}-.*")),
                    "matters that left the backlog");
            as("officer", DEMO, () -> {
                housekeeping.markBacklogNow();
            });
            Map<Long, String> backlogAfter = backlogDates(lastIdBefore);
            List<String> changed = backlogBefore.keySet().stream().filter(id -> !backlogBefore.get(id).equals(backlogAfter.get(id)))
                    .map(id -> id + ": " + backlogBefore.get(id) + " -> " + backlogAfter.get(id)).toList();
            assertEquals(List.of(), changed, "backlog dates the rules changed");
            // the registrar's and the county leader's lists (accusations are kept within the bureau's case officers)
            long registrarSees = as("registrar", DEMO, () -> petitions.count(all()));
            long leaderSees = as("leader", DEMO, () -> petitions.count(all()));
            assertTrue(registrarSees >= 2000 && leaderSees >= 2000, registrarSees + " / " + leaderSees);

            // a new registration takes the county's next number and an id after the generated ones
            long last = count("SELECT last_value FROM matter_number WHERE prefix = '331199' AND num_year = " + today().getYear());
            long maxId = count("SELECT MAX(id) FROM matter");
            long place = count("SELECT id FROM unit WHERE code = '331199102201'");
            RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, "演示新登记", PetitionsIT.idNumber(),
                    "13700000009", null, 1, List.of(), CrossLevel.NONE, place, "演示数据之后的新登记：村道路面破损，出行困难。",
                    MatterKind.GRIEVANCE, "1501", MatterPurpose.DEMAND, null, null, null);
            MatterDetail m = as("registrar", DEMO, () -> petitions.register(f));
            assertEquals(String.format("331199-%d-%06d", today().getYear(), last + 1), m.summary().number());
            // ids never collide with the generated ones: the registration above took one (from a block the
            // server may have held since before the generation), and the next block starts after them
            assertTrue(count("SELECT nextval('matter_seq')") - 49 > maxId, "the next block of ids starts after the generated ones");

            // a later start adds nothing: the observer leaves a database with matters as it is
            String before = System.getProperty("petition.demo.matters");
            System.setProperty("petition.demo.matters", "3000");
            try {
                long n = count("SELECT COUNT(*) FROM matter");
                demoCountyReady.fire(new DemoCountyReady("331199", ACCOUNTS));
                assertEquals(n, count("SELECT COUNT(*) FROM matter"));
            } finally {
                if (before == null) {
                    System.clearProperty("petition.demo.matters");
                } else {
                    System.setProperty("petition.demo.matters", before);
                }
            }
        } finally {
            tx.rollback();
        }
        // the other tests find the server as it was
        assertEquals(mattersBefore, count("SELECT COUNT(*) FROM matter"));
    }

    private static MatterFilter state(MatterState s) {
        return new MatterFilter(null, null, null, null, s, null, null, false, false);
    }

    private static MatterFilter all() {
        return new MatterFilter(null, null, null, null, null, null, null, false, false);
    }

    /** The demo county's matters: id → "backlog_since/backlog_ended_on". */
    private Map<Long, String> backlogDates(long afterId) throws SQLException {
        Map<Long, String> dates = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, backlog_since, backlog_ended_on FROM matter WHERE number LIKE '331199-%' AND id > " + afterId)) {
            while (rs.next()) {
                dates.put(rs.getLong(1), rs.getObject(2, LocalDate.class) + "/" + rs.getObject(3, LocalDate.class));
            }
        }
        return dates;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
