package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.AttachmentPages;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.control.Notices;
import cn.xinfang.petition.casehandling.control.OfficialDocument;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import cn.xinfang.petition.casehandling.entity.Attachment;
import cn.xinfang.petition.casehandling.entity.AttachmentContent;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The written documents of a matter as PDFs: the notices issued to the petitioner, the handling
 * opinion, and the whole file (一案一卷) for the archive. Same scoping and masking as the pages.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    MatterViews views;

    @Inject
    Notices notices;

    @Inject
    PdfWriter pdf;

    @Inject
    AttachmentPages attachmentPages;

    public Set<DocumentKind> available(long id) {
        return notices.available(detail(id));
    }

    public byte[] pdf(long id, DocumentKind kind) {
        MatterDetail d = detail(id);
        if (kind == null || !notices.available(d).contains(kind)) {
            throw new BusinessException("error.document.notAvailable");
        }
        return write(() -> pdf.write(notices.document(d, kind)));
    }

    /**
     * 一案一卷: every available document of the matter in one PDF, registration form first, timeline
     * last, then the attachments in the order they were added.
     */
    public byte[] wholeFile(long id) {
        MatterDetail d = detail(id);
        Set<DocumentKind> kinds = notices.available(d);
        List<OfficialDocument> docs = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (kinds.contains(k)) {
                docs.add(notices.document(d, k));
            }
        }
        byte[] file = write(() -> pdf.writeAll("信访事项 " + d.summary().number() + " 案卷", docs));
        return attachmentPages.append(file, attachments(id));
    }

    /**
     * The matter's attachments in upload order, withdrawn ones left out; each one's bytes are read
     * only when its pages are made.
     */
    private List<AttachmentPages.Item> attachments(long id) {
        List<Attachment> all = em.createNamedQuery(Attachment.OF_MATTER, Attachment.class)
                .setParameter("matter", em.getReference(Matter.class, id)).getResultStream()
                .filter(a -> !a.isWithdrawn()).toList();
        List<AttachmentPages.Item> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Attachment a = all.get(i);
            items.add(new AttachmentPages.Item(i + 1, a.getFileName(), a.getKind(), a.getContentType(), a.getSizeBytes(),
                    a.getSha256(), a.getUploadedBy(), a.getUploadedAt(), () -> {
                        AttachmentContent c = em.find(AttachmentContent.class, a.getId());
                        byte[] data = c.getData();
                        em.detach(c);
                        return data;
                    }));
        }
        return items;
    }

    private static byte[] write(Supplier<byte[]> writer) {
        return PdfWriter.orRefuse(writer);
    }

    private MatterDetail detail(long id) {
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        AppUser me = access.caller();
        access.require(me, m);
        return views.detail(m, me);
    }
}
