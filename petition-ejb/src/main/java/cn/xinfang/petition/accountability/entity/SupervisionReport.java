package cn.xinfang.petition.accountability.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One progress report (答复) of the unit on a notice, and the bureau's assessment of it. */
@Entity
@Table(name = "supervision_report")
@Audited
@AuditedAs(value = "SUPERVISION", partOf = "notice")
public class SupervisionReport implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_report_seq")
    @SequenceGenerator(name = "supervision_report_seq", sequenceName = "supervision_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private SupervisionNotice notice;

    @Column(name = "progress", nullable = false, length = 2000, updatable = false)
    private String progress;

    @Column(name = "reported_by", nullable = false, length = 32, updatable = false)
    private String reportedBy;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment", length = 16)
    private Assessment assessment;

    @Column(name = "assessed_by", length = 32)
    private String assessedBy;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessment_note", length = 1000)
    private String assessmentNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SupervisionReport() {
    }

    SupervisionReport(SupervisionNotice notice, String progress, String by, LocalDate on) {
        this.notice = notice;
        this.progress = progress;
        this.reportedBy = by;
        this.reportedOn = on;
    }

    void assess(Assessment a, String note, String by, LocalDate on) {
        this.assessment = a;
        this.assessmentNote = note;
        this.assessedBy = by;
        this.assessedOn = on;
    }

    public ReportView view() {
        return new ReportView(id, progress, reportedBy, reportedOn, assessment, assessedBy, assessedOn, assessmentNote);
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public SupervisionNotice getNotice() {
        return notice;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("progress", progress);
        m.put("reportedBy", reportedBy);
        m.put("reportedOn", String.valueOf(reportedOn));
        m.put("assessment", assessment == null ? null : assessment.name());
        m.put("assessedBy", assessedBy);
        m.put("assessmentNote", assessmentNote);
        return m;
    }

    @Override
    public String auditLabel() {
        return String.valueOf(reportedOn);
    }
}
