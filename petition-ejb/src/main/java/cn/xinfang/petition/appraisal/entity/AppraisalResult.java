package cn.xinfang.petition.appraisal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One unit's score in a run: total, rank (null when not ranked), veto, and a line per item. */
@Entity
@Table(name = "appraisal_result")
public class AppraisalResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private AppraisalRun run;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "unit_code", nullable = false, length = 40, updatable = false)
    private String unitCode;
    @Column(name = "unit_name", nullable = false, length = 200, updatable = false)
    private String unitName;
    @Column(name = "total", nullable = false, precision = 9, scale = 2)
    private BigDecimal total;
    @Column(name = "before_veto", nullable = false, precision = 9, scale = 2)
    private BigDecimal beforeVeto;
    @Column(name = "vetoed", nullable = false)
    private boolean vetoed;
    @Column(name = "ranked", nullable = false)
    private boolean ranked;
    @Column(name = "rank_no")
    private Integer rank;
    @Column(name = "sample", nullable = false)
    private long sample;

    @OneToMany(mappedBy = "result", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AppraisalLine> lines = new ArrayList<>();

    protected AppraisalResult() {
    }

    public AppraisalResult(AppraisalRun run, long unitId, String unitCode, String unitName, BigDecimal total, BigDecimal beforeVeto,
                           boolean vetoed, boolean ranked, Integer rank, long sample) {
        this.run = run;
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.total = total;
        this.beforeVeto = beforeVeto;
        this.vetoed = vetoed;
        this.ranked = ranked;
        this.rank = rank;
        this.sample = sample;
    }

    public AppraisalLine add(AppraisalLine line) {
        lines.add(line);
        return line;
    }

    /** A re-ranking after an adjustment. */
    public void rescore(BigDecimal total, BigDecimal beforeVeto, Integer rank) {
        this.total = total;
        this.beforeVeto = beforeVeto;
        this.rank = rank;
    }

    public Long getId() {
        return id;
    }

    public AppraisalRun getRun() {
        return run;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getBeforeVeto() {
        return beforeVeto;
    }

    public boolean isVetoed() {
        return vetoed;
    }

    public boolean isRanked() {
        return ranked;
    }

    public Integer getRank() {
        return rank;
    }

    public long getSample() {
        return sample;
    }

    public List<AppraisalLine> getLines() {
        return lines;
    }
}
