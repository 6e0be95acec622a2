package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.casehandling.boundary.Attachments;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.boundary.Receipt;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.citizen.boundary.OnlineSubmission;
import cn.xinfang.petition.citizen.boundary.PublicPetitions;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.statistics.boundary.Statistics;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2022 Art 30, whatever the channel: an accusation never reaches the unit it accuses. Filed online
 * (where the citizen may name the unit, or only a person), identified by the case officer, routed
 * to another unit: the accused township's clerk and leader find nothing of it on any surface — the
 * matter, the lists and the search (by the accuser's name, ID number, phone, the number and the
 * words), the repeat check, every document and the whole file, the attachments, the history, the
 * statistics — while the bureau and the unit that handles it work on it as usual.
 */
class ConfidentialityIT extends InContainerTest {

    @Inject
    PublicPetitions pub;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Documents documents;

    @Inject
    Attachments attachments;

    @Inject
    Statistics statistics;

    @Inject
    AuditTrail auditTrail;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    record Accuser(String name, String idNumber, String phone) {
    }

    Accuser accuser() {
        String digits = String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
        return new Accuser("检举人" + digits.substring(0, 3), PetitionsIT.idNumber(), "139" + digits);
    }

    long online(Accuser a, String content, Long namedUnit) {
        Receipt r = pub.submit(new OnlineSubmission(a.name(), a.idNumber(), a.phone(), "测试村 3 号", c.villageId(),
                MatterKind.ACCUSATION, "0401", MatterPurpose.ACCUSATION, content, "测试镇某副镇长", namedUnit, null, true),
                "it-" + UUID.randomUUID());
        return as(c.officer(), () -> petitions.idOfNumber(r.number()).orElseThrow());
    }

    <T> T as(String user, java.util.concurrent.Callable<T> action) {
        try {
            return Identities.as(user, PASSWORD, action);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Everything the caller could use to find or read the matter, refused or empty. */
    void seesNothing(String user, long id, Accuser a, String words) throws Exception {
        Identities.as(user, PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> petitions.get(id), user + " opened the matter");
            for (String text : new String[] {a.name(), a.idNumber(), a.phone(), words, null}) {
                MatterFilter f = new MatterFilter(text, null, null, null, null, null, null, false);
                assertFalse(petitions.search(f, 0, 200).stream().anyMatch(s -> s.id() == id), user + " found it by " + text);
            }
            assertEquals(0L, petitions.count(new MatterFilter(words, null, null, null, null, null, null, false)));
            assertThrows(NotPermittedException.class, () -> documents.pdf(id, DocumentKind.REGISTRATION_FORM));
            assertThrows(NotPermittedException.class, () -> documents.pdf(id, DocumentKind.TIMELINE));
            assertThrows(NotPermittedException.class, () -> documents.wholeFile(id));
            assertThrows(NotPermittedException.class, () -> documents.available(id));
            assertThrows(NotPermittedException.class, () -> attachments.list(id));
            assertThrows(EJBAccessException.class, () -> auditTrail.history(AuditedType.USER, 1L), "the history is the administrator's");
            try {
                assertFalse(handling.inbox(0, 200).stream().anyMatch(s -> s.id() == id), user + " has it in the inbox");
            } catch (EJBAccessException notUnitStaff) {
                // only unit staff have an inbox
            }
        });
    }

    long accusationsCounted(String user) {
        return as(user, () -> statistics.summary(today().withDayOfYear(1), today(), today(), null)
                .figures().get("received").value());
    }

    @Test
    void anOnlineAccusationNamingOnlyAPersonIsTheBureausAloneUntilIdentifiedThenNeverTheAccusedUnits() throws Exception {
        Accuser a = accuser();
        String words = "检举" + c.tag() + "副镇长挪用救灾款";
        long townBefore = accusationsCounted(c.townLeader());
        long id = online(a, words, null);

        // not identified: the problem arose in the township's village, yet the township sees nothing
        for (String user : List.of(c.townClerk(), c.townLeader(), c.clerkA())) {
            seesNothing(user, id, a, words);
        }
        assertEquals(townBefore, accusationsCounted(c.townLeader()), "the township's statistics do not count it");
        MatterDetail m = Identities.as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertFalse(m.accusedIdentified());
        assertFalse(m.handling().allowed().contains(MatterAction.ACCEPT), "an unidentified accusation is not accepted");
        assertEquals("error.accusation.identifyFirst", assertThrows(BusinessException.class, () -> Identities.as(c.officer(),
                PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()))).key());

        // the officer identifies the accused township, accepts and routes to a department with a co-handling one
        MatterDetail identified = Identities.as(c.officer(), PASSWORD, () -> handling.identifyAccused(id, c.townId(), null, m.version()));
        assertTrue(identified.accusedIdentified());
        assertEquals("测试镇某副镇长", identified.accusedParty());
        assertEquals(c.townId(), identified.accusedUnitId());
        assertTrue(identified.timeline().stream().anyMatch(t -> t.type().name().equals("ACCUSED_IDENTIFIED")));
        MatterDetail accepted = Identities.as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, identified.version()));
        // the accused township cannot be given the matter, not even as a co-handling unit
        assertEquals("mainUnit", assertThrows(BusinessException.class, () -> Identities.as(c.officer(), PASSWORD,
                () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(c.townId()), accepted.version()))).field());
        MatterDetail routed = Identities.as(c.officer(), PASSWORD,
                () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(c.deptBId()), accepted.version()));
        assertEquals(MatterState.HANDLING, routed.summary().state());
        Identities.as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.LETTER, "检举信.pdf",
                Samples.pdf("ACCUSATION", 1)));

        // the accused township: nothing, on every surface; the units handling it: the whole matter
        seesNothing(c.townClerk(), id, a, words);
        seesNothing(c.townLeader(), id, a, words);
        assertEquals(townBefore, accusationsCounted(c.townLeader()));
        for (String user : List.of(c.clerkA(), c.leaderA(), c.clerkB())) {
            MatterDetail seen = Identities.as(user, PASSWORD, () -> petitions.get(id));
            assertEquals(a.name(), seen.petitioner().name());
            assertEquals(1, Identities.as(user, PASSWORD, () -> attachments.list(id)).size());
            assertTrue(Identities.as(user, PASSWORD, () -> documents.wholeFile(id)).length > 0);
        }
        assertTrue(Identities.as(c.clerkA(), PASSWORD, () -> handling.inbox(0, 200)).stream().anyMatch(s -> s.id() == id));

        // correcting the accused to a unit that handles it is refused: re-route first
        assertEquals("accusedUnit", assertThrows(BusinessException.class, () -> Identities.as(c.officer(), PASSWORD,
                () -> handling.identifyAccused(id, c.deptBId(), null, routed.version()))).field());
        // only the case officer identifies
        assertThrows(EJBAccessException.class, () -> Identities.as(c.leaderA(), PASSWORD,
                () -> handling.identifyAccused(id, null, null, routed.version())));
        // the change history keeps the identification: a revision of the matter that set it, by the officer
        assertEquals(1L, fixtures.nativeCount("SELECT COUNT(*) FROM matter_aud ma JOIN revinfo r ON r.rev = ma.rev"
                + " WHERE ma.id = " + id + " AND ma.accused_identified = TRUE AND ma.accused_unit_id = " + c.townId()
                + " AND r.username = '" + c.officer() + "' AND ma.state = 'REGISTERED'"));
    }

    @Test
    void theUnitTheCitizenNamesIsKeptFromTheMatterAtOnce() throws Exception {
        Accuser a = accuser();
        String words = "检举" + c.tag() + "镇政府违规发放补贴";
        long id = online(a, words, c.townId());
        seesNothing(c.townClerk(), id, a, words);
        seesNothing(c.townLeader(), id, a, words);
        // a unit that is not accused but not the bureau either waits for the identification too
        Identities.as(c.clerkA(), PASSWORD, () -> assertThrows(NotPermittedException.class, () -> petitions.get(id)));
        // the bureau finds no unit of this county concerned: ordinary scoping applies again
        MatterDetail m = Identities.as(c.officer(), PASSWORD, () -> petitions.get(id));
        Identities.as(c.officer(), PASSWORD, () -> handling.identifyAccused(id, null, "某企业负责人", m.version()));
        assertEquals(id, Identities.as(c.townClerk(), PASSWORD, () -> petitions.get(id)).summary().id(),
                "the problem arose in the township's village");
    }

    @Test
    void theRepeatCheckDoesNotShowAnAccusationToTheAccusedUnitsRegistrar() throws Exception {
        Accuser a = accuser();
        RegistrationForm letter = new RegistrationForm("LETTER", today(), null, null, a.name(), a.idNumber(), a.phone(), null, 1,
                List.of(), CrossLevel.NONE, c.villageId(), "检举县" + c.tag() + "局某科长。", MatterKind.ACCUSATION, "0401",
                MatterPurpose.ACCUSATION, "某科长", c.deptAId(), null);
        long id = Identities.as(c.registrar(), PASSWORD, () -> petitions.register(letter)).summary().id();
        MatterDetail m = Identities.as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertTrue(m.accusedIdentified(), "named by the bureau's registrar at registration");
        assertTrue(m.handling().allowed().contains(MatterAction.ACCEPT));
        assertTrue(Identities.as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(a.idNumber(), null, null))
                .matters().stream().anyMatch(s -> s.id() == id));
        seesNothing(c.clerkA(), id, a, "检举县" + c.tag());
        seesNothing(c.leaderA(), id, a, "检举县" + c.tag());
    }
}
