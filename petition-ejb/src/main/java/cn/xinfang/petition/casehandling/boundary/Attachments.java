package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.AttachmentFiles;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.PdfCheck;
import cn.xinfang.petition.shared.entity.TextRules;
import cn.xinfang.petition.casehandling.entity.Attachment;
import cn.xinfang.petition.casehandling.entity.AttachmentContent;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Files attached to a matter: scanned letters, evidence, undertakings. Scoped exactly like the
 * matter ({@link MatterAccess}): whoever may not see the matter (the accused unit of an
 * accusation, another unit) gets neither the list nor a file. Files are added, never changed or
 * removed (an officer may withdraw one, with a reason). The type is decided from the bytes; the client's name is only kept, cleaned.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
public class Attachments {

    /** At most this many files a matter. */
    public static final int MAX_PER_MATTER = AttachmentFiles.MAX_PER_MATTER;

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    AttachmentFiles files;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public AttachmentView add(long matterId, AttachmentKind kind, String fileName, byte[] data) {
        AppUser me = access.caller();
        Matter m = matter(matterId, me);
        if (!access.mayAttach(me, m)) {
            throw new NotPermittedException();
        }
        if (kind == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        if (data == null || data.length == 0) {
            throw BusinessException.onField("file", "error.attachment.empty");
        }
        if (data.length > files.maxBytes()) {
            throw BusinessException.onField("file", "error.attachment.tooLarge", files.maxMegabytes());
        }
        AttachmentFiles.FileType type = AttachmentFiles.sniff(data)
                .orElseThrow(() -> BusinessException.onField("file", "error.attachment.type"));
        // one upload at a time per matter, so that two at once cannot pass the count together
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        long count = em.createNamedQuery(Attachment.COUNT_OF_MATTER, Long.class).setParameter("matter", m).getSingleResult();
        if (count >= AttachmentFiles.MAX_PER_MATTER) {
            throw new BusinessException("error.attachment.tooMany", AttachmentFiles.MAX_PER_MATTER);
        }
        if (type == AttachmentFiles.FileType.PDF && PdfCheck.check(data) == PdfCheck.Verdict.HARMFUL) {
            // it would break the whole file later (a page tree that loops, say): refused now
            throw BusinessException.onField("file", "error.attachment.unreadable");
        }
        String name = AttachmentFiles.sanitizeName(fileName, type);
        Attachment a = new Attachment(m, kind, name, type.contentType(), data.length, AttachmentFiles.sha256(data),
                me.getUsername(), clock.instant());
        em.persist(a);
        em.persist(new AttachmentContent(a, data));
        em.persist(m.attachmentAdded(name, me.getUsername(), clock.instant()));
        em.flush();
        return view(a);
    }

    /**
     * A case officer withdraws a file (uploaded to the wrong matter, or unreadable): it stays
     * stored, listed and downloadable, marked withdrawn with the reason, and is left out of the
     * whole file. The change is audited (Envers) and logged.
     */
    @RolesAllowed(Roles.OFFICER)
    public AttachmentView withdraw(long matterId, long attachmentId, String reason) {
        AppUser me = access.caller();
        Matter m = matter(matterId, me);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getMatter().getId().equals(m.getId())) {
            throw new NotFoundException();
        }
        a.withdraw(TextRules.checked("reason", reason), me.getUsername(), clock.instant());
        em.flush();
        LOG.info(() -> "attachment " + a.getId() + " of matter " + m.getNumber() + " withdrawn by " + me.getUsername());
        return view(a);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<AttachmentView> list(long matterId) {
        Matter m = matter(matterId, access.caller());
        return em.createNamedQuery(Attachment.OF_MATTER, Attachment.class).setParameter("matter", m)
                .getResultStream().map(Attachments::view).toList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public AttachmentFile content(long matterId, long attachmentId) {
        Matter m = matter(matterId, access.caller());
        Attachment a = em.find(Attachment.class, attachmentId);
        // an attachment asked for under another matter is as unknown as a missing one
        if (a == null || !a.getMatter().getId().equals(m.getId())) {
            throw new NotFoundException();
        }
        AttachmentContent c = em.find(AttachmentContent.class, a.getId());
        if (c == null) {
            throw new NotFoundException();
        }
        return new AttachmentFile(a.getFileName(), a.getContentType(), c.getData());
    }

    /** Whether the caller may attach files to this matter now (for showing the upload form). */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public boolean mayAdd(long matterId) {
        AppUser me = access.caller();
        return access.mayAttach(me, matter(matterId, me));
    }

    /** The largest file accepted, in bytes (PETITION_ATTACHMENT_MAX_MB). */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public long maxBytes() {
        return files.maxBytes();
    }

    private Matter matter(long id, AppUser me) {
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        access.require(me, m);
        return m;
    }

    static AttachmentView view(Attachment a) {
        return new AttachmentView(a.getId(), a.getMatter().getId(), a.getKind(), a.getFileName(), a.getContentType(),
                a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt(),
                a.getWithdrawnAt(), a.getWithdrawnBy(), a.getWithdrawalReason());
    }
}
