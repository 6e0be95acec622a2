package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.entity.NotificationView;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notifications written by the watch for whoever answers for a step, read by their recipient only. */
class NotificationsIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    DeadlineWatch watch;

    @Inject
    Notifications notifications;

    MatterDetail registered(MatterKind kind, Long accusedUnit) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "陈某", PetitionsIT.idNumber(),
                "13700000000", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", kind,
                kind == MatterKind.ACCUSATION ? "0401" : "0701", MatterPurpose.DEMAND,
                kind == MatterKind.ACCUSATION ? "某干部" : null, accusedUnit, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    MatterDetail routedToA(MatterDetail m) throws Exception {
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
    }

    List<NotificationView> of(String user, long matter) throws Exception {
        return as(user, PASSWORD, () -> notifications.mine(false, 0, 500)).stream()
                .filter(n -> n.matterId() != null && n.matterId() == matter).toList();
    }

    @Test
    void everyoneWhoAnswersForTheStepIsToldOnceWhenItIsDueSoonAndOnceWhenItIsOverdue() throws Exception {
        MatterDetail m = routedToA(registered(MatterKind.GRIEVANCE, null));
        long id = m.summary().id();
        fixtures.setHandlingDue(id, HandlingIT.today().plusDays(2));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        as(c.officer(), PASSWORD, () -> watch.runNow());
        for (String user : List.of(c.clerkA(), c.leaderA())) {
            List<NotificationView> mine = of(user, id);
            assertEquals(1, mine.size(), user + ": " + mine);
            assertEquals(NotificationKind.DUE_SOON, mine.get(0).kind());
            assertEquals(DueClock.HANDLING, mine.get(0).clock());
            assertEquals(m.summary().number(), mine.get(0).matterNumber());
            assertEquals(HandlingIT.today().plusDays(2), mine.get(0).dueOn());
        }
        assertEquals(0, of(c.clerkB(), id).size(), "another unit is told nothing");
        assertEquals(0, of(c.officer(), id).stream().filter(n -> n.clock() == DueClock.HANDLING).count(),
                "the unit's step is the unit's");

        fixtures.setHandlingDue(id, HandlingIT.today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        as(c.officer(), PASSWORD, () -> watch.runNow());
        List<NotificationView> all = of(c.clerkA(), id);
        List<NotificationView> clerk = all.stream().filter(n -> n.clock() == DueClock.HANDLING).toList();
        assertEquals(2, clerk.size(), "due soon once, overdue once: " + all);
        assertEquals(NotificationKind.OVERDUE, clerk.get(0).kind(), "newest first");
        assertEquals(1, all.stream().filter(n -> n.kind() == NotificationKind.URGED).count(),
                "and the 催办单 the rule issued for the overdue matter");

        // the header's counter, mark read, and nobody reads another's notifications
        long unread = as(c.clerkA(), PASSWORD, () -> notifications.unreadCount());
        assertTrue(unread >= 2);
        NotificationView first = clerk.get(0);
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> notifications.markRead(first.id())));
        assertTrue(as(c.clerkA(), PASSWORD, () -> notifications.markRead(first.id())).read());
        assertEquals(unread - 1, (long) as(c.clerkA(), PASSWORD, () -> notifications.unreadCount()));
        assertEquals(unread - 1, (long) as(c.clerkA(), PASSWORD, () -> notifications.markAllRead()));
        assertEquals(0L, (long) as(c.clerkA(), PASSWORD, () -> notifications.unreadCount()));
        assertEquals(0, as(c.clerkA(), PASSWORD, () -> notifications.mine(true, 0, 50)).size());
    }

    @Test
    void anAccusedUnitIsNeverToldOfTheAccusation() throws Exception {
        // an accusation against the county itself: the officers sit in the accused unit and are not told
        MatterDetail againstCounty = registered(MatterKind.ACCUSATION, c.countyId());
        long id = againstCounty.summary().id();
        fixtures.setAcceptanceDue(id, HandlingIT.today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals(1, fixtures.count("SELECT COUNT(w) FROM ClockWatch w WHERE w.matterId = " + id + " AND w.status = 'OVERDUE'"),
                "the clock is watched all the same");
        assertEquals(0, of(c.officer(), id).size(), "an officer of the accused unit is not told");

        // an accusation against department B, handled by department A: A is told, B never
        MatterDetail againstB = routedToA(registered(MatterKind.ACCUSATION, c.deptBId()));
        long b = againstB.summary().id();
        fixtures.setHandlingDue(b, HandlingIT.today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals(1, of(c.clerkA(), b).stream().filter(n -> n.clock() == DueClock.HANDLING).count());
        assertEquals(0, of(c.clerkB(), b).size());
        assertEquals(0, fixtures.count("SELECT COUNT(n) FROM Notification n WHERE n.matterId = " + b + " AND n.unitId = " + c.deptBId()));
    }

    @Test
    void aMailAddressIsCheckedAndKeptPerUser() throws Exception {
        assertEquals("email", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> notifications.setMyEmail("not an address"))).field());
        as(c.clerkA(), PASSWORD, () -> notifications.setMyEmail("clerk.a@example.org"));
        assertEquals("clerk.a@example.org", as(c.clerkA(), PASSWORD, () -> notifications.myEmail()));
        assertEquals(null, as(c.clerkB(), PASSWORD, () -> notifications.myEmail()));
        as(c.clerkA(), PASSWORD, () -> notifications.setMyEmail(" "));
        assertEquals(null, as(c.clerkA(), PASSWORD, () -> notifications.myEmail()));
    }
}
