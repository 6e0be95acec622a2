package cn.xinfang.petition.appraisal.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's 申辩 against one item of a provisional result, with its reason and evidence; the
 * appraiser accepts it (the item's score becomes {@code scoreAfter}) or rejects it, always with a
 * reason. FILED → ACCEPTED | REJECTED, decided once.
 */
@Entity
@Table(name = "appraisal_objection")
public class AppraisalObjection {

    public enum Status { FILED, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;
    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "item_code", nullable = false, length = 20, updatable = false)
    private String itemCode;
    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;
    @Column(name = "evidence", length = 500, updatable = false)
    private String evidence;
    @Column(name = "filed_by", nullable = false, length = 32, updatable = false)
    private String filedBy;
    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.FILED;
    @Column(name = "score_before", nullable = false, precision = 9, scale = 2, updatable = false)
    private BigDecimal scoreBefore;
    @Column(name = "score_after", precision = 9, scale = 2)
    private BigDecimal scoreAfter;
    @Column(name = "decided_by", length = 32)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppraisalObjection() {
    }

    public AppraisalObjection(long runId, long unitId, String itemCode, BigDecimal scoreBefore, String reason, String evidence, String by,
                              Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw BusinessException.onField("reason", "appraisal.error.reason");
        }
        if (evidence != null && evidence.length() > 500) {
            throw BusinessException.onField("evidence", "appraisal.error.tooLong");
        }
        this.runId = runId;
        this.unitId = unitId;
        this.itemCode = itemCode;
        this.scoreBefore = scoreBefore;
        this.reason = reason.strip();
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.filedBy = by;
        this.filedAt = at;
    }

    /** Accepts with the item's new score, or rejects (newScore ignored); a reason either way. */
    public void decide(boolean accept, BigDecimal newScore, String why, String by, Instant at) {
        if (status != Status.FILED) {
            throw new BusinessException("appraisal.error.decided");
        }
        if (why == null || why.isBlank() || why.length() > 2000) {
            throw BusinessException.onField("decisionReason", "appraisal.error.reason");
        }
        if (accept && newScore == null) {
            throw BusinessException.onField("scoreAfter", "appraisal.error.scoreAfter");
        }
        status = accept ? Status.ACCEPTED : Status.REJECTED;
        scoreAfter = accept ? newScore.setScale(2, java.math.RoundingMode.HALF_UP) : null;
        decisionReason = why.strip();
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public long getUnitId() { return unitId; }
    public String getItemCode() { return itemCode; }
    public String getReason() { return reason; }
    public String getEvidence() { return evidence; }
    public String getFiledBy() { return filedBy; }
    public Instant getFiledAt() { return filedAt; }
    public Status getStatus() { return status; }
    public BigDecimal getScoreBefore() { return scoreBefore; }
    public BigDecimal getScoreAfter() { return scoreAfter; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public long getVersion() { return version; }
}
