package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A progress report on a 包案 (by the leader, the responsible unit or the bureau). */
@Entity
@Table(name = "acc_progress")
@Audited
@AuditedAs(value = "CASE_OWNERSHIP", partOf = "ownership")
public class ProgressReport implements Auditable {

    public record View(LocalDate reportedOn, String reportedBy, String progress) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_progress_seq")
    @SequenceGenerator(name = "acc_progress_seq", sequenceName = "acc_progress_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ownership_id", nullable = false, updatable = false)
    private CaseOwnership ownership;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(name = "reported_by", nullable = false, length = 32, updatable = false)
    private String reportedBy;

    @Column(name = "progress", nullable = false, length = 2000, updatable = false)
    private String progress;

    protected ProgressReport() {
    }

    ProgressReport(CaseOwnership ownership, String progress, String by, LocalDate today) {
        this.ownership = ownership;
        this.progress = progress;
        this.reportedBy = by;
        this.reportedOn = today;
    }

    View view() {
        return new View(reportedOn, reportedBy, progress);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reportedOn", String.valueOf(reportedOn));
        m.put("reportedBy", reportedBy);
        m.put("progress", progress);
        return m;
    }

    public Long getId() {
        return id;
    }
}
