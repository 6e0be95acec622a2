package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import cn.xinfang.petition.shared.boundary.BusinessException;

/**
 * One file of a matter (a scanned letter, evidence, an undertaking): its description only. The
 * bytes are in {@link AttachmentContent}, read only when someone downloads the file or the whole
 * file of the matter is assembled. Never changed or deleted once stored; a case officer may only
 * withdraw it, with a reason, which leaves it out of the whole file.
 */
@Entity
@Table(name = "attachment")
@Audited
@AuditedAs(value = "MATTER", partOf = "matter")
@NamedQuery(name = Attachment.OF_MATTER, query = "SELECT a FROM Attachment a WHERE a.matter = :matter ORDER BY a.uploadedAt, a.id")
@NamedQuery(name = Attachment.COUNT_OF_MATTER, query = "SELECT COUNT(a) FROM Attachment a WHERE a.matter = :matter")
public class Attachment implements Auditable {

    public static final String OF_MATTER = "Attachment.ofMatter";
    public static final String COUNT_OF_MATTER = "Attachment.countOfMatter";
    public static final int MAX_FILE_NAME = 120;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME, updatable = false)
    private String fileName;

    /** Decided from the bytes when the file was stored, never taken from the client. */
    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 32, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** Set once when a case officer withdraws the file: kept, but no longer part of the whole file. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 32)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = MAX_REASON)
    private String withdrawalReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Attachment() {
    }

    public Attachment(Matter matter, AttachmentKind kind, String fileName, String contentType, long sizeBytes,
                      String sha256, String uploadedBy, Instant uploadedAt) {
        this.matter = Objects.requireNonNull(matter);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = Objects.requireNonNull(fileName);
        if (fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
            throw new IllegalArgumentException("file name must be sanitized first");
        }
        this.contentType = Objects.requireNonNull(contentType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    @Override
    public String auditLabel() {
        return fileName;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matter", matter == null ? null : matter.getNumber());
        m.put("kind", kind == null ? null : kind.name());
        m.put("fileName", fileName);
        m.put("contentType", contentType);
        m.put("sizeBytes", String.valueOf(sizeBytes));
        m.put("sha256", sha256);
        m.put("uploadedBy", uploadedBy);
        m.put("uploadedAt", Auditable.time(uploadedAt));
        m.put("withdrawnAt", Auditable.time(withdrawnAt));
        m.put("withdrawnBy", withdrawnBy);
        m.put("withdrawalReason", withdrawalReason);
        return m;
    }

    /**
     * Withdraws the file with a reason: it stays stored and listed (marked withdrawn) but is left
     * out of the whole file. Once only.
     */
    public void withdraw(String reason, String by, Instant at) {
        if (isWithdrawn()) {
            throw new BusinessException("error.attachment.withdrawn");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw BusinessException.onField("reason", "error.required");
        }
        if (r.length() > MAX_REASON) {
            throw BusinessException.onField("reason", "error.tooLong");
        }
        this.withdrawalReason = r;
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnAt = Objects.requireNonNull(at);
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public long getVersion() {
        return version;
    }
}
