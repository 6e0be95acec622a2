package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CoHandlingView;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 协办 at work: the bureau routes a matter to a main unit with two co-handling units and a day for
 * their contributions; each co-handling unit finds it in its own to-do list, records its
 * contribution, and the main unit reads them before it drafts the reply. Who may do what, and who
 * sees what, as the real users.
 */
class CoHandlingIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    AuditTrail auditTrail;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long routedWithCoUnits(LocalDate coDue) throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, "协办测试人", PetitionsIT.idNumber(), "13700000002",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "房屋征收补偿涉及社保和土地问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(c.deptBId(), c.townId()),
                coDue, accepted.version()));
        return id;
    }

    long version(long id) throws Exception {
        return as(c.officer(), PASSWORD, () -> petitions.get(id)).version();
    }

    @Test
    void coHandlingUnitsContributeByTheirDayAndTheMainUnitReadsItBeforeReplying() throws Exception {
        LocalDate due = today().plusDays(10);
        long id = routedWithCoUnits(due);

        // each co-handling unit has it in its co-handling to-do list, the main unit does not
        for (String user : List.of(c.clerkB(), c.townClerk(), c.townLeader())) {
            assertTrue(as(user, PASSWORD, () -> handling.coInbox(0, 200)).stream()
                    .anyMatch(r -> r.matter().id() == id && r.part().dueOn().equals(due)), user);
        }
        assertFalse(as(c.clerkA(), PASSWORD, () -> handling.coInbox(0, 200)).stream().anyMatch(r -> r.matter().id() == id));
        assertTrue(as(c.clerkA(), PASSWORD, () -> handling.inbox(0, 200)).stream().anyMatch(s -> s.id() == id));
        MatterDetail seenByB = as(c.clerkB(), PASSWORD, () -> petitions.get(id));
        assertTrue(seenByB.handling().allowed().contains(MatterAction.CONTRIBUTE));
        assertFalse(seenByB.handling().allowed().contains(MatterAction.DRAFT_REPLY));

        // department B contributes; the main unit may not contribute, B may not move days
        as(c.clerkB(), PASSWORD, () -> handling.contribute(id, "经查，信访人社保缴费记录完整，可按规定办理。", version(id)));
        assertThrows(NotPermittedException.class, () -> as(c.clerkA(), PASSWORD, () -> handling.contribute(id, "x", version(id))));
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD,
                () -> handling.setCoHandlingDue(id, c.townId(), today().plusDays(5), version(id))));
        assertThrows(EJBAccessException.class, () -> as(c.registrar(), PASSWORD, () -> handling.contribute(id, "x", version(id))));
        assertFalse(as(c.clerkB(), PASSWORD, () -> handling.coInbox(0, 200)).stream().anyMatch(r -> r.matter().id() == id),
                "contributed: off the to-do list");

        // the main unit's leader moves the township's day; not past the handling due day
        as(c.leaderA(), PASSWORD, () -> handling.setCoHandlingDue(id, c.townId(), today().plusDays(3), version(id)));
        MatterDetail d = as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertEquals("coDue", assertThrows(BusinessException.class, () -> as(c.leaderA(), PASSWORD,
                () -> handling.setCoHandlingDue(id, c.townId(), d.handling().handlingDue().plusDays(1), version(id)))).field());
        assertEquals("coUnit", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD,
                () -> handling.setCoHandlingDue(id, c.deptAId(), today().plusDays(3), version(id)))).field());

        // the main unit reads every contribution (and what is still missing) before it drafts the reply
        List<CoHandlingView> parts = as(c.clerkA(), PASSWORD, () -> handling.coHandling(id));
        assertEquals(2, parts.size());
        CoHandlingView b = parts.stream().filter(p -> p.unitId() == c.deptBId()).findFirst().orElseThrow();
        assertEquals("经查，信访人社保缴费记录完整，可按规定办理。", b.opinion());
        assertEquals(c.clerkB(), b.contributedBy());
        assertEquals(today(), b.contributedOn());
        assertNull(b.urgency(), "contributed: no clock any more");
        CoHandlingView town = parts.stream().filter(p -> p.unitId() == c.townId()).findFirst().orElseThrow();
        assertFalse(town.contributed());
        assertEquals(today().plusDays(3), town.dueOn());
        assertEquals(Urgency.DUE_SOON, town.urgency());
        assertTrue(as(c.clerkA(), PASSWORD, () -> petitions.get(id)).timeline().stream()
                .anyMatch(t -> t.type().name().equals("CO_OPINION") && Long.valueOf(c.deptBId()).equals(t.params().unitId())));

        // a unit with no part in the matter reads nothing of it
        assertThrows(NotPermittedException.class, () -> as(c.clerkA(), PASSWORD, () -> {
            long other = routedOther();
            return handling.coHandling(other);
        }));

        // the reply drafted, the township can no longer contribute (the main unit has answered)
        as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.SUPPORTED, "经协调，按规定予以补偿。", version(id)));
        assertFalse(as(c.townClerk(), PASSWORD, () -> petitions.get(id)).handling().allowed().contains(MatterAction.CONTRIBUTE));
        assertFalse(as(c.townClerk(), PASSWORD, () -> handling.coInbox(0, 200)).stream().anyMatch(r -> r.matter().id() == id));
        // the change history keeps every part: asked, moved, contributed
        assertTrue(fixtures.nativeCount("SELECT COUNT(*) FROM co_handling_aud WHERE matter_id = " + id) >= 4);
        // 修改记录 of the matter (the administrator's screen), by number: the matter and its parts, who and when
        String number = as(c.officer(), PASSWORD, () -> petitions.get(id)).summary().number();
        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.MATTER, number));
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertNull(history.get(0).part(), "the registration first");
        assertTrue(history.stream().anyMatch(h -> "petitioner".equals(h.part()) && h.kind() == HistoryEntry.Kind.CREATED));
        assertTrue(history.stream().anyMatch(h -> "coHandling".equals(h.part()) && h.username().equals(c.clerkB())
                && h.changes().stream().anyMatch(ch -> ch.field().equals("opinion"))), "B's contribution, by B");
        assertTrue(history.stream().anyMatch(h -> "coHandling".equals(h.part()) && h.username().equals(c.leaderA())
                && h.partLabel().startsWith("测试镇") && h.changes().stream().anyMatch(ch -> ch.field().equals("dueOn"))),
                "the township's day moved by A's leader");
        assertTrue(history.stream().anyMatch(h -> h.part() == null && h.username().equals(c.clerkA())
                && h.changes().stream().anyMatch(ch -> ch.field().equals("state") && "REPLY_DRAFTED".equals(ch.after()))));
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i - 1).revision() <= history.get(i).revision(), "oldest first");
        }
        assertEquals(history, as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.MATTER, id)), "by id the same");
        assertThrows(EJBAccessException.class, () -> as(c.officer(), PASSWORD, () -> auditTrail.history(AuditedType.MATTER, id)));
    }

    /** A matter handled by department B alone (registered and routed as the officer). */
    long routedOther() throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", today(), null, null, "别的事项", PetitionsIT.idNumber(), "13700000003",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "别的问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        return Identities.as(c.officer(), PASSWORD, () -> {
            MatterDetail m = petitions.register(f);
            MatterDetail a = handling.decide(m.summary().id(), Decision.ACCEPT, null, m.version());
            return handling.route(a.summary().id(), RoutingMode.FORWARD, c.deptBId(), List.of(c.townId()), a.version()).summary().id();
        });
    }

    @Test
    void theContributionDayCannotBeInThePastOrAfterTheHandlingDueDay() throws Exception {
        assertEquals("coDue", assertThrows(BusinessException.class, () -> routedWithCoUnits(today().minusDays(1))).field());
        assertEquals("coDue", assertThrows(BusinessException.class, () -> routedWithCoUnits(today().plusDays(200))).field());
        long id = routedWithCoUnits(null);
        List<CoHandlingView> parts = as(c.officer(), PASSWORD, () -> handling.coHandling(id));
        assertEquals(today().plusDays(15), parts.get(0).dueOn(), "no day given: 15 days");
    }
}
