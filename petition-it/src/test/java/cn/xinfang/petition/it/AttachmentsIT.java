package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.AttachmentFile;
import cn.xinfang.petition.casehandling.boundary.AttachmentView;
import cn.xinfang.petition.casehandling.boundary.Attachments;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanned letters and evidence attached to matters: types, limits, who may add and see them, the whole file. */
class AttachmentsIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Attachments attachments;

    @Inject
    Documents documents;

    MatterDetail registered(MatterKind kind, Long accusedUnit) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "林某", PetitionsIT.idNumber(),
                "13700000000", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题，附来信扫描件。", kind,
                kind == MatterKind.ACCUSATION ? "0401" : "0701", MatterPurpose.DEMAND,
                kind == MatterKind.ACCUSATION ? "某科长" : null, accusedUnit, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    /** Accepted and 交办 to the given main unit. */
    MatterDetail routed(MatterDetail m, long mainUnit) throws Exception {
        long id = m.summary().id();
        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        return as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.ASSIGN, mainUnit, List.of(), accepted.version()));
    }

    BusinessException refused(String user, Identities.ThrowingRunnable call) {
        return assertThrows(BusinessException.class, () -> as(user, PASSWORD, call));
    }

    @Test
    void aPdfAndAPngAreStoredListedAndReadBackAndLeaveATimelineEntry() throws Exception {
        MatterDetail m = registered(MatterKind.GRIEVANCE, null);
        long id = m.summary().id();
        byte[] letter = Samples.pdf("LETTER", 2);
        byte[] photo = Samples.png(400, 300);

        AttachmentView a = as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.LETTER, "C:\\扫描\\来信.pdf", letter));
        assertEquals("来信.pdf", a.fileName(), "the client's path is dropped");
        assertEquals("application/pdf", a.contentType());
        assertEquals(letter.length, a.sizeBytes());
        assertEquals(c.registrar(), a.uploadedBy());
        // the client's name says PDF, the bytes say PNG: the bytes win, and the name says so too
        AttachmentView b = as(c.officer(), PASSWORD, () -> attachments.add(id, AttachmentKind.EVIDENCE, "现场照片.pdf", photo));
        assertEquals("image/png", b.contentType());
        assertEquals("现场照片.pdf.png", b.fileName());

        List<AttachmentView> list = as(c.officer(), PASSWORD, () -> attachments.list(id));
        assertEquals(List.of(a.id(), b.id()), list.stream().map(AttachmentView::id).toList());
        AttachmentFile back = as(c.registrar(), PASSWORD, () -> attachments.content(id, a.id()));
        assertArrayEquals(letter, back.data());
        assertEquals("application/pdf", back.contentType());
        assertEquals(64, a.sha256().length());

        MatterDetail after = as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertEquals(MatterState.REGISTERED, after.summary().state(), "an attachment is no step of the lifecycle");
        assertEquals(m.version(), after.version(), "nor a change of the matter: open pages stay current");
        List<String> details = after.timeline().stream().filter(t -> t.type() == MatterEvent.Type.ATTACHMENT)
                .map(t -> t.params().document()).toList();
        assertEquals(List.of("来信.pdf", "现场照片.pdf.png"), details);
        // audited like the matter; the bytes are in a table of their own
        assertEquals(1, fixtures.nativeCount("SELECT COUNT(*) FROM attachment_aud WHERE id = " + a.id()));
        assertEquals(2, fixtures.nativeCount("SELECT COUNT(*) FROM attachment_content c JOIN attachment a ON a.id = c.attachment_id WHERE a.matter_id = " + id));
    }

    @Test
    void impostorsEmptyAndOversizedFilesAreRefused() throws Exception {
        long id = registered(MatterKind.GRIEVANCE, null).summary().id();
        BusinessException exe = refused(c.registrar(), () -> attachments.add(id, AttachmentKind.LETTER, "scan.pdf", Samples.exe()));
        assertEquals("error.attachment.type", exe.key());
        assertEquals("file", exe.field());
        assertEquals("error.attachment.type", refused(c.registrar(), () ->
                attachments.add(id, AttachmentKind.LETTER, "photo.png", Samples.html())).key());
        assertEquals("error.attachment.empty", refused(c.registrar(), () ->
                attachments.add(id, AttachmentKind.LETTER, "empty.pdf", new byte[0])).key());
        assertEquals("error.attachment.empty", refused(c.registrar(), () ->
                attachments.add(id, AttachmentKind.LETTER, "none.pdf", null)).key());
        assertEquals("kind", refused(c.registrar(), () ->
                attachments.add(id, null, "a.pdf", Samples.pdf("X", 1))).field());

        long max = as(c.registrar(), PASSWORD, () -> attachments.maxBytes());
        assertEquals(10L * 1024 * 1024, max, "10 MB unless PETITION_ATTACHMENT_MAX_MB says otherwise");
        byte[] big = Arrays.copyOf(Samples.brokenPdf(), (int) max + 1);
        BusinessException tooLarge = refused(c.registrar(), () -> attachments.add(id, AttachmentKind.LETTER, "big.pdf", big));
        assertEquals("error.attachment.tooLarge", tooLarge.key());
        assertEquals(10, tooLarge.args()[0]);
        byte[] justRight = Arrays.copyOf(Samples.brokenPdf(), (int) max);
        assertEquals(max, as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.OTHER, "limit.pdf", justRight)).sizeBytes());

        assertEquals(1, as(c.registrar(), PASSWORD, () -> attachments.list(id)).size(), "nothing of the refused files was kept");
        assertEquals(1, fixtures.nativeCount("SELECT COUNT(*) FROM attachment WHERE matter_id = " + id));
    }

    @Test
    void atMostTwentyFilesAMatter() throws Exception {
        long id = registered(MatterKind.GRIEVANCE, null).summary().id();
        byte[] png = Samples.png(20, 20);
        for (int i = 1; i <= 20; i++) {
            String name = "p" + i + ".png";
            as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.EVIDENCE, name, png));
        }
        BusinessException e = refused(c.registrar(), () -> attachments.add(id, AttachmentKind.EVIDENCE, "p21.png", png));
        assertEquals("error.attachment.tooMany", e.key());
        assertEquals(20, e.args()[0]);
    }

    @Test
    void unitsSeeAndAddOnlyWhatIsTheirsAndTheAccusedUnitNothing() throws Exception {
        // a grievance from the township's village, routed to department A
        MatterDetail m = routed(registered(MatterKind.GRIEVANCE, null), c.deptAId());
        long id = m.summary().id();
        AttachmentView a = as(c.clerkA(), PASSWORD, () -> attachments.add(id, AttachmentKind.EVIDENCE, "调查笔录.pdf", Samples.pdf("NOTES", 1)));
        assertEquals(c.clerkA(), a.uploadedBy());
        as(c.leaderA(), PASSWORD, () -> assertTrue(attachments.mayAdd(id)));
        // another department: nothing at all
        as(c.clerkB(), PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> attachments.list(id));
            assertThrows(NotPermittedException.class, () -> attachments.content(id, a.id()));
            assertThrows(NotPermittedException.class, () -> attachments.add(id, AttachmentKind.OTHER, "x.pdf", Samples.pdf("X", 1)));
        });
        // the township sees the matter of its village, but only the main unit adds files
        as(c.townClerk(), PASSWORD, () -> {
            assertEquals(1, attachments.list(id).size());
            assertTrue(!attachments.mayAdd(id));
            assertThrows(NotPermittedException.class, () -> attachments.add(id, AttachmentKind.OTHER, "x.pdf", Samples.pdf("X", 1)));
        });
        // an administrator holds no business role at all
        as(c.admin(), PASSWORD, () -> assertThrows(EJBAccessException.class, () -> attachments.list(id)));
        // an attachment asked for under another matter is unknown there
        long other = registered(MatterKind.GRIEVANCE, null).summary().id();
        as(c.officer(), PASSWORD, () -> assertThrows(NotFoundException.class, () -> attachments.content(other, a.id())));
        as(c.officer(), PASSWORD, () -> assertThrows(NotFoundException.class, () -> attachments.list(999_999_999L)));

        // an accusation against department A, handled by department B
        MatterDetail acc = routed(registered(MatterKind.ACCUSATION, c.deptAId()), c.deptBId());
        long aid = acc.summary().id();
        AttachmentView letter = as(c.registrar(), PASSWORD, () -> attachments.add(aid, AttachmentKind.LETTER, "检举信.pdf", Samples.pdf("ACCUSATION", 1)));
        as(c.clerkB(), PASSWORD, () -> attachments.add(aid, AttachmentKind.EVIDENCE, "核查材料.png", Samples.png(50, 50)));
        assertEquals(2, as(c.clerkB(), PASSWORD, () -> attachments.list(aid)).size());
        for (String accused : List.of(c.clerkA(), c.leaderA())) {
            as(accused, PASSWORD, () -> {
                assertThrows(NotPermittedException.class, () -> attachments.list(aid));
                assertThrows(NotPermittedException.class, () -> attachments.content(aid, letter.id()));
                assertThrows(NotPermittedException.class, () -> attachments.add(aid, AttachmentKind.OTHER, "x.pdf", Samples.pdf("X", 1)));
                assertThrows(NotPermittedException.class, () -> documents.wholeFile(aid));
            });
        }
    }

    @Test
    void theUnitStopsAddingWhenTheMatterIsFinishedTheBureauNever() throws Exception {
        MatterDetail m = routed(registered(MatterKind.GRIEVANCE, null), c.deptAId());
        long id = m.summary().id();
        MatterDetail drafted = as(c.clerkA(), PASSWORD, () -> handling.draftReply(id, ReplyOutcome.EXPLAINED, "已解释说明。", m.version()));
        MatterDetail replied = as(c.leaderA(), PASSWORD, () -> handling.approveReply(id, drafted.version()));
        // after the reply, the signed undertaking can still come in from the unit
        as(c.clerkA(), PASSWORD, () -> attachments.add(id, AttachmentKind.UNDERTAKING, "息诉罢访承诺书.jpg.png", Samples.png(60, 80)));
        MatterDetail reported = as(c.clerkA(), PASSWORD, () -> handling.reportBack(id, "已答复。", replied.version()));
        as(c.officer(), PASSWORD, () -> handling.close(id, reported.version()));
        as(c.clerkA(), PASSWORD, () -> {
            assertTrue(!attachments.mayAdd(id));
            assertThrows(NotPermittedException.class, () -> attachments.add(id, AttachmentKind.OTHER, "late.pdf", Samples.pdf("LATE", 1)));
            assertEquals(1, attachments.list(id).size(), "but still sees what there is");
        });
        AttachmentView late = as(c.officer(), PASSWORD, () -> attachments.add(id, AttachmentKind.OTHER, "归档补充.pdf", Samples.pdf("LATE", 1)));
        assertEquals("归档补充.pdf", late.fileName());
    }

    @Test
    void theWholeFileCarriesTheAttachmentsAfterTheDocuments() throws Exception {
        long id = registered(MatterKind.GRIEVANCE, null).summary().id();
        byte[] before = as(c.officer(), PASSWORD, () -> documents.wholeFile(id));
        int documentPages = HandlingIT.pages(before);

        as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.LETTER, "来信.pdf", Samples.pdf("ATTACHED-PAGE", 3)));
        as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.EVIDENCE, "照片.png", Samples.png(640, 480)));
        as(c.registrar(), PASSWORD, () -> attachments.add(id, AttachmentKind.OTHER, "损坏.pdf", Samples.brokenPdf()));

        byte[] file = as(c.officer(), PASSWORD, () -> documents.wholeFile(id));
        // documents, then a cover and 3 pages, the photo's page, the page about the damaged file
        assertEquals(documentPages + 4 + 1 + 1, HandlingIT.pages(file));
        String text = HandlingIT.text(file);
        assertTrue(text.contains("信访事项登记表") && text.contains("办理过程记录"), text);
        assertTrue(text.replaceAll("\\s", "").contains("上传附件：来信.pdf"), "the timeline lists the uploads: " + text);
        assertTrue(text.indexOf("ATTACHED-PAGE-1") > text.indexOf("办理过程记录"), "attachments come after the documents");
        assertTrue(text.contains("ATTACHED-PAGE-3"), text);
        assertTrue(text.contains("附件 2：照片.png"), text);
        assertTrue(text.contains("损坏.pdf") && text.contains("无法并入案卷"), text);
    }
}
