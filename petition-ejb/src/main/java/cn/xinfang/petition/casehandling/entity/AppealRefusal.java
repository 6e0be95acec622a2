package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A review (复查) or re-review (复核) request that was not accepted (不予受理): asked out of time,
 * on a matter that cannot be appealed, or otherwise inadmissible. The request leaves this record
 * (its date, the reason given, who decided, the number of the written notice) and the matter's
 * state does not change; the statistics count it among the requests of its request date.
 */
@Entity
@Table(name = "appeal_refusal")
@Audited
@AuditedAs(value = "MATTER", partOf = "matter")
@NamedQuery(name = AppealRefusal.OF_MATTER, query = "SELECT r FROM AppealRefusal r WHERE r.matter = :matter"
        + " ORDER BY r.requestedOn, r.id")
public class AppealRefusal implements Auditable {

    public static final String OF_MATTER = "AppealRefusal.ofMatter";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_refusal_seq")
    @SequenceGenerator(name = "appeal_refusal_seq", sequenceName = "appeal_refusal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 10, updatable = false)
    private AppealStage stage;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "request_reason", nullable = false, length = 2000)
    private String requestReason;

    @Column(name = "authority_name", nullable = false, length = 100)
    private String authorityName;

    @Column(name = "refused_on", nullable = false)
    private LocalDate refusedOn;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "notice_number", nullable = false, length = 60)
    private String noticeNumber;

    @Column(name = "refused_by", nullable = false, length = 32)
    private String refusedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppealRefusal() {
    }

    /** Checks the record: the request not after the refusal, the refusal not in the future. */
    public AppealRefusal(Matter matter, AppealStage stage, LocalDate requestedOn, String requestReason,
                         String authorityName, LocalDate refusedOn, String reason, String noticeNumber,
                         LocalDate today, String refusedBy) {
        if (stage == null) {
            throw BusinessException.onField("stage", "error.required");
        }
        if (requestedOn == null) {
            throw BusinessException.onField("requestedOn", "error.required");
        }
        if (requestedOn.isAfter(today)) {
            throw BusinessException.onField("requestedOn", "error.appeal.requestedInFuture");
        }
        LocalDate on = refusedOn == null ? today : refusedOn;
        if (on.isAfter(today) || on.isBefore(requestedOn)) {
            throw BusinessException.onField("refusedOn", "error.appealRefusal.date");
        }
        this.matter = Objects.requireNonNull(matter);
        this.stage = stage;
        this.requestedOn = requestedOn;
        this.requestReason = Matter.required(requestReason, "reason", 2000);
        this.authorityName = Matter.required(authorityName, "authorityName", 100);
        this.refusedOn = on;
        this.reason = Matter.required(reason, "refusalReason", 1000);
        this.noticeNumber = Matter.required(noticeNumber, "noticeNumber", 60);
        this.refusedBy = Objects.requireNonNull(refusedBy);
    }

    @Override
    public String auditLabel() {
        return stage == null ? null : "REFUSED_" + stage.name();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requestedOn", requestedOn == null ? null : requestedOn.toString());
        m.put("requestReason", requestReason);
        m.put("authorityName", authorityName);
        m.put("refusedOn", refusedOn == null ? null : refusedOn.toString());
        m.put("reason", reason);
        m.put("noticeNumber", noticeNumber);
        m.put("refusedBy", refusedBy);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public AppealStage getStage() {
        return stage;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getRequestReason() {
        return requestReason;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public LocalDate getRefusedOn() {
        return refusedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public long getVersion() {
        return version;
    }
}
