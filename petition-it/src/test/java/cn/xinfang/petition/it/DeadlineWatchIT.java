package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Housekeeping;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.JobScheduler;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline watch and the scheduled-job mechanism it runs on, in the real server. */
class DeadlineWatchIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    DeadlineWatch watch;

    @Inject
    JobScheduler scheduler;

    @Inject
    Housekeeping housekeeping;

    @Inject
    LeaseProbe probe;

    static LocalDate today() {
        return HandlingIT.today();
    }

    MatterDetail routed() throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", today(), null, null, "陈某", PetitionsIT.idNumber(), "13700000000",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映小区物业问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
    }

    String status(long matter, String clock) {
        return fixtures.count("SELECT COUNT(w) FROM ClockWatch w WHERE w.matterId = " + matter + " AND w.clock = '" + clock
                + "'") == 0 ? "none" : String.valueOf(fixtures.single(
                "SELECT w.status FROM ClockWatch w WHERE w.matterId = " + matter + " AND w.clock = '" + clock + "'"));
    }

    long changes(long matter, String clock) {
        return fixtures.count("SELECT COUNT(x) FROM ClockChange x WHERE x.matterId = " + matter + " AND x.clock = '" + clock + "'");
    }

    @Test
    void handlingClockMovesNormalDueSoonOverdueAndEachChangeIsRecordedOnce() throws Exception {
        long id = routed().summary().id();
        fixtures.setHandlingDue(id, today().plusDays(10));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("NORMAL", status(id, "HANDLING"));
        assertEquals("NORMAL", status(id, "OBJECTION"), "the 5-working-day objection clock runs too");
        assertEquals(0, changes(id, "HANDLING"));
        // the objection window is the unit's right, not a duty: it closes soon, then ends unused, never overdue
        fixtures.setObjectionDue(id, today().plusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("DUE_SOON", status(id, "OBJECTION"));
        fixtures.setObjectionDue(id, today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("none", status(id, "OBJECTION"), "a lapsed window ends");
        assertEquals(0, fixtures.count("SELECT COUNT(x) FROM ClockChange x WHERE x.matterId = " + id
                + " AND x.clock = 'OBJECTION' AND x.to = 'OVERDUE'"), "never announced as overdue");

        // the day before the due-soon window, its first day (3 days before), the due day, the day after
        fixtures.setHandlingDue(id, today().plusDays(4));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("NORMAL", status(id, "HANDLING"));
        fixtures.setHandlingDue(id, today().plusDays(3));
        DeadlineWatch.Result first = as(c.officer(), PASSWORD, () -> watch.runNow());
        assertTrue(first.changes() >= 1, "changes of this run: " + first);
        assertEquals("DUE_SOON", status(id, "HANDLING"));
        assertEquals(1, changes(id, "HANDLING"));
        DeadlineWatch.Result again = as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals(0, again.changes(), "a second run changes nothing: " + again);
        assertEquals(0, again.created());
        assertEquals(1, changes(id, "HANDLING"));
        fixtures.setHandlingDue(id, today());
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("DUE_SOON", status(id, "HANDLING"), "the due day itself is not late");
        fixtures.setHandlingDue(id, today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("OVERDUE", status(id, "HANDLING"));
        assertEquals(2, changes(id, "HANDLING"));
        assertEquals(0, as(c.officer(), PASSWORD, () -> watch.runNow()).changes());
        assertEquals(2, changes(id, "HANDLING"));
        assertEquals(1, fixtures.count("SELECT COUNT(x) FROM ClockChange x WHERE x.matterId = " + id
                + " AND x.clock = 'HANDLING' AND x.to = 'OVERDUE' AND x.unitId = " + c.deptAId()), "counted against the main unit");

        // the clerk may not run the watch
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> watch.runNow()));
    }

    @Test
    void theClockOfAStepTakenEndsAndAnUnroutedMattersClockIsTheBureaus() throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, "王某", PetitionsIT.idNumber(), "13700000001",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映工资拖欠。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        fixtures.setAcceptanceDue(id, today().minusDays(2));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("OVERDUE", status(id, "ACCEPTANCE"));
        assertEquals(1, changes(id, "ACCEPTANCE"), "first seen overdue: one change from none");
        assertEquals(1, fixtures.count("SELECT COUNT(w) FROM ClockWatch w WHERE w.matterId = " + id + " AND w.unitId IS NULL"),
                "the bureau's step has no unit");
        MatterDetail now = as(c.officer(), PASSWORD, () -> petitions.get(id));
        as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, now.version()));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals("none", status(id, "ACCEPTANCE"), "the decision stopped the acceptance clock");
        assertEquals("OVERDUE", status(id, "ROUTING"), "routing is due within the same 15 days");
        assertEquals(1, changes(id, "ACCEPTANCE"), "its history stays");
    }

    @Test
    void theTerminationJobNotesAnOpenWindowAndLooksAgainOnlyWhenTheMatterChanges() throws Exception {
        MatterDetail r = routed();
        long id = r.summary().id();
        MatterDetail d = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, cn.xinfang.petition.casehandling.entity.ReplyOutcome.SUPPORTED,
                "经调查，物业公司已整改。", r.version()));
        as(c.leaderA(), PASSWORD, () -> handling.approveReply(id, d.version()));
        fixtures.backdateReply(id, today().minusDays(31));
        as(c.officer(), PASSWORD, () -> housekeeping.terminateLapsedNow());
        // 31 days ago plus holidays may or may not have lapsed; either way the matter is decided
        String state = String.valueOf(fixtures.single("SELECT m.state FROM Matter m WHERE m.id = " + id));
        if (!"TERMINATED".equals(state)) {
            assertEquals(1, fixtures.count("SELECT COUNT(x) FROM AppealLapseCheck x WHERE x.matterId = " + id
                    ), "the open window is noted with its last day");
        }
        // a change of the matter (here: its reply moved back) makes it a candidate again at once
        fixtures.backdateReply(id, today().minusDays(90));
        as(c.officer(), PASSWORD, () -> housekeeping.terminateLapsedNow());
        assertEquals("TERMINATED", String.valueOf(fixtures.single("SELECT m.state FROM Matter m WHERE m.id = " + id)));
    }

    @Test
    void thePersistentTimerExistsAndEachSlotIsClaimedByOneNodeOnly() throws Exception {
        List<String> timers = as(c.officer(), PASSWORD, () -> scheduler.persistentTimers());
        assertEquals(1, timers.size(), "one persistent timer: " + timers);
        long interval = as(c.officer(), PASSWORD, () -> scheduler.intervalMillis());
        assertEquals("petition-jobs:" + interval, timers.get(0));

        // two nodes' timers firing for the same slot: the first claim holds the row, the second
        // waits for it and then finds the slot taken
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        probe.job(job);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Boolean> nodeA = pool.submit(() -> probe.claimAndHold(job, 100, claimed, release));
            assertTrue(claimed.await(20, TimeUnit.SECONDS));
            Future<Boolean> nodeB = pool.submit(() -> probe.claim(job, 100));
            Thread.sleep(300);
            assertFalse(nodeB.isDone(), "node B waits for node A's transaction");
            release.countDown();
            assertTrue(nodeA.get(20, TimeUnit.SECONDS));
            assertFalse(nodeB.get(20, TimeUnit.SECONDS), "the slot was taken");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, probe.lastSlot(job));
        assertFalse(probe.claim(job, 99), "an earlier slot is never run again");
        assertTrue(probe.claim(job, 101), "the next interval runs again");

        // the watch's own job: one run per slot however often the timer fires within it
        Instant now = Instant.now();
        boolean a = as(c.officer(), PASSWORD, () -> watch.runIfDue(now));
        boolean b = as(c.officer(), PASSWORD, () -> watch.runIfDue(now));
        assertFalse(a && b, "never twice in one slot");
        assertFalse(b);
        assertEquals(now.toEpochMilli() / interval, probe.lastSlot(DeadlineWatch.JOB));
        // the termination job claims the day
        boolean t1 = as(c.officer(), PASSWORD, () -> housekeeping.runIfDue(now));
        boolean t2 = as(c.officer(), PASSWORD, () -> housekeeping.runIfDue(now));
        assertFalse(t2);
        assertEquals(LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai")).toEpochDay(), probe.lastSlot(Housekeeping.JOB),
                "ran today (by the timer at deployment or here: " + t1 + ")");
    }
}
