package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A leader's leave or other unavailability (出差、学习、会议), with its reason: sessions on it are conflicts. */
@Entity
@Table(name = "reception_leave")
@Audited
@AuditedAs(value = "RECEPTION_LEADER", partOf = "leader")
@NamedQuery(name = Unavailability.OVERLAPPING, query = "SELECT u FROM Unavailability u JOIN FETCH u.leader"
        + " WHERE u.toDay >= :from AND u.fromDay <= :to ORDER BY u.fromDay")
public class Unavailability implements Auditable {

    public static final String OVERLAPPING = "Unavailability.overlapping";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_leave_seq")
    @SequenceGenerator(name = "reception_leave_seq", sequenceName = "reception_leave_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader leader;

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "to_day", nullable = false)
    private LocalDate toDay;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Unavailability() {
    }

    public Unavailability(Leader leader, LocalDate from, LocalDate to, String reason, String by, Instant at) {
        if (leader == null) {
            throw BusinessException.onField("leader", "error.required");
        }
        if (from == null || to == null) {
            throw BusinessException.onField(from == null ? "fromDay" : "toDay", "error.required");
        }
        // PostgreSQL holds no such date (found by ApiFuzzIT: +999999999-12-31 failed the insert)
        if (from.getYear() < 1900 || to.getYear() > 9999) {
            throw BusinessException.onField(from.getYear() < 1900 ? "fromDay" : "toDay", "reliability.error.dateOutOfRange");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("toDay", "reception.error.untilBeforeFrom");
        }
        this.leader = leader;
        this.fromDay = from;
        this.toDay = to;
        this.reason = Texts.required("reason", reason, 200);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDay) && !day.isAfter(toDay);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fromDay", fromDay == null ? null : fromDay.toString());
        m.put("toDay", toDay == null ? null : toDay.toString());
        m.put("reason", reason);
        return m;
    }

    @Override
    public String auditLabel() {
        return fromDay + "–" + toDay;
    }

    public Long getId() {
        return id;
    }

    public Leader getLeader() {
        return leader;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
