package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.Unit;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** A head of a unit involved who attended the session with the leader (陪同接访的单位负责人). */
@Entity
@Table(name = "reception_attendee")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = Attendee.OF_SESSION, query = "SELECT a FROM Attendee a LEFT JOIN FETCH a.unit WHERE a.session = :session ORDER BY a.id")
public class Attendee implements Auditable {

    public static final String OF_SESSION = "Attendee.ofSession";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_attendee_seq")
    @SequenceGenerator(name = "reception_attendee_seq", sequenceName = "reception_attendee_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "post", nullable = false, length = 60)
    private String post;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendee() {
    }

    public Attendee(ReceptionSession session, Unit unit, String name, String post, String by, Instant now) {
        if (session == null) {
            throw new IllegalArgumentException("session is required");
        }
        if (unit == null) {
            throw cn.xinfang.petition.shared.boundary.BusinessException.onField("unit", "error.required");
        }
        this.session = session;
        this.unit = unit;
        this.name = Texts.required("attendeeName", name, 40);
        this.post = Texts.required("attendeePost", post, 60);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("name", name);
        m.put("post", post);
        m.put("recordedBy", recordedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public Long getId() {
        return id;
    }

    public ReceptionSession getSession() {
        return session;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getPost() {
        return post;
    }
}
