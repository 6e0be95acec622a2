package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.boundary.DemoAccountabilityJob;
import cn.xinfang.petition.accountability.entity.CaseFilter;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accountability part of the demo county's first start (DemoAccountability), run on a test
 * county of its own as the demo county's creation arms it: every matter's first contact,
 * handovers, three 包案 with milestones and progress (one resolved), and a decided accountability
 * case with the 倒查 suggestion; once only.
 */
class DemoAccountabilityIT extends InContainerTest {

    @Inject
    DemoAccountabilityJob job;

    @Inject
    CaseOwnerships ownerships;

    @Inject
    AccountabilityCases cases;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aNewCountyGetsHandoversOwnershipsWithMilestonesAndADecidedCase() throws Exception {
        String leader = fixtures.countyLeader(c);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "演示" + i, PetitionsIT.idNumber(),
                    "13700000003", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映道路积水问题。", MatterKind.GRIEVANCE,
                    "0701", MatterPurpose.DEMAND, null, null, null);
            MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
            long id = m.summary().id();
            MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
            as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
            ids.add(id);
        }
        // what the demo county's creation does (DemoAccountability.onDemoCountyReady), for this county
        tx.begin();
        if (em.createNativeQuery("UPDATE job_lease SET last_slot = ?1 WHERE name = 'demo-accountability'")
                .setParameter(1, -c.countyId()).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO job_lease (name, last_slot, runs) VALUES ('demo-accountability', ?1, 0)")
                    .setParameter(1, -c.countyId()).executeUpdate();
        }
        tx.commit();

        assertTrue(as(c.officer(), PASSWORD, () -> job.runIfDue(Instant.now())), "the armed job runs once");
        assertFalse(as(c.officer(), PASSWORD, () -> job.runIfDue(Instant.now())), "and not again");

        String in = ids.toString().replace('[', '(').replace(']', ')');
        assertEquals(7, fixtures.nativeCount("SELECT COUNT(*) FROM acc_responsibility WHERE basis = 'FIRST_CONTACT'"
                + " AND matter_id IN " + in), "every matter has its first contact");
        assertEquals(3, fixtures.nativeCount("SELECT COUNT(*) FROM acc_responsibility WHERE basis = 'HANDOVER'"
                + " AND reason IS NOT NULL AND holder = '" + c.clerkA() + "' AND matter_id IN " + in), "three handovers to the clerk");

        List<OwnershipView> mine = as(leader, PASSWORD, () -> ownerships.mine());
        assertEquals(3, mine.size(), "the county leader's 包案");
        assertTrue(mine.stream().allMatch(o -> o.milestones().size() == 3 && !o.reports().isEmpty()
                && c.clerkA().equals(o.responsiblePerson())), "milestones, reports, the unit's clerk responsible");
        assertEquals(1, mine.stream().filter(o -> o.status() == OwnershipStatus.RESOLVED).count(), "one resolved");
        assertTrue(mine.stream().anyMatch(o -> o.status() == OwnershipStatus.ACTIVE && o.milestonesDone() >= 1),
                "one under way with a milestone done");

        List<CaseView> decided = as(c.officer(), PASSWORD, () -> cases.list(new CaseFilter(CaseStatus.DECIDED, null, null, null,
                null), 0, 100));
        assertEquals(1, decided.size());
        assertTrue(decided.get(0).documentNumber().startsWith("青信访责"));
        assertTrue(decided.get(0).parties().stream().anyMatch(p -> p.suggested() && p.concerned() && Long.valueOf(c.deptAId()).equals(p.unitId())),
                "the 倒查 suggestion: the unit it was routed to");
    }
}
