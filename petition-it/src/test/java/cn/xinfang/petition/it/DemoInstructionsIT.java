package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.reception.boundary.DemoInstructions;
import cn.xinfang.petition.reception.boundary.Instructions;
import cn.xinfang.petition.reception.boundary.Outreach;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.DayViews.InstructionRow;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.OutreachViews.CarriedRow;
import cn.xinfang.petition.reception.entity.OutreachViews.FollowUpRow;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.casehandling.control.DemoMatters;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the demo county's first start makes of 批示件, 带案下访 and 回访 (read as the demo accounts). The
 * test server starts without demo matters ({@code petition.demo.matters=0}), so, as in
 * {@link DemoDataIT}, the test writes the demo's matters into the county in a transaction, runs the
 * seed the first start runs in the background, reads what it made, and rolls everything back: the
 * county head's 批示件 page lists 批示件 of a past session, linked to matters of the same petitioner
 * and routed to their unit on the day — two reported on time, one late, one still open; the on-time
 * ones have their 回访; the housing bureau's clerk sees those routed there, 青石镇's clerk none of
 * them; last month's 带案下访 at 青石镇 carries matters with what came of each; seeding again adds nothing.
 */
class DemoInstructionsIT extends InContainerTest {

    private static final String DEMO = "demo";

    @Inject
    Instructions instructions;

    @Inject
    Outreach outreach;

    @Inject
    ReceptionDays days;

    @Inject
    Petitions petitions;

    @Inject
    DemoInstructions demo;

    @Inject
    DemoMatters demoMatters;

    @Resource
    UserTransaction tx;

    private static final Map<String, String> ACCOUNTS = Map.of("registrar", "registrar", "officer", "officer",
            "clerk:331199004", "clerk1", "leader:331199004", "lead1", "clerk:331199102", "clerk2");

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The demo's 批示件: those of the county head's sessions made by the first start (linked matters). */
    List<InstructionRow> demoRows() throws Exception {
        return as("leader", DEMO, () -> instructions.mine()).stream().filter(InstructionRow::linked)
                .filter(r -> r.instructedOn().isBefore(today().minusDays(13))).toList();
    }

    @Test
    void theDemoSeedMakesInstructionsACaseVisitAndFollowUpsOnceOnly() throws Exception {
        tx.begin();
        try {
            boolean before = !demoRows().isEmpty();
            demoMatters.generate(new DemoCountyReady("331199", ACCOUNTS), 1500, today());
            demo.seed(new DemoCountyReady("331199", ACCOUNTS));
            if (!before) {
                theCountyHeadSeesHisInstructionsOnTimeLateAndOpen();
                theReportedOnTimeHaveTheirFollowUpVisits();
                theHousingClerkSeesThoseRoutedThereAndTheTownshipClerkNone();
                lastMonthsCaseVisitCarriedMattersWithTheirResults();
            }
            seedingAgainAddsNothing();
        } finally {
            tx.rollback();
        }
    }

    void theCountyHeadSeesHisInstructionsOnTimeLateAndOpen() throws Exception {
        List<InstructionRow> rows = demoRows();
        assertEquals(4, rows.size(), "four 批示件 of the demo: " + rows);
        assertEquals(1, rows.stream().map(InstructionRow::sessionId).distinct().count(), "all of one held session");
        long onTime = rows.stream().filter(r -> r.stage() == Instruction.Stage.REPORTED && !r.replyOverdue()).count();
        long late = rows.stream().filter(r -> r.stage() == Instruction.Stage.REPORTED && r.replyOverdue()).count();
        List<InstructionRow> open = rows.stream().filter(r -> r.stage() == Instruction.Stage.ROUTED).toList();
        assertEquals(2, onTime);
        assertEquals(1, late);
        assertEquals(1, open.size());
        assertFalse(open.get(0).replyOverdue(), "the open one is still within its deadline");
        assertTrue(open.get(0).replyDue().isAfter(today()));
        for (InstructionRow r : rows) {
            assertFalse(r.routingOverdue(), "routed on the day of the 批示: " + r.matterNumber());
            assertEquals(r.instructedOn(), r.routedOn());
            assertTrue(r.reportedOn() == null || !r.reportedOn().isAfter(today()));
            // the rules of a linked matter: the same petitioner, a matter being handled by the unit the 批示件 names
            MatterDetail m = as("officer", DEMO, () -> petitions.get(r.matterId()));
            assertEquals(r.mainUnitId(), m.handling().mainUnitId());
            assertTrue(m.handling().routedOn().isBefore(r.instructedOn()));
            assertFalse(m.summary().state().isFinal());
            assertEquals(m.petitioner().name(), r.petitionerName());
        }
    }

    void theReportedOnTimeHaveTheirFollowUpVisits() throws Exception {
        List<InstructionRow> onTime = demoRows().stream().filter(r -> r.stage() == Instruction.Stage.REPORTED && !r.replyOverdue())
                .toList();
        for (InstructionRow r : onTime) {
            List<FollowUpRow> visits = as("officer", DEMO, () -> outreach.followUps(r.id()));
            assertEquals(1, visits.size(), "one 回访 of " + r.matterNumber());
            assertFalse(visits.get(0).visitedOn().isBefore(r.reportedOn()));
        }
    }

    void theHousingClerkSeesThoseRoutedThereAndTheTownshipClerkNone() throws Exception {
        List<InstructionRow> rows = demoRows();
        List<Long> housing = rows.stream().filter(r -> "县住房和城乡建设局".equals(r.mainUnitName())).map(InstructionRow::id).toList();
        List<Long> clerk1 = as("clerk1", DEMO, () -> instructions.list(false)).stream().map(InstructionRow::id).toList();
        assertTrue(clerk1.containsAll(housing), "the housing bureau's clerk sees its 批示件");
        List<Long> clerk2 = as("clerk2", DEMO, () -> instructions.list(false)).stream().map(InstructionRow::id).toList();
        for (InstructionRow r : rows) {
            if (!"青石镇".equals(r.mainUnitName())) {
                assertFalse(clerk2.contains(r.id()), "青石镇 does not see " + r.matterNumber());
            }
        }
    }

    void lastMonthsCaseVisitCarriedMattersWithTheirResults() throws Exception {
        LocalDate t = today();
        List<SessionView> visits = as("officer", DEMO, () -> days.sessions(t.minusMonths(2), t)).stream()
                .filter(s -> s.form() == ReceptionForm.CASE_VISIT && s.state() == SessionState.HELD).toList();
        assertFalse(visits.isEmpty(), "a held 带案下访");
        List<CarriedRow> carried = as("officer", DEMO, () -> outreach.carried(visits.get(0).id()));
        assertEquals(3, carried.size());
        assertTrue(carried.stream().allMatch(c -> c.result() != null && !c.result().isBlank()));
        assertEquals(3, carried.stream().map(CarriedRow::matterId).distinct().count(), "each matter once");
    }

    void seedingAgainAddsNothing() throws Exception {
        int before = demoRows().size();
        demo.seed(new DemoCountyReady("331199", Map.of()));
        assertEquals(before, demoRows().size());
    }
}
