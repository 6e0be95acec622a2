package cn.xinfang.petition.reception.entity;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A swap kept with its reason: another leader took the session, or it moved to another day. Never changed afterwards. */
@Entity
@Table(name = "reception_swap")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = SessionChange.OF_SESSION, query = "SELECT c FROM SessionChange c LEFT JOIN FETCH c.fromLeader"
        + " LEFT JOIN FETCH c.toLeader WHERE c.session = :session ORDER BY c.at, c.id")
public class SessionChange implements Auditable {

    public static final String OF_SESSION = "SessionChange.ofSession";

    public enum Kind { LEADER, DAY }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_swap_seq")
    @SequenceGenerator(name = "reception_swap_seq", sequenceName = "reception_swap_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader fromLeader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader toLeader;

    @Column(name = "from_day")
    private LocalDate fromDay;

    @Column(name = "to_day")
    private LocalDate toDay;

    @Column(name = "reason", nullable = false, length = 200)
    private String reason;

    /** Said later than the notice period (allowed only by an explicit override). */
    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "changed_by", nullable = false, length = 32)
    private String by;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    protected SessionChange() {
    }

    private SessionChange(ReceptionSession session, Kind kind, String reason, boolean late, String by, Instant at) {
        this.session = session;
        this.kind = kind;
        this.reason = Texts.required("reason", reason, 200);
        this.late = late;
        this.by = by;
        this.at = at;
    }

    static SessionChange leader(ReceptionSession s, Leader from, Leader to, String reason, boolean late, String by, Instant at) {
        SessionChange c = new SessionChange(s, Kind.LEADER, reason, late, by, at);
        c.fromLeader = from;
        c.toLeader = to;
        return c;
    }

    static SessionChange day(ReceptionSession s, LocalDate from, LocalDate to, String reason, boolean late, String by, Instant at) {
        SessionChange c = new SessionChange(s, Kind.DAY, reason, late, by, at);
        c.fromDay = from;
        c.toDay = to;
        return c;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind == null ? null : kind.name());
        m.put("fromLeader", fromLeader == null ? null : fromLeader.getName() + " #" + fromLeader.getId());
        m.put("toLeader", toLeader == null ? null : toLeader.getName() + " #" + toLeader.getId());
        m.put("fromDay", fromDay == null ? null : fromDay.toString());
        m.put("toDay", toDay == null ? null : toDay.toString());
        m.put("reason", reason);
        m.put("late", String.valueOf(late));
        return m;
    }

    @Override
    public String auditLabel() {
        return kind == null ? null : kind.name();
    }

    public Long getId() {
        return id;
    }

    public ReceptionSession getSession() {
        return session;
    }

    public Kind getKind() {
        return kind;
    }

    public Leader getFromLeader() {
        return fromLeader;
    }

    public Leader getToLeader() {
        return toLeader;
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

    public boolean isLate() {
        return late;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
