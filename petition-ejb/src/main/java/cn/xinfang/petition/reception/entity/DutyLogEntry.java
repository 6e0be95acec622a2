package cn.xinfang.petition.reception.entity;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the duty log (值班日志): what came in during the shift, or 无异常 for a quiet shift. */
@Entity
@Table(name = "reception_duty_log")
@Audited
@AuditedAs(value = "RECEPTION_DUTY", partOf = "shift")
@NamedQuery(name = DutyLogEntry.OF_SHIFTS, query = "SELECT e FROM DutyLogEntry e WHERE e.shift.id IN :shifts ORDER BY e.at, e.id")
public class DutyLogEntry implements Auditable {

    public static final String OF_SHIFTS = "DutyLogEntry.ofShifts";

    /** What the entry records. */
    public enum Kind { VISIT, CALL, LETTER, ONLINE, INCIDENT, QUIET }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_duty_seq")
    @SequenceGenerator(name = "reception_duty_seq", sequenceName = "reception_duty_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DutyShift shift;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    @Column(name = "matter_number", length = 32)
    private String matterNumber;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    protected DutyLogEntry() {
    }

    public DutyLogEntry(DutyShift shift, Kind kind, String summary, String matterNumber, String by, Instant now) {
        if (shift == null) {
            throw new IllegalArgumentException("shift is required");
        }
        if (kind == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        this.shift = shift;
        this.kind = kind;
        this.summary = Texts.required("summary", summary, 1000);
        this.matterNumber = Texts.optional("matterNumber", matterNumber, 32);
        this.recordedBy = by;
        this.at = now;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind == null ? null : kind.name());
        m.put("summary", summary);
        m.put("matter", matterNumber);
        m.put("recordedBy", recordedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return at == null ? null : Auditable.time(at);
    }

    public Long getId() { return id; }
    public DutyShift getShift() { return shift; }
    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public String getSummary() { return summary; }
    public String getMatterNumber() { return matterNumber; }
    public String getRecordedBy() { return recordedBy; }
}
