package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.accountability.boundary.AccountabilityRecords;
import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.boundary.Responsibilities;
import cn.xinfang.petition.accountability.entity.CaseFilter;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseParty;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.ChainView;
import cn.xinfang.petition.accountability.entity.DecisionForm;
import cn.xinfang.petition.accountability.entity.DecisionKind;
import cn.xinfang.petition.accountability.entity.HoldingBasis;
import cn.xinfang.petition.accountability.entity.OwnershipFilter;
import cn.xinfang.petition.accountability.entity.OwnershipForm;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
import cn.xinfang.petition.accountability.entity.PartyBasis;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 首问负责 and handovers, the responsibility chain, 领导包案 with milestones and its rate, 责任追究 with 倒查, scoping. */
class ResponsibilityIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Responsibilities responsibilities;

    @Inject
    CaseOwnerships ownerships;

    @Inject
    AccountabilityCases cases;

    @Inject
    AccountabilityRecords records;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Notifications notifications;

    boolean told(String user, NotificationKind kind, long matterId) throws Exception {
        return as(user, PASSWORD, () -> notifications.mine(false, 0, 200)).stream()
                .anyMatch(n -> n.kind() == kind && n.matterId() != null && n.matterId() == matterId);
    }

    static LocalDate today() {
        return HandlingIT.today();
    }

    RegistrationForm form(String id, String repeatOf) {
        return new RegistrationForm("VISIT", today(), null, null, "林某", id, "13700000001", null, 1, List.of(), CrossLevel.NONE,
                c.villageId(), "反映征地补偿款未发放。", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null, null, repeatOf);
    }

    MatterDetail routedToA(RegistrationForm f) throws Exception {
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
    }

    @Test
    void theFirstContactStaysResponsibleUntilARecordedHandover() throws Exception {
        MatterDetail m = routedToA(form(PetitionsIT.idNumber(), null));
        long id = m.summary().id();
        ChainView chain = as(c.officer(), PASSWORD, () -> responsibilities.chain(id));
        assertEquals(c.registrar(), chain.firstContact().holder(), "首问: the person who received the petitioner");
        assertEquals(HoldingBasis.FIRST_CONTACT, chain.person().basis());
        assertEquals(c.registrar(), chain.person().holder(), "still responsible: no handover yet, although it was routed");
        assertEquals(String.valueOf(c.deptAId()), chain.unit().holder(), "the responsible unit is the routing's");
        assertNull(chain.leader());

        // a handover needs a reason, a person of the county, and the holder (or an officer, or the holder's leader)
        assertEquals("reason", assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD,
                () -> responsibilities.handOver(id, c.clerkA(), " "))).field());
        assertEquals("to", assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD,
                () -> responsibilities.handOver(id, "nobody-" + c.tag(), "交办"))).field());
        assertThrows(NotPermittedException.class, () -> as(c.clerkA(), PASSWORD,
                () -> responsibilities.handOver(id, c.clerkA(), "我来")), "the unit may not take it over by itself");
        assertEquals(c.registrar(), as(c.officer(), PASSWORD, () -> responsibilities.chain(id)).person().holder(),
                "a refused handover changes nothing");

        ChainView after = as(c.registrar(), PASSWORD, () -> responsibilities.handOver(id, c.clerkA(), "已交办住建局，由承办人跟进。"));
        assertEquals(c.clerkA(), after.person().holder());
        assertEquals(HoldingBasis.HANDOVER, after.person().basis());
        assertEquals("已交办住建局，由承办人跟进。", after.person().reason());
        assertEquals(c.registrar(), after.person().recordedBy());
        ChainView.Holding ended = after.history().stream().filter(h -> h.basis() == HoldingBasis.FIRST_CONTACT).findFirst()
                .orElseThrow();
        assertNotNull(ended.until(), "the first contact's holding ended at the handover");
        assertEquals(ended.until(), after.person().since());
        assertEquals(c.registrar(), after.firstContact().holder(), "the first contact stays on record");
        assertTrue(told(c.clerkA(), NotificationKind.HANDED_OVER, id), "the new holder is told");
        assertEquals("to", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> responsibilities.handOver(id, c.clerkA(), "再交"))).field(), "not to the holder");

        // another unit neither reads the chain nor hands it
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD, () -> responsibilities.chain(id)),
                "the matter's own scoping");
        // the holder's unit leader may hand it on
        ChainView third = as(c.leaderA(), PASSWORD, () -> responsibilities.handOver(id, c.leaderA(), "领导亲自督办。"));
        assertEquals(c.leaderA(), third.person().holder());
        long handoverRow = fixtures.nativeCount("SELECT MAX(id) FROM acc_responsibility WHERE matter_id = " + id);
        assertTrue(as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.RESPONSIBILITY, handoverRow)).stream()
                .anyMatch(h -> c.leaderA().equals(h.username())), "the handover is in the history");
        assertEquals(4, third.history().size(), "one unit holding, three person holdings");
    }

    @Test
    void aLeaderTakesAMatterWithMilestonesReportsAndResolvesIt() throws Exception {
        String leader = fixtures.countyLeader(c);
        MatterDetail m = routedToA(form(PetitionsIT.idNumber(), null));
        long id = m.summary().id();
        OwnershipForm f = new OwnershipForm(null, null, c.clerkA(), "县领导、住建局、镇政府", "一、核实补偿标准；二、约谈信访人；三、兑付补偿。",
                today().plusDays(60), List.of(new OwnershipForm.MilestoneForm("核实补偿标准", today().plusDays(10)),
                new OwnershipForm.MilestoneForm("兑付补偿款", today().plusDays(40))));
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> ownerships.take(id, f)), "a clerk owns nothing");
        assertEquals("targetDate", assertThrows(BusinessException.class, () -> as(leader, PASSWORD, () -> ownerships.take(id,
                new OwnershipForm(null, null, null, "专班", "方案", today().minusDays(1), List.of())))).field());
        assertEquals("unitId", assertThrows(BusinessException.class, () -> as(c.leaderA(), PASSWORD, () -> ownerships.take(id,
                new OwnershipForm(null, c.deptBId(), null, "专班", "方案", today().plusDays(5), List.of())))).field(),
                "a unit leader owns matters for their own unit");

        OwnershipView o = as(leader, PASSWORD, () -> ownerships.take(id, f));
        assertEquals(leader, o.leader());
        assertEquals(c.deptAId(), o.unitId(), "the responsible unit defaults to the one handling it");
        assertEquals(OwnershipStatus.ACTIVE, o.status());
        assertEquals(2, o.milestones().size());
        assertEquals("核实补偿标准", o.milestones().get(0).title());
        assertEquals("accountability2.error.owned", assertThrows(BusinessException.class,
                () -> as(leader, PASSWORD, () -> ownerships.take(id, f))).key(), "one active 包案 per matter");
        ChainView chain = as(c.officer(), PASSWORD, () -> responsibilities.chain(id));
        assertEquals(leader, chain.leader().holder(), "the owning leader is the matter's responsible leader");
        assertEquals(HoldingBasis.CASE_OWNERSHIP, chain.leader().basis());
        assertTrue(told(c.clerkA(), NotificationKind.OWNED, id), "the responsible person is told");

        // the unit works on it; the leader's page shows it; another unit does not see it
        OwnershipView done = as(c.clerkA(), PASSWORD, () -> ownerships.completeMilestone(o.id(), o.milestones().get(0).id(),
                "标准已核实。", o.version()));
        assertNotNull(done.milestones().get(0).doneOn());
        OwnershipView reported = as(c.clerkA(), PASSWORD, () -> ownerships.report(o.id(), "已约谈信访人，补偿款正在走审批。",
                done.version()));
        assertEquals(1, reported.reports().size());
        OwnershipView third = as(leader, PASSWORD, () -> ownerships.addMilestone(o.id(), "回访信访人", today().plusDays(50),
                reported.version()));
        assertEquals(3, third.milestones().size());
        assertEquals(1, third.milestonesDone());
        assertTrue(as(leader, PASSWORD, () -> ownerships.mine()).stream().anyMatch(x -> x.id() == o.id()));
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> ownerships.get(o.id())));
        assertTrue(as(c.clerkB(), PASSWORD, () -> ownerships.list(OwnershipFilter.ALL, 0, 100)).isEmpty());
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> ownerships.end(o.id(), true, null, null, third.version())), "only a leader or the bureau ends it");

        // 包案化解率 before and after: exact over what this test made (its own county)
        OwnershipRate before = as(c.officer(), PASSWORD, () -> ownerships.rates(today(), today(), CaseOwnerships.Grouping.ALL)).get(0);
        assertEquals(List.of(o.id()), before.takenIds());
        assertEquals(List.of(), before.resolvedIds());
        OwnershipView resolved = as(leader, PASSWORD, () -> ownerships.end(o.id(), true, "信访人签署息诉罢访承诺书。", null,
                third.version()));
        assertEquals(OwnershipStatus.RESOLVED, resolved.status());
        assertEquals("accountability2.error.ownershipEnded", assertThrows(BusinessException.class, () -> as(leader, PASSWORD,
                () -> ownerships.report(o.id(), "再报", resolved.version()))).key());
        List<OwnershipRate> byLeader = as(c.officer(), PASSWORD, () -> ownerships.rates(today(), today(),
                CaseOwnerships.Grouping.LEADER));
        assertEquals(1, byLeader.size());
        assertEquals(leader, byLeader.get(0).groupKey());
        assertEquals(1, byLeader.get(0).resolved());
        assertEquals(0, byLeader.get(0).ratePct().compareTo(java.math.BigDecimal.valueOf(100)));
        assertEquals(byLeader.get(0).taken(), as(c.officer(), PASSWORD, () -> ownerships.rateDetail(today(), today(),
                CaseOwnerships.Grouping.LEADER, leader)).size(), "the drill-down counts what the rate counts");
        OwnershipRate forAppraisal = as(c.officer(), PASSWORD, () -> records.ownership(c.deptAId(), today(), today()));
        assertEquals(List.of(id), forAppraisal.resolvedMatterIds());
        assertEquals(List.of(id), forAppraisal.takenMatterIds());
    }

    @Test
    void aCaseOnARepeatMatterSuggestsTheOwningLeaderAndTheFirstHandlerAndIsDecided() throws Exception {
        String leader = fixtures.countyLeader(c);
        String idNumber = PetitionsIT.idNumber();
        MatterDetail first = routedToA(form(idNumber, null));
        long firstId = first.summary().id();
        MatterDetail noted = as(c.clerkA(), PASSWORD, () -> handling.note(firstId, "已现场核实。", first.version()));
        MatterDetail drafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(firstId, ReplyOutcome.EXPLAINED, "答复意见。",
                noted.version()));
        as(c.leaderA(), PASSWORD, () -> handling.approveReply(firstId, drafted.version()));
        MatterDetail repeat = routedToA(form(idNumber, first.summary().number()));
        long repeatId = repeat.summary().id();
        assertTrue(repeat.summary().repeat());
        as(c.officer(), PASSWORD, () -> responsibilities.nameLeader(repeatId, leader, "重复信访，县领导包案。"));

        // a first-time matter: its original handler
        CaseView onFirst = as(c.officer(), PASSWORD, () -> cases.open(firstId, CaseGround.PERFUNCTORY, "答复敷衍。"));
        assertEquals(List.of(PartyBasis.ORIGINAL_HANDLER), onFirst.parties().stream().map(CaseParty.View::basis).toList());
        assertEquals(c.clerkA(), onFirst.parties().get(0).username());
        assertEquals(c.deptAId(), onFirst.parties().get(0).unitId());

        CaseView opened = as(c.officer(), PASSWORD, () -> cases.open(repeatId, CaseGround.DELAY, "久拖不决导致重复访。"));
        assertEquals(CaseStatus.OPEN, opened.status());
        assertTrue(opened.number().startsWith("责〔"), opened.number());
        assertEquals(List.of(leader, c.clerkA()), opened.parties().stream().map(CaseParty.View::username).toList(),
                "倒查 of a repeat matter: the owning leader and the first handler");
        assertEquals(List.of(PartyBasis.OWNING_LEADER, PartyBasis.FIRST_HANDLER),
                opened.parties().stream().map(CaseParty.View::basis).toList());
        assertTrue(opened.parties().stream().allMatch(p -> p.suggested() && p.concerned()));

        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> cases.open(repeatId, CaseGround.DELAY, null)));
        assertEquals("ground", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> cases.open(repeatId, null, null))).field());
        CaseView added = as(c.officer(), PASSWORD, () -> cases.addParty(opened.id(), c.leaderA(), null, opened.version()));
        CaseParty.View leaderA = added.parties().stream().filter(p -> c.leaderA().equals(p.username())).findFirst().orElseThrow();
        assertEquals(PartyBasis.ADDED, leaderA.basis());
        CaseView notLeader = as(c.officer(), PASSWORD, () -> cases.concern(opened.id(), leaderA.id(), false, added.version()));
        assertEquals("documentNumber", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> cases.decide(
                opened.id(), new DecisionForm(DecisionKind.INTERVIEW, today(), " ", null), notLeader.version()))).field());
        assertEquals("decidedOn", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> cases.decide(
                opened.id(), new DecisionForm(DecisionKind.INTERVIEW, today().plusDays(1), "县信访联〔2026〕3号", null),
                notLeader.version()))).field());
        CaseView decided = as(c.officer(), PASSWORD, () -> cases.decide(opened.id(), new DecisionForm(DecisionKind.INTERVIEW,
                today(), "县信访联〔2026〕3号", "约谈住建局分管领导。"), notLeader.version()));
        assertEquals(CaseStatus.DECIDED, decided.status());
        assertEquals("县信访联〔2026〕3号", decided.documentNumber());
        assertEquals("accountability2.error.status", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD,
                () -> cases.addParty(opened.id(), c.clerkB(), null, decided.version()))).key());
        // audited: the decision in the case's history, by whom
        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.ACCOUNTABILITY_CASE, opened.id()));
        assertTrue(history.stream().anyMatch(h -> c.officer().equals(h.username()) && h.changes().contains(
                new HistoryEntry.FieldChange("decision", null, "INTERVIEW"))), history.toString());

        // the appraisal's record: the decision counts against the unit concerned
        AccountabilityRecords.Decisions d = as(c.officer(), PASSWORD, () -> records.decisions(c.deptAId(), today(), today()));
        assertEquals(List.of(opened.id()), d.caseIds(), "the first case is still open: only the decided one counts");
        assertEquals(1, d.count(DecisionKind.INTERVIEW));
        assertEquals(List.of(), as(c.officer(), PASSWORD, () -> records.decisions(c.deptBId(), today(), today())).caseIds());
    }

    @Test
    void aClerkSeesOnlyTheUnitsCasesAndNeverAProposal() throws Exception {
        MatterDetail a = routedToA(form(PetitionsIT.idNumber(), null));
        CaseView onA = as(c.officer(), PASSWORD, () -> cases.open(a.summary().id(), CaseGround.MISSED_DEADLINE, null));
        MatterDetail forB = as(c.registrar(), PASSWORD, () -> petitions.register(form(PetitionsIT.idNumber(), null)));
        long bId = forB.summary().id();
        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(bId, Decision.ACCEPT, null, forB.version()));
        as(c.officer(), PASSWORD, () -> handling.route(bId, RoutingMode.ASSIGN, c.deptBId(), List.of(), accepted.version()));
        CaseView onB = as(c.officer(), PASSWORD, () -> cases.open(bId, CaseGround.SHIFTING, null));

        assertEquals(List.of(onA.id()), as(c.clerkA(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).stream()
                .map(CaseView::id).toList());
        assertEquals(List.of(onB.id()), as(c.clerkB(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).stream()
                .map(CaseView::id).toList());
        assertThrows(NotFoundException.class, () -> as(c.clerkA(), PASSWORD, () -> cases.get(onB.id())));
        assertEquals(2, as(c.officer(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).size(), "the bureau sees the county's");
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> cases.decide(onA.id(), new DecisionForm(DecisionKind.NONE, today(), null, null), onA.version())));

        // the overdue rule proposes a case once; a clerk does not see the proposal; a person opens it with the 倒查
        fixtures.setHandlingDue(a.summary().id(), today().minusDays(45));
        as(c.officer(), PASSWORD, () -> cases.proposeNow());
        List<CaseView> proposals = as(c.officer(), PASSWORD, () -> cases.list(new CaseFilter(CaseStatus.PROPOSED, null,
                a.summary().id(), null, null), 0, 10));
        assertEquals(1, proposals.size());
        CaseView p = proposals.get(0);
        assertTrue(p.automatic());
        assertEquals(CaseGround.MISSED_DEADLINE, p.ground());
        assertEquals(45, p.overdueDays());
        assertTrue(p.parties().isEmpty(), "a proposal names nobody until a person opens it");
        as(c.officer(), PASSWORD, () -> cases.proposeNow());
        assertEquals(1, as(c.officer(), PASSWORD, () -> cases.list(new CaseFilter(CaseStatus.PROPOSED, null, a.summary().id(),
                null, null), 0, 10)).size(), "proposed once");
        assertThrows(NotFoundException.class, () -> as(c.clerkA(), PASSWORD, () -> cases.get(p.id())));
        CaseView accepted2 = as(c.officer(), PASSWORD, () -> cases.accept(p.id(), null, "超期45日未办结。", p.version()));
        assertEquals(CaseStatus.OPEN, accepted2.status());
        assertEquals(List.of(PartyBasis.HANDLING_UNIT), accepted2.parties().stream().map(CaseParty.View::basis).toList(),
                "routed, nobody handled it yet: the unit");
        assertTrue(as(c.clerkA(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).stream().anyMatch(x -> x.id() == p.id()));
    }

    @Test
    void anAccusationNeverGoesToThePeopleOfTheAccusedUnit() throws Exception {
        String leader = fixtures.countyLeader(c);
        RegistrationForm letter = new RegistrationForm("LETTER", today(), null, null, "郑某", PetitionsIT.idNumber(), "13700000002",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "检举县" + c.tag() + "乙局某科长。", MatterKind.ACCUSATION, "0401",
                MatterPurpose.ACCUSATION, "某科长", c.deptBId(), null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(letter));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));

        assertEquals("to", assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD,
                () -> responsibilities.handOver(id, c.clerkB(), "交被检举单位"))).field(), "not to the accused unit's clerk");
        assertEquals(c.registrar(), as(c.officer(), PASSWORD, () -> responsibilities.chain(id)).person().holder());
        // accusations stay with the bureau's officers: an officer records the county leader's 包案
        assertEquals("responsiblePerson", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD,
                () -> ownerships.take(id, new OwnershipForm(leader, null, c.clerkB(), "专班", "方案", today().plusDays(30),
                        List.of())))).field());
        OwnershipView o = as(c.officer(), PASSWORD, () -> ownerships.take(id,
                new OwnershipForm(leader, null, c.clerkA(), "专班", "方案", today().plusDays(30), List.of())));
        CaseView k = as(c.officer(), PASSWORD, () -> cases.open(id, CaseGround.DELAY, null));
        CaseView withB = as(c.officer(), PASSWORD, () -> cases.addParty(k.id(), c.clerkB(), null, k.version()));
        assertTrue(withB.parties().stream().anyMatch(p -> c.clerkB().equals(p.username()) && p.concerned()));
        // the accused unit sees neither the 包案 nor the case, even as a party concerned
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> ownerships.get(o.id())));
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> cases.get(k.id())));
        assertTrue(as(c.clerkB(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).isEmpty());
        assertEquals(1, as(c.clerkA(), PASSWORD, () -> cases.list(CaseFilter.ALL, 0, 100)).size(), "the handling unit sees it");
    }
}
