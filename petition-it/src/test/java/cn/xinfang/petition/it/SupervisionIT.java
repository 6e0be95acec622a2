package cn.xinfang.petition.it;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.accountability.boundary.Notifications;
import cn.xinfang.petition.accountability.boundary.Supervision;
import cn.xinfang.petition.accountability.boundary.Todo;
import cn.xinfang.petition.accountability.entity.Assessment;
import cn.xinfang.petition.accountability.entity.EscalationForm;
import cn.xinfang.petition.accountability.entity.EscalationGround;
import cn.xinfang.petition.accountability.entity.NoticeCategory;
import cn.xinfang.petition.accountability.entity.NoticeFilter;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticePriority;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.entity.ReportFrequency;
import cn.xinfang.petition.accountability.entity.UnitRecord;
import cn.xinfang.petition.accountability.entity.UrgeForm;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 督办 from 催办 to 挂牌督办, the rules that issue and escalate notices, scoping, the record per unit, the PDF. */
class SupervisionIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Supervision supervision;

    @Inject
    DeadlineWatch watch;

    @Inject
    Notifications notifications;

    @Inject
    Todo todo;

    static LocalDate today() {
        return HandlingIT.today();
    }

    MatterDetail routedToA() throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", today(), null, null, "陈某", PetitionsIT.idNumber(), "13700000000",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映小区物业问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), a.version()));
    }

    @Test
    void urgedSignedAnsweredUnsatisfactoryEscalatedToFlaggedAndOnTheLeadersDesk() throws Exception {
        String countyLeader = fixtures.countyLeader(c);
        long matter = routedToA().summary().id();
        UrgeForm form = new UrgeForm(NoticeCategory.WORK, NoticePriority.HIGH, "请于期限内报送调查处理进展。", today().plusDays(3));
        // only the bureau urges; a unit cannot
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> supervision.urge(matter, form)));
        NoticeView urged = as(c.officer(), PASSWORD, () -> supervision.urge(matter, form));
        assertEquals(NoticeLevel.URGE, urged.level());
        assertEquals(NoticeStatus.ISSUED, urged.status());
        assertEquals(c.deptAId(), urged.unitId());
        assertTrue(urged.number().startsWith("催〔"), urged.number());
        assertEquals("acc.error.openNotice", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> supervision.urge(matter, form))).key(), "one open notice per matter");
        assertEquals("replyBy", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> supervision.urge(
                routedToA().summary().id(), new UrgeForm(null, null, null, today().minusDays(1))))).field());
        // the unit is told; another unit neither sees nor signs it
        assertEquals(1, as(c.clerkA(), PASSWORD, () -> notifications.mine(false, 0, 100)).stream()
                .filter(n -> n.kind() == NotificationKind.URGED && urged.id() == n.noticeId()).count());
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> supervision.get(urged.id())));
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> supervision.sign(urged.id(), urged.version())));
        assertEquals(0, as(c.clerkB(), PASSWORD, () -> supervision.list(NoticeFilter.ALL, 0, 100)).size(),
                "a unit sees no other unit's notices");
        assertEquals(1, as(c.clerkA(), PASSWORD, () -> todo.mine()).notices().size(), "on the unit's to-do list");

        NoticeView signed = as(c.clerkA(), PASSWORD, () -> supervision.sign(urged.id(), urged.version()));
        assertEquals(NoticeStatus.SIGNED, signed.status());
        assertEquals(c.clerkA(), signed.signedBy());
        assertThrows(StaleDataException.class, () -> as(c.clerkA(), PASSWORD, () -> supervision.answer(urged.id(), "旧", urged.version())));
        assertEquals("progress", assertThrows(BusinessException.class,
                () -> as(c.clerkA(), PASSWORD, () -> supervision.answer(urged.id(), " ", signed.version()))).field());
        NoticeView answered = as(c.clerkA(), PASSWORD, () -> supervision.answer(urged.id(), "已约谈物业公司，正在整改。", signed.version()));
        assertEquals(NoticeStatus.ANSWERED, answered.status());
        assertEquals(1, answered.reports().size());
        assertFalse(answered.lateReply());
        assertTrue(as(c.officer(), PASSWORD, () -> notifications.mine(false, 0, 100)).stream()
                .anyMatch(n -> n.kind() == NotificationKind.ANSWERED && urged.id() == n.noticeId()), "the bureau is told");
        assertTrue(as(c.officer(), PASSWORD, () -> todo.mine()).notices().stream().anyMatch(n -> n.id() == urged.id()),
                "an answer waits for the officer's assessment");

        NoticeView unsatisfied = as(c.officer(), PASSWORD, () -> supervision.assess(urged.id(), Assessment.UNSATISFACTORY,
                "未说明整改时限。", answered.version()));
        assertEquals(Assessment.UNSATISFACTORY, unsatisfied.reports().get(0).assessment());
        assertEquals("leader", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> supervision.escalate(
                urged.id(), new EscalationForm(NoticeLevel.FLAGGED, c.clerkA(), "久拖不决", ReportFrequency.WEEKLY, null, null),
                unsatisfied.version()))).field(), "a clerk is no supervising leader");
        NoticeView flagged = as(c.officer(), PASSWORD, () -> supervision.escalate(urged.id(), new EscalationForm(NoticeLevel.FLAGGED,
                countyLeader, "答复不满意，久拖不决。", ReportFrequency.WEEKLY, null, null), unsatisfied.version()));
        assertEquals(NoticeLevel.FLAGGED, flagged.level());
        assertEquals(EscalationGround.UNSATISFACTORY, flagged.escalationGround());
        assertEquals(urged.id(), flagged.escalatedFromId());
        assertEquals(countyLeader, flagged.leader());
        assertEquals(today().plusDays(7), flagged.replyBy());
        NoticeView old = as(c.officer(), PASSWORD, () -> supervision.get(urged.id()));
        assertEquals(NoticeStatus.ESCALATED, old.status());
        assertEquals(flagged.id(), old.escalatedToId(), "every notice traced to what followed it");

        // the flagged list, the leader's desk, the unit's periodic report
        assertTrue(as(c.officer(), PASSWORD, () -> supervision.list(NoticeFilter.FLAGGED, 0, 100)).stream()
                .anyMatch(n -> n.id() == flagged.id()));
        assertTrue(as(countyLeader, PASSWORD, () -> todo.mine()).notices().stream().anyMatch(n -> n.id() == flagged.id()));
        assertTrue(as(countyLeader, PASSWORD, () -> notifications.mine(false, 0, 100)).stream()
                .anyMatch(n -> n.kind() == NotificationKind.FLAGGED && flagged.id() == n.noticeId()));
        NoticeView report = as(c.leaderA(), PASSWORD, () -> supervision.answer(flagged.id(), "第一周：已完成整改方案。", flagged.version()));
        assertEquals(today().plusDays(7), report.replyBy(), "the next report is due a week on");
        NoticeView report2 = as(c.clerkA(), PASSWORD, () -> supervision.answer(flagged.id(), "第二周：整改完成一半。", report.version()));
        assertEquals(2, report2.reports().size());

        // suspend and resume with a reason, close
        NoticeView suspended = as(c.officer(), PASSWORD, () -> supervision.suspend(flagged.id(), "信访人申请司法鉴定，等待结论。", report2.version()));
        assertEquals(NoticeStatus.SUSPENDED, suspended.status());
        assertEquals("acc.error.status", assertThrows(BusinessException.class,
                () -> as(c.clerkA(), PASSWORD, () -> supervision.answer(flagged.id(), "x", suspended.version()))).key());
        NoticeView resumed = as(c.officer(), PASSWORD, () -> supervision.resume(flagged.id(), "鉴定结论已出。", today().plusDays(5),
                suspended.version()));
        assertEquals(NoticeStatus.SIGNED, resumed.status());
        NoticeView closed = as(c.officer(), PASSWORD, () -> supervision.close(flagged.id(), "问题已解决。", resumed.version()));
        assertEquals(NoticeStatus.CLOSED, closed.status());
        assertFalse(as(c.officer(), PASSWORD, () -> supervision.list(NoticeFilter.FLAGGED, 0, 100)).stream()
                .anyMatch(n -> n.id() == flagged.id()), "a closed notice leaves the flagged list");

        // audited
        assertTrue(fixtures.nativeCount("SELECT COUNT(*) FROM supervision_notice_aud WHERE id = " + flagged.id()) >= 4);
        assertTrue(fixtures.nativeCount("SELECT COUNT(*) FROM supervision_report_aud r JOIN supervision_report s ON s.id = r.id"
                + " WHERE s.notice_id = " + urged.id()) >= 2, "the report and its assessment");

        // the 督办单 PDF, in Chinese, for whoever may see it
        String text = HandlingIT.text(as(c.clerkA(), PASSWORD, () -> supervision.pdf(urged.id())));
        assertTrue(text.contains("信访事项催办单"), text);
        assertTrue(text.contains("测试局甲" + c.tag()), text);
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> supervision.pdf(urged.id())));
    }

    @Test
    void theRulesUrgeAnOverdueMatterAndEscalateAnUnansweredNotice() throws Exception {
        String countyLeader = fixtures.countyLeader(c);
        long matter = routedToA().summary().id();
        fixtures.setHandlingDue(matter, today().minusDays(1));
        as(c.officer(), PASSWORD, () -> watch.runNow());
        List<NoticeView> auto = as(c.officer(), PASSWORD, () -> supervision.list(
                new NoticeFilter(null, null, null, false, null, null, matter), 0, 10));
        assertEquals(1, auto.size(), "an overdue handling clock gets one automatic 催办单");
        assertTrue(auto.get(0).automatic());
        assertEquals(today().plusDays(3), auto.get(0).replyBy());
        as(c.officer(), PASSWORD, () -> watch.runNow());
        assertEquals(1, as(c.officer(), PASSWORD, () -> supervision.list(new NoticeFilter(null, null, null, false, null, null, matter),
                0, 10)).size(), "and only one");

        // nobody answers by the reply-by day: the rule escalates it under the county leader
        moveBack(auto.get(0).id(), 7);
        int escalated = as(c.officer(), PASSWORD, () -> supervision.escalateUnansweredNow());
        assertTrue(escalated >= 1);
        NoticeView before = as(c.officer(), PASSWORD, () -> supervision.get(auto.get(0).id()));
        assertEquals(NoticeStatus.ESCALATED, before.status());
        assertTrue(before.lateReply(), "ignored: counted against the unit");
        NoticeView flagged = as(c.officer(), PASSWORD, () -> supervision.get(before.escalatedToId()));
        assertEquals(NoticeLevel.FLAGGED, flagged.level());
        assertEquals(EscalationGround.UNANSWERED, flagged.escalationGround());
        assertEquals(countyLeader, flagged.leader());
        assertTrue(flagged.automatic());

        // the record per unit and period
        List<UnitRecord> records = as(c.officer(), PASSWORD, () -> supervision.records(today().minusDays(30), today()));
        UnitRecord a = records.stream().filter(r -> r.unitId() == c.deptAId()).findFirst().orElseThrow();
        assertEquals(1, a.issued());
        assertEquals(1, a.ignored());
        assertEquals(1, a.escalated());
        assertTrue(a.overdueClocks() >= 1);
        assertEquals(List.of(c.deptAId()), as(c.clerkA(), PASSWORD, () -> supervision.records(today().minusDays(30), today()))
                .stream().map(UnitRecord::unitId).toList(), "a unit reads its own record");
        assertEquals(List.of(), as(c.clerkB(), PASSWORD, () -> supervision.records(today().minusDays(30), today())));
        assertEquals("to", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> supervision.records(today(), today().minusDays(1)))).field());
        assertNotNull(a.unitName());
        assertThrows(NotFoundException.class, () -> as(c.clerkB(), PASSWORD, () -> supervision.answer(flagged.id(), "x",
                flagged.version())), "never an answer from another unit");
    }

    void moveBack(long noticeId, int days) {
        LocalDate on = ((LocalDate) fixtures.single("SELECT n.issuedOn FROM SupervisionNotice n WHERE n.id = " + noticeId)).minusDays(days);
        fixtures.update("UPDATE SupervisionNotice n SET n.issuedOn = :a, n.replyBy = :b, n.version = n.version + 1 WHERE n.id = "
                + noticeId, on, on.plusDays(3));
    }
}
