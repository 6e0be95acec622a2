package cn.xinfang.petition.appraisal.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item's points for one unit: the score (after any accepted objection) and the score as
 * computed, the rate's numerator and denominator or the count of events, a note code, and the
 * evidence (which records, how many) behind it.
 */
@Entity
@Table(name = "appraisal_line")
public class AppraisalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false, updatable = false)
    private AppraisalResult result;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;
    @Column(name = "item_code", nullable = false, length = 20, updatable = false)
    private String itemCode;
    @Column(name = "item_title", nullable = false, length = 200, updatable = false)
    private String itemTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private ItemKind kind;
    @Column(name = "max_points", nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal maxPoints;
    @Column(name = "score", nullable = false, precision = 9, scale = 2)
    private BigDecimal score;
    @Column(name = "computed", nullable = false, precision = 9, scale = 2, updatable = false)
    private BigDecimal computed;
    @Column(name = "numerator", precision = 14, scale = 3, updatable = false)
    private BigDecimal numerator;
    @Column(name = "denominator", precision = 14, scale = 3, updatable = false)
    private BigDecimal denominator;
    @Column(name = "rate_pct", precision = 7, scale = 2, updatable = false)
    private BigDecimal ratePct;
    @Column(name = "events", updatable = false)
    private Long events;
    @Column(name = "note", length = 24, updatable = false)
    private String note;
    @Column(name = "evidence", length = 1000, updatable = false)
    private String evidence;

    protected AppraisalLine() {
    }

    public AppraisalLine(AppraisalResult result, int position, String itemCode, String itemTitle, ItemKind kind, BigDecimal maxPoints,
                         BigDecimal score, BigDecimal numerator, BigDecimal denominator, BigDecimal ratePct, Long events, String note,
                         List<Evidence> evidence) {
        this.result = result;
        this.position = position;
        this.itemCode = itemCode;
        this.itemTitle = itemTitle;
        this.kind = kind;
        this.maxPoints = maxPoints;
        this.score = score;
        this.computed = score;
        this.numerator = numerator;
        this.denominator = denominator;
        this.ratePct = ratePct;
        this.events = events;
        this.note = note;
        this.evidence = Evidence.encode(evidence);
    }

    /** An accepted objection sets the item's score (the computed one stays beside it). */
    public void adjust(BigDecimal newScore) {
        this.score = newScore;
    }

    public int getPosition() {
        return position;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public ItemKind getKind() {
        return kind;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getComputed() {
        return computed;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public BigDecimal getRatePct() {
        return ratePct;
    }

    public Long getEvents() {
        return events;
    }

    public String getNote() {
        return note;
    }

    public List<Evidence> evidence() {
        return Evidence.decode(evidence);
    }
}
