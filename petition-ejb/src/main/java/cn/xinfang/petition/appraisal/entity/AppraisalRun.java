package cn.xinfang.petition.appraisal.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One computation of a scheme's version for a period, with the records read as they stood at the
 * end of the cut-off day, so that computing it again gives the same result. Runs in the background
 * (QUEUED → RUNNING → DONE or FAILED, with units done of total); its result is PROVISIONAL (units
 * may object until {@code objectionUntil}) until published, which locks the scheme.
 */
@Entity
@Table(name = "appraisal_run")
public class AppraisalRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    private AppraisalScheme scheme;

    @Column(name = "scheme_version", nullable = false, updatable = false)
    private int schemeVersion;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate to;

    @Column(name = "cut_off", nullable = false, updatable = false)
    private LocalDate cutOff;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RunStatus status = RunStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 12)
    private RunStage stage = RunStage.PROVISIONAL;

    @Column(name = "units_total", nullable = false)
    private int unitsTotal;

    @Column(name = "units_done", nullable = false)
    private int unitsDone;

    @Column(name = "failure", length = 100)
    private String failure;

    @Column(name = "started_by", nullable = false, length = 32, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "published_by", length = 32)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "objection_until")
    private LocalDate objectionUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppraisalRun() {
    }

    public AppraisalRun(AppraisalScheme scheme, LocalDate from, LocalDate to, LocalDate cutOff, int units, String by, Instant at) {
        scheme.requireDraft();
        if (from == null || to == null) {
            throw BusinessException.onField(from == null ? "from" : "to", "appraisal.error.date");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "appraisal.error.reversed");
        }
        if (from.getYear() != scheme.getYear() || to.getYear() != scheme.getYear()) {
            throw BusinessException.onField("from", "appraisal.error.periodYear", scheme.getYear());
        }
        LocalDate cut = cutOff == null ? to : cutOff;
        if (cut.isBefore(to)) {
            throw BusinessException.onField("cutOff", "appraisal.error.cutOff");
        }
        this.scheme = scheme;
        this.schemeVersion = scheme.getCurrentVersion();
        this.from = from;
        this.to = to;
        this.cutOff = cut;
        this.unitsTotal = units;
        this.startedBy = by;
        this.startedAt = at;
    }

    public void begin() {
        status = RunStatus.RUNNING;
    }

    public void progress(int done) {
        unitsDone = Math.min(done, unitsTotal);
    }

    public void finish(Instant at, LocalDate today) {
        status = RunStatus.DONE;
        unitsDone = unitsTotal;
        finishedAt = at;
        objectionUntil = today.plusDays(scheme.getObjectionDays());
    }

    public void fail(String reason, Instant at) {
        status = RunStatus.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(100, reason.length()));
        finishedAt = at;
    }

    /** Publishes the result and locks the scheme; only a finished provisional run of a scheme still open. */
    public void publish(String by, Instant at) {
        if (status != RunStatus.DONE) {
            throw new BusinessException("appraisal.error.notDone");
        }
        if (stage == RunStage.PUBLISHED) {
            throw new BusinessException("appraisal.error.published");
        }
        scheme.requireDraft();
        stage = RunStage.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        scheme.lock();
    }

    public boolean isPublished() {
        return stage == RunStage.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public AppraisalScheme getScheme() {
        return scheme;
    }

    public int getSchemeVersion() {
        return schemeVersion;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public RunStatus getStatus() {
        return status;
    }

    public RunStage getStage() {
        return stage;
    }

    public int getUnitsTotal() {
        return unitsTotal;
    }

    public int getUnitsDone() {
        return unitsDone;
    }

    public String getFailure() {
        return failure;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getObjectionUntil() {
        return objectionUntil;
    }

    public long getVersion() {
        return version;
    }
}
