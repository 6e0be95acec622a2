package cn.xinfang.petition.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the appraiser entered for one unit and one item of a scheme: an inspection score with its
 * comment and evidence (台账, minutes …), or a number of events (a mass incident, a practice
 * adopted above) with the evidence naming them. Read by every run of the scheme.
 */
@Entity
@Table(name = "appraisal_entry")
public class AppraisalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private long schemeId;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "item_code", nullable = false, length = 20, updatable = false)
    private String itemCode;
    @Column(name = "score", precision = 8, scale = 2)
    private BigDecimal score;
    @Column(name = "events")
    private Long events;
    @Column(name = "entry_comment", length = 1000)
    private String comment;
    @Column(name = "evidence", length = 500)
    private String evidence;
    @Column(name = "entered_by", nullable = false, length = 32)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppraisalEntry() {
    }

    public AppraisalEntry(long schemeId, long unitId, String itemCode) {
        this.schemeId = schemeId;
        this.unitId = unitId;
        this.itemCode = itemCode;
    }

    public void set(BigDecimal score, Long events, String comment, String evidence, String by, Instant at) {
        this.score = score;
        this.events = events;
        this.comment = blank(comment);
        this.evidence = blank(evidence);
        this.enteredBy = by;
        this.enteredAt = at;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getUnitId() {
        return unitId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Long getEvents() {
        return events;
    }

    public String getComment() {
        return comment;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
