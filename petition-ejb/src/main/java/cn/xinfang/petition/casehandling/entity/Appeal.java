package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
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
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A review (复查) or re-review (复核) of a matter's reply: asked by the petitioner within 30 days,
 * decided by the authority one level up within 30 days (hearing days excluded). When that
 * authority is this deployment's own level the decision is made here; otherwise it is recorded
 * here as received from above.
 */
@Entity
@Table(name = "appeal")
@Audited
@AuditedAs(value = "MATTER", partOf = "matter")
@NamedQuery(name = Appeal.OF_MATTER, query = "SELECT a FROM Appeal a WHERE a.matter = :matter ORDER BY a.stage")
@NamedQuery(name = Appeal.OPEN_OF_MATTERS, query = "SELECT a FROM Appeal a WHERE a.matter IN :matters AND a.outcome IS NULL"
        + " ORDER BY a.stage")
public class Appeal implements Auditable {

    public static final String OF_MATTER = "Appeal.ofMatter";
    /** The undecided appeals of a page of matters. */
    public static final String OPEN_OF_MATTERS = "Appeal.openOfMatters";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level", nullable = false, length = 10)
    private AuthorityLevel authorityLevel;

    @Column(name = "authority_name", nullable = false, length = 100)
    private String authorityName;

    @Column(name = "decided_here", nullable = false)
    private boolean decidedHere;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private AppealOutcome outcome;

    @Column(name = "opinion", length = 5000)
    private String opinion;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Appeal() {
    }

    @Override
    public String auditLabel() {
        return stage == null ? null : stage.name();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requestedOn", requestedOn == null ? null : requestedOn.toString());
        m.put("requestReason", requestReason);
        m.put("authorityLevel", authorityLevel == null ? null : authorityLevel.name());
        m.put("authorityName", authorityName);
        m.put("decidedHere", String.valueOf(decidedHere));
        m.put("dueOn", dueOn == null ? null : dueOn.toString());
        m.put("outcome", outcome == null ? null : outcome.name());
        m.put("documentNumber", documentNumber);
        m.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        m.put("decidedBy", decidedBy);
        m.put("recordedBy", recordedBy);
        return m;
    }

    public Appeal(Matter matter, AppealStage stage, LocalDate requestedOn, String reason, AuthorityLevel level,
                  String authorityName, boolean decidedHere, LocalDate dueOn, String recordedBy) {
        this.matter = Objects.requireNonNull(matter);
        this.stage = Objects.requireNonNull(stage);
        this.requestedOn = Objects.requireNonNull(requestedOn);
        this.requestReason = Matter.required(reason, "reason", 2000);
        this.authorityLevel = Objects.requireNonNull(level);
        this.authorityName = Matter.required(authorityName, "authorityName", 100);
        this.decidedHere = decidedHere;
        this.dueOn = Objects.requireNonNull(dueOn);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    /**
     * The decision: made here (today, by the caller) or recorded as received from above (its date
     * and document number as written on it).
     */
    public void decide(AppealOutcome outcome, String opinion, String documentNumber, LocalDate decidedOn,
                       LocalDate today, String by) {
        if (this.outcome != null) {
            throw new BusinessException("error.appeal.decided");
        }
        if (outcome == null) {
            throw BusinessException.onField("outcome", "error.required");
        }
        String text = Matter.required(opinion, "opinion", 5000);
        LocalDate on = decidedHere ? today : decidedOn;
        if (on == null) {
            throw BusinessException.onField("decidedOn", "error.required");
        }
        if (on.isAfter(today) || on.isBefore(requestedOn)) {
            throw BusinessException.onField("decidedOn", "error.appeal.decidedOn", requestedOn.toString());
        }
        if (!decidedHere && (documentNumber == null || documentNumber.isBlank())) {
            throw BusinessException.onField("documentNumber", "error.required");
        }
        if (documentNumber != null && documentNumber.strip().length() > 60) {
            throw BusinessException.onField("documentNumber", "error.tooLong");
        }
        this.outcome = outcome;
        this.opinion = text;
        this.documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
        this.decidedOn = on;
        this.decidedBy = by;
    }

    /** A hearing moved the decision date. */
    public void moveDue(LocalDate dueOn) {
        this.dueOn = Objects.requireNonNull(dueOn);
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

    public AuthorityLevel getAuthorityLevel() {
        return authorityLevel;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public boolean isDecidedHere() {
        return decidedHere;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
