package cn.xinfang.petition.reception.entity;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 带案下访: a petition matter a leader carries to a session (usually one of the form
 * {@link ReceptionForm#CASE_VISIT} at a township), with why it is carried and, after the day,
 * what came of it. The matter itself stays casehandling's; this names it by id and number.
 */
@Entity
@Table(name = "reception_carried_matter")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = CarriedMatter.OF_SESSION, query = "SELECT c FROM CarriedMatter c WHERE c.session = :session ORDER BY c.id")
@NamedQuery(name = CarriedMatter.OF_MATTER, query = "SELECT c FROM CarriedMatter c WHERE c.session = :session AND c.matterId = :matter")
public class CarriedMatter implements Auditable {

    public static final String OF_SESSION = "CarriedMatter.ofSession";
    public static final String OF_MATTER = "CarriedMatter.ofMatter";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_carried_seq")
    @SequenceGenerator(name = "reception_carried_seq", sequenceName = "reception_carried_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @Column(name = "matter_id", nullable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32)
    private String matterNumber;

    @Column(name = "purpose", length = 500)
    private String purpose;

    @Column(name = "result", length = 1000)
    private String result;

    @Column(name = "added_by", nullable = false, length = 32)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected CarriedMatter() {
    }

    public CarriedMatter(ReceptionSession session, long matterId, String matterNumber, String purpose, String by, Instant now) {
        if (session == null || matterNumber == null) {
            throw new IllegalArgumentException("session and matter are required");
        }
        if (!session.getState().isOpen()) {
            throw cn.xinfang.petition.shared.boundary.BusinessException.onField("sessionId", "reception3.error.sessionClosed");
        }
        this.session = session;
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.purpose = Texts.optional("purpose", purpose, 500);
        this.addedBy = by;
        this.addedAt = now;
    }

    /** What came of the matter on the day (recorded after the visit). */
    public void result(String text) {
        this.result = Texts.required("result", text, 1000);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matter", matterNumber);
        m.put("purpose", purpose);
        m.put("result", result);
        m.put("addedBy", addedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return matterNumber;
    }

    public Long getId() { return id; }
    public ReceptionSession getSession() { return session; }
    public long getMatterId() { return matterId; }
    public String getMatterNumber() { return matterNumber; }
    public String getPurpose() { return purpose; }
    public String getResult() { return result; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public long getVersion() { return version; }
}
