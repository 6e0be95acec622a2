package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.control.Notices;
import cn.xinfang.petition.casehandling.control.OfficialDocument;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import cn.xinfang.petition.casehandling.entity.Matter;
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

    /** 一案一卷: every available document of the matter in one PDF, registration form first, timeline last. */
    public byte[] wholeFile(long id) {
        MatterDetail d = detail(id);
        Set<DocumentKind> kinds = notices.available(d);
        List<OfficialDocument> docs = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (kinds.contains(k)) {
                docs.add(notices.document(d, k));
            }
        }
        return write(() -> pdf.writeAll("信访事项 " + d.summary().number() + " 案卷", docs));
    }

    private byte[] write(java.util.function.Supplier<byte[]> writer) {
        try {
            return writer.get();
        } catch (PdfWriter.MissingCharacterException e) {
            throw new BusinessException("error.document.character", e.character(), e.where());
        }
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
