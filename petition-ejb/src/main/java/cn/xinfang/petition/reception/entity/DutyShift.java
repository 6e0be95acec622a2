package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.Unit;
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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 值班: one shift of a unit's duty roster — a day and hours on a holiday or in a sensitive period
 * (两会, a party congress, a festival; the occasion is the officer's own words), how many must be
 * on duty together ({@code required}, two where the period demands it), the people on it
 * ({@link DutyMember}), their swaps ({@link DutySwap}) and the duty log ({@link DutyLogEntry}).
 */
@Entity
@Table(name = "reception_duty_shift")
@Audited
@AuditedAs("RECEPTION_DUTY")
@NamedQuery(name = DutyShift.IN_RANGE, query = "SELECT s FROM DutyShift s JOIN FETCH s.unit WHERE s.day BETWEEN :from AND :to"
        + " ORDER BY s.day, s.startTime, s.id")
public class DutyShift implements Auditable {

    public static final String IN_RANGE = "DutyShift.inRange";

    /** Why there is a roster on that day. */
    public enum Period {
        /** 法定节假日. */
        HOLIDAY,
        /** 敏感时期 (两会, party congresses, major events). */
        SENSITIVE,
        /** 重要节庆 (Spring Festival, National Day …) beyond the days off. */
        FESTIVAL,
        /** 日常值班 (nights, weekends). */
        ROUTINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_duty_seq")
    @SequenceGenerator(name = "reception_duty_seq", sequenceName = "reception_duty_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @Column(name = "duty_day", nullable = false)
    private LocalDate day;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false, length = 20)
    private Period period;

    @Column(name = "occasion", length = 60)
    private String occasion;

    @Column(name = "required", nullable = false)
    private int required;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Version
    private long version;

    protected DutyShift() {
    }

    /** A shift; an end before the start runs overnight into the next day (夜班). */
    public DutyShift(Unit unit, LocalDate day, LocalTime start, LocalTime end, Period period, String occasion, int required, String by) {
        if (unit == null) {
            throw BusinessException.onField("unitId", "error.required");
        }
        if (day == null) {
            throw BusinessException.onField("day", "error.required");
        }
        if (start == null || end == null || start.equals(end)) {
            throw BusinessException.onField(start == null ? "startTime" : "endTime", start == null || end == null
                    ? "error.required" : "reception.error.endBeforeStart");
        }
        if (period == null) {
            throw BusinessException.onField("period", "error.required");
        }
        if (required < 1 || required > 5) {
            throw BusinessException.onField("required", "reception3.error.required", 1, 5);
        }
        this.unit = unit;
        this.day = day;
        this.startTime = start;
        this.endTime = end;
        this.period = period;
        this.occasion = Texts.optional("occasion", occasion, 60);
        this.required = required;
        this.createdBy = by;
    }

    /** The roster is complete when at least {@code required} people are on it (after the swaps). */
    public boolean staffed(long onDuty) {
        return onDuty >= required;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("day", day == null ? null : day.toString());
        m.put("slot", startTime == null ? null : startTime + "-" + endTime);
        m.put("period", period == null ? null : period.name());
        m.put("occasion", occasion);
        m.put("required", String.valueOf(required));
        return m;
    }

    public Long getId() { return id; }
    public Unit getUnit() { return unit; }
    public LocalDate getDay() { return day; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public Period getPeriod() { return period; }
    public String getOccasion() { return occasion; }
    public int getRequired() { return required; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
