package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matters walked through every path of the lifecycle, as the people who take each step. */
class HandlingIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Appeals appeals;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Documents documents;

    static String text(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder b = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            b.append(ex.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return b.toString();
    }

    static int pages(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        int n = reader.getNumberOfPages();
        reader.close();
        return n;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    MatterDetail registered(MatterKind kind, Long accusedUnit) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", today(), null, null, "陈某", PetitionsIT.idNumber(), "13700000000",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", kind, kind == MatterKind.ACCUSATION ? "0401" : "0701",
                MatterPurpose.DEMAND, kind == MatterKind.ACCUSATION ? "某干部" : null, accusedUnit, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    @Test
    void refusedAndStatutoryMattersEndThereAndCannotBeRouted() throws Exception {
        MatterDetail a = registered(MatterKind.GRIEVANCE, null);
        MatterDetail refused = as(c.officer(), PASSWORD, () -> handling.decide(a.summary().id(), Decision.REFUSE,
                "已经终结，同一事实和理由不再受理。", a.version()));
        assertEquals(MatterState.NOT_ACCEPTED, refused.summary().state());
        BusinessException e = assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.route(a.summary().id(), RoutingMode.ASSIGN, c.deptAId(), List.of(), refused.version())));
        assertEquals("error.transition", e.key());

        MatterDetail b = registered(MatterKind.GRIEVANCE, null);
        as(c.officer(), PASSWORD, () -> assertEquals("reason", assertThrows(BusinessException.class, () ->
                handling.decide(b.summary().id(), Decision.STATUTORY, " ", b.version())).field()));
        MatterDetail statutory = as(c.officer(), PASSWORD, () -> handling.decide(b.summary().id(), Decision.STATUTORY,
                "属于劳动争议，请向劳动人事争议仲裁委员会申请仲裁。", b.version()));
        assertEquals(MatterState.STATUTORY_CHANNEL, statutory.summary().state());
        assertTrue(statutory.handling().allowed().stream().allMatch(x -> x == MatterAction.RESOLVE), "only 息诉息访 may still be recorded");
        // only accusations go to the discipline-inspection organ
        MatterDetail g = registered(MatterKind.GRIEVANCE, null);
        assertEquals("error.matter.notAccusation", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.decide(g.summary().id(), Decision.FORWARD, "县纪委监委", g.version()))).key());
    }

    @Test
    void acceptedRoutedObjectedReroutedExtendedRepliedReportedClosed() throws Exception {
        MatterDetail m = registered(MatterKind.GRIEVANCE, null);
        long id = m.summary().id();
        // unit staff cannot decide; a reply before acceptance is refused
        as(c.clerkA(), PASSWORD, () -> assertThrows(EJBAccessException.class, () -> handling.decide(id, Decision.ACCEPT, null, m.version())));
        assertEquals("error.transition", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> handling.close(id, m.version()))).key());

        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        assertEquals(MatterState.ACCEPTED, accepted.summary().state());
        LocalDate due60 = accepted.handling().handlingDue();
        assertTrue(!due60.isBefore(today().plusDays(60)) && due60.isBefore(today().plusDays(70)), "60 days: " + due60);

        // 交办 to department B with A co-handling; B objects; the bureau re-routes to A
        MatterDetail routed = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptBId(), List.of(c.deptAId()), accepted.version()));
        assertEquals(MatterState.HANDLING, routed.summary().state());
        assertTrue(routed.handling().objectionDue().isAfter(today()));
        // the co-handling unit can see it, but only the main unit may object
        as(c.clerkA(), PASSWORD, () -> {
            assertEquals(id, petitions.get(id).summary().id());
            assertTrue(petitions.search(cn.xinfang.petition.casehandling.boundary.MatterFilter.ALL, 0, 200).stream()
                    .anyMatch(s -> s.id() == id), "a co-handling unit finds the matter in its search");
            assertThrows(NotPermittedException.class, () -> handling.object(id, "不是我们", routed.version()));
        });
        MatterDetail objected = as(c.clerkB(), PASSWORD, () -> handling.object(id, "该事项属住建部门职责，非本单位主管。", routed.version()));
        assertEquals(MatterState.OBJECTED, objected.summary().state());
        MatterDetail rerouted = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), objected.version()));
        assertEquals("测试局甲" + c.tag(), rerouted.handling().mainUnitName());
        as(c.clerkB(), PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> petitions.get(id));
            assertFalse(petitions.search(cn.xinfang.petition.casehandling.boundary.MatterFilter.ALL, 0, 200).stream()
                    .anyMatch(s -> s.id() == id), "nor in its search");
        });

        // a stale version is refused rather than overwriting
        assertThrows(StaleDataException.class, () -> as(c.clerkA(), PASSWORD, () -> handling.note(id, "旧页面", objected.version())));
        MatterDetail noted = as(c.clerkA(), PASSWORD, () -> handling.note(id, "已约见信访人，调取拆迁协议。", rerouted.version()));

        // the clerk cannot extend; the leader extends once by at most 30 days
        as(c.clerkA(), PASSWORD, () -> assertThrows(EJBAccessException.class, () -> handling.extend(id, 30, "复杂", noted.version())));
        as(c.leaderA(), PASSWORD, () -> assertEquals("days", assertThrows(BusinessException.class, () ->
                handling.extend(id, 31, "情况复杂", noted.version())).field()));
        MatterDetail extended = as(c.leaderA(), PASSWORD, () -> handling.extend(id, 30, "涉及多部门，需补充调查。", noted.version()));
        assertEquals(30, extended.handling().extensionDays());
        assertTrue(extended.handling().handlingDue().isAfter(due60.plusDays(25)), extended.handling().handlingDue().toString());
        assertFalse(extended.handling().allowed().contains(MatterAction.EXTEND));
        assertEquals("error.matter.alreadyExtended", assertThrows(BusinessException.class, () -> as(c.leaderA(), PASSWORD, () ->
                handling.extend(id, 10, "再延期", extended.version()))).key());

        // a 10-day hearing moves the due date by 10 days
        LocalDate before = extended.handling().handlingDue();
        MatterDetail heard = as(c.leaderA(), PASSWORD, () -> appeals.scheduleHearing(id, today().plusDays(1), today().plusDays(10), "县信访局听证室", "信访人、住建局代表、听证员三名", extended.version()));
        assertEquals(1, heard.followUp().hearings().size());
        assertTrue(heard.handling().handlingDue().isAfter(before.plusDays(9)), before + " -> " + heard.handling().handlingDue());

        // reply drafted by the clerk, returned once, approved by the leader
        assertEquals("outcome", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD, () ->
                handling.draftReply(id, ReplyOutcome.ADOPTED, "采纳", heard.version()))).field(), "adoption outcomes are for suggestions");
        MatterDetail drafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.SUPPORTED, "经核实，诉求合理，予以支持。", heard.version()));
        assertEquals(MatterState.REPLY_DRAFTED, drafted.summary().state());
        as(c.clerkA(), PASSWORD, () -> assertThrows(EJBAccessException.class, () -> handling.approveReply(id, drafted.version())));
        MatterDetail returned = as(c.leaderA(), PASSWORD, () -> handling.returnReply(id, "请补充政策依据。", drafted.version()));
        MatterDetail redrafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.SUPPORTED,
                "经核实，依据《征收补偿办法》第十条，诉求合理，予以支持。", returned.version()));
        MatterDetail replied = as(c.leaderA(), PASSWORD, () -> handling.approveReply(id, redrafted.version()));
        assertEquals(MatterState.REPLIED, replied.summary().state());
        assertEquals(c.leaderA(), replied.handling().replyApprovedBy());

        // 交办: the bureau cannot close before the unit reports back
        assertEquals("error.matter.reportRequired", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.close(id, replied.version()))).key());
        MatterDetail reported = as(c.clerkA(), PASSWORD, () -> handling.reportBack(id, "已答复信访人，补偿款已发放。", replied.version()));
        MatterDetail closed = as(c.officer(), PASSWORD, () -> handling.close(id, reported.version()));
        assertEquals(MatterState.CLOSED, closed.summary().state());
        List<String> steps = closed.timeline().stream().map(t -> t.type().name()).toList();
        assertEquals(List.of("REGISTERED", "ACCEPT", "ROUTE", "OBJECT", "ROUTE", "NOTE", "EXTEND", "HEARING", "DRAFT_REPLY",
                "RETURN_REPLY", "DRAFT_REPLY", "APPROVE_REPLY", "REPORT_BACK", "CLOSE"), steps);
    }

    @Test
    void forwardedMatterClosesWithTheReplyAndAccusationsNeverGoToTheAccused() throws Exception {
        MatterDetail m = registered(MatterKind.GRIEVANCE, null);
        long id = m.summary().id();
        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        MatterDetail routed = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.FORWARD, c.deptAId(), List.of(), accepted.version()));
        MatterDetail drafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.EXPLAINED, "已作解释说明。", routed.version()));
        MatterDetail replied = as(c.leaderA(), PASSWORD, () -> handling.approveReply(id, drafted.version()));
        assertFalse(replied.handling().allowed().contains(MatterAction.REPORT_BACK));
        assertEquals("error.matter.reportOnlyAssigned", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD, () ->
                handling.reportBack(id, "x", replied.version()))).key());
        assertEquals(MatterState.CLOSED, as(c.officer(), PASSWORD, () -> handling.close(id, replied.version())).summary().state());

        MatterDetail accusation = registered(MatterKind.ACCUSATION, c.deptAId());
        long aid = accusation.summary().id();
        MatterDetail acc = as(c.officer(), PASSWORD, () -> handling.decide(aid, Decision.ACCEPT, null, accusation.version()));
        assertEquals("error.matter.routeToAccused", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.route(aid, RoutingMode.ASSIGN, c.deptAId(), List.of(), acc.version()))).key());
        assertEquals("error.matter.routeToAccused", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.route(aid, RoutingMode.ASSIGN, c.deptBId(), List.of(c.deptAId()), acc.version()))).key());
        as(c.officer(), PASSWORD, () -> handling.route(aid, RoutingMode.ASSIGN, c.deptBId(), List.of(), acc.version()));
        as(c.clerkA(), PASSWORD, () -> assertThrows(NotPermittedException.class, () -> petitions.get(aid)));
        as(c.clerkB(), PASSWORD, () -> assertEquals(1, handling.inboxCount()));
    }

    @Test
    void noticesAndTheWholeFileFollowTheStepsAndKeepMasking() throws Exception {
        MatterDetail m = registered(MatterKind.GRIEVANCE, null);
        long id = m.summary().id();
        String fullId = as(c.officer(), PASSWORD, () -> petitions.get(id)).petitioner().idNumber();
        assertEquals(java.util.Set.of(cn.xinfang.petition.casehandling.entity.DocumentKind.REGISTRATION_FORM,
                cn.xinfang.petition.casehandling.entity.DocumentKind.TIMELINE), as(c.officer(), PASSWORD, () -> documents.available(id)));
        assertEquals("error.document.notAvailable", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.OPINION))).key());

        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        MatterDetail routed = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, c.deptAId(), List.of(), accepted.version()));
        MatterDetail extended = as(c.leaderA(), PASSWORD, () -> handling.extend(id, 20, "需要补充调查", routed.version()));
        MatterDetail drafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.SUPPORTED,
                "经调查核实，你反映的拖欠工资问题属实，已责令用人单位于十五日内足额支付。", extended.version()));
        as(c.leaderA(), PASSWORD, () -> handling.approveReply(id, drafted.version()));

        String acceptance = text(as(c.officer(), PASSWORD, () -> documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.ACCEPTANCE_NOTICE)));
        assertTrue(acceptance.contains("受理告知书") && acceptance.contains(m.summary().number()), acceptance);
        String extension = text(as(c.clerkA(), PASSWORD, () -> documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.EXTENSION_NOTICE)));
        assertTrue(extension.contains("延期告知书") && extension.contains("延长20日"), extension);
        String opinion = text(as(c.clerkA(), PASSWORD, () -> documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.OPINION)));
        assertTrue(opinion.contains("信访处理意见书") && opinion.contains("支持") && opinion.contains("复查"), opinion);

        // the unit sees the ID number masked, in the PDF as on the page; the bureau sees it whole
        String formForUnit = text(as(c.clerkA(), PASSWORD, () -> documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.REGISTRATION_FORM)));
        assertFalse(formForUnit.contains(fullId), formForUnit);
        String formForBureau = text(as(c.officer(), PASSWORD, () -> documents.pdf(id, cn.xinfang.petition.casehandling.entity.DocumentKind.REGISTRATION_FORM)));
        assertTrue(formForBureau.contains(fullId), formForBureau);

        byte[] file = as(c.officer(), PASSWORD, () -> documents.wholeFile(id));
        assertTrue(pages(file) >= 5, "registration form, acceptance, extension, opinion, timeline: " + pages(file));
        // another unit gets nothing
        as(c.clerkB(), PASSWORD, () -> assertThrows(NotPermittedException.class, () -> documents.wholeFile(id)));
    }
}
