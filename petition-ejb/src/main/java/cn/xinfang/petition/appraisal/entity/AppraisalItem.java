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

/** One item of one version of a scheme; never changed (a change is a new version). */
@Entity
@Table(name = "appraisal_item")
public class AppraisalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private SchemeVersion schemeVersion;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "code", nullable = false, length = 20, updatable = false)
    private String code;
    @Column(name = "title", nullable = false, length = 200, updatable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private ItemKind kind;
    @Column(name = "indicator", length = 200, updatable = false)
    private String indicator;
    @Enumerated(EnumType.STRING)
    @Column(name = "scoring", nullable = false, length = 24, updatable = false)
    private Scoring scoring;
    @Column(name = "points", nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal points;
    @Column(name = "floor_pct", precision = 7, scale = 3, updatable = false)
    private BigDecimal floorPct;
    @Column(name = "full_pct", precision = 7, scale = 3, updatable = false)
    private BigDecimal fullPct;
    @Column(name = "threshold_pct", precision = 7, scale = 3, updatable = false)
    private BigDecimal thresholdPct;
    @Column(name = "deduction", precision = 8, scale = 2, updatable = false)
    private BigDecimal deduction;
    @Column(name = "per_event", precision = 8, scale = 2, updatable = false)
    private BigDecimal perEvent;
    @Column(name = "cap", precision = 8, scale = 2, updatable = false)
    private BigDecimal cap;
    @Column(name = "steps", length = 200, updatable = false)
    private String steps;
    @Column(name = "min_sample", updatable = false)
    private Integer minSample;
    @Enumerated(EnumType.STRING)
    @Column(name = "sample_policy", length = 12, updatable = false)
    private SamplePolicy samplePolicy;
    @Column(name = "basic_weight", precision = 4, scale = 2, updatable = false)
    private BigDecimal basicWeight;
    @Enumerated(EnumType.STRING)
    @Column(name = "when_empty", nullable = false, length = 8, updatable = false)
    private EmptyPolicy whenEmpty;

    protected AppraisalItem() {
    }

    AppraisalItem(SchemeVersion version, int position, ItemForm f) {
        this.schemeVersion = version;
        this.position = position;
        this.code = f.code();
        this.title = f.title().strip();
        this.kind = f.kind();
        this.indicator = f.indicator() == null ? null : String.join(",", f.indicators());
        this.scoring = f.scoring();
        this.points = scale(f.points(), 2);
        this.floorPct = scale(f.floorPct(), 3);
        this.fullPct = scale(f.fullPct(), 3);
        this.thresholdPct = scale(f.thresholdPct(), 3);
        this.deduction = scale(f.deduction(), 2);
        this.perEvent = scale(f.perEvent(), 2);
        this.cap = scale(f.cap(), 2);
        this.steps = f.steps();
        this.minSample = f.minSample();
        this.samplePolicy = f.samplePolicy();
        this.basicWeight = scale(f.basicWeight(), 2);
        this.whenEmpty = f.whenEmpty();
    }

    /** As the columns hold it, so that an item reads the same before and after it is stored. */
    private static BigDecimal scale(BigDecimal v, int digits) {
        return v == null ? null : v.setScale(digits, java.math.RoundingMode.HALF_UP);
    }

    public ItemForm form() {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent, cap,
                steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }
}
