package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.Todo;
import cn.xinfang.petition.accountability.entity.TodoItem;
import cn.xinfang.petition.accountability.entity.TodoList;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each person's 待办: registrar, officer, unit clerk, unit leader and county leader see their own. */
class TodoIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Todo todo;

    MatterDetail registered() throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "陈某", PetitionsIT.idNumber(),
                "13700000000", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    Set<String> steps(TodoList l, long matter) {
        return l.items().stream().filter(i -> i.matterId() == matter).map(i -> i.clock().name()).collect(Collectors.toSet());
    }

    @Test
    void eachRoleSeesTheStepsThatWaitForItOverdueFirst() throws Exception {
        String countyLeader = fixtures.countyLeader(c);
        MatterDetail waiting = registered();                       // waits for the acceptance decision
        long w = waiting.summary().id();
        MatterDetail accepted = registered();                      // accepted, waits for routing
        long a = accepted.summary().id();
        as(c.officer(), PASSWORD, () -> handling.decide(a, Decision.ACCEPT, null, accepted.version()));
        MatterDetail routed = registered();                        // handled by department A
        long r = routed.summary().id();
        MatterDetail ra = as(c.officer(), PASSWORD, () -> handling.decide(r, Decision.ACCEPT, null, routed.version()));
        MatterDetail rr = as(c.officer(), PASSWORD, () -> handling.route(r, RoutingMode.ASSIGN, c.deptAId(), List.of(), ra.version()));
        MatterDetail drafted = registered();                       // its reply waits for A's leader
        long d = drafted.summary().id();
        MatterDetail da = as(c.officer(), PASSWORD, () -> handling.decide(d, Decision.ACCEPT, null, drafted.version()));
        MatterDetail dr = as(c.officer(), PASSWORD, () -> handling.route(d, RoutingMode.ASSIGN, c.deptAId(), List.of(), da.version()));
        as(c.clerkA(), PASSWORD, () -> handling.draftReply(d, ReplyOutcome.SUPPORTED, "经调查，诉求合理，予以支持。", dr.version()));
        fixtures.setAcceptanceDue(w, HandlingIT.today().minusDays(1));

        TodoList registrar = as(c.registrar(), PASSWORD, () -> todo.mine());
        assertEquals(Set.of("ACCEPTANCE"), steps(registrar, w), "the registrar follows the matters they registered");
        assertEquals(Set.of(), steps(registrar, r));

        TodoList officer = as(c.officer(), PASSWORD, () -> todo.mine());
        assertEquals(Set.of("ACCEPTANCE"), steps(officer, w));
        assertEquals(Set.of("ROUTING"), steps(officer, a));
        assertEquals(Set.of(), steps(officer, r), "the unit's steps are not the bureau's");
        assertEquals(Urgency.OVERDUE, officer.items().get(0).urgency(), "overdue first");
        assertTrue(officer.overdue() >= 1);
        assertTrue(officer.perClock().get(DueClock.ROUTING) >= 1);

        TodoList clerk = as(c.clerkA(), PASSWORD, () -> todo.mine());
        assertEquals(Set.of("HANDLING", "OBJECTION"), steps(clerk, r));
        assertEquals(Set.of("HANDLING"), steps(clerk, d), "the approval is the leader's");
        assertEquals(Set.of(), steps(clerk, w));

        TodoList leader = as(c.leaderA(), PASSWORD, () -> todo.mine());
        assertTrue(steps(leader, d).contains("REPLY_APPROVAL"));
        assertEquals(2L, (long) clerk.perClock().get(DueClock.HANDLING));

        assertEquals(List.of(), as(c.clerkB(), PASSWORD, () -> todo.mine()).items(), "another unit has nothing of A's");

        TodoList county = as(countyLeader, PASSWORD, () -> todo.mine());
        assertEquals(Set.of("ACCEPTANCE"), steps(county, w), "a county leader sees what is overdue in the county");
        assertEquals(Set.of(), steps(county, r), "not what is on time");
        for (TodoItem i : county.items()) {
            assertEquals(Urgency.OVERDUE, i.urgency());
        }
        assertEquals(rr.summary().id(), r);
    }
}
