package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One holding of a role of a matter's responsibility chain: who was the responsible person or
 * leader from when until when, and why. A holding ends only by {@link #handOver}: the next holding
 * records to whom, when and why, so a matter never leaves its person without a trace.
 */
@Entity
@Table(name = "acc_responsibility")
@Audited
@AuditedAs(value = "RESPONSIBILITY")
@NamedQuery(name = Responsibility.OF_MATTER, query = "SELECT r FROM Responsibility r WHERE r.matterId = :matter"
        + " ORDER BY r.since, r.id")
public class Responsibility implements Auditable {

    public static final String OF_MATTER = "Responsibility.ofMatter";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_responsibility_seq")
    @SequenceGenerator(name = "acc_responsibility_seq", sequenceName = "acc_responsibility_seq", allocationSize = 50)
    private Long id;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10, updatable = false)
    private ResponsibilityRole role;

    @Column(name = "holder", nullable = false, length = 32, updatable = false)
    private String holder;

    @Column(name = "held_since", nullable = false, updatable = false)
    private Instant since;

    @Column(name = "held_until")
    private Instant until;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 16, updatable = false)
    private HoldingBasis basis;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 32, updatable = false)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Responsibility() {
    }

    public Responsibility(long matterId, ResponsibilityRole role, String holder, Instant since, HoldingBasis basis,
                          String reason, String recordedBy) {
        this.matterId = matterId;
        this.role = role;
        this.holder = holder;
        this.since = since;
        this.basis = basis;
        this.reason = reason;
        this.recordedBy = recordedBy;
    }

    /** Ends this holding and starts the next one with the recorded reason; refuses handing it to the holder. */
    public Responsibility handOver(String to, String why, HoldingBasis basis, String by, Instant now) {
        if (until != null) {
            throw new BusinessException("accountability2.error.notCurrent");
        }
        if (holder.equals(to)) {
            throw BusinessException.onField("to", "accountability2.error.sameHolder");
        }
        String reasonText = why == null ? null : why.strip();
        if (basis == HoldingBasis.HANDOVER && (reasonText == null || reasonText.isEmpty())) {
            throw BusinessException.onField("reason", "accountability2.error.reason");
        }
        if (reasonText != null && reasonText.length() > 1000) {
            throw BusinessException.onField("reason", "accountability2.error.tooLong", 1000);
        }
        this.until = now;
        return new Responsibility(matterId, role, to, now, basis, reasonText, by);
    }

    public boolean current() {
        return until == null;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matter", String.valueOf(matterId));
        m.put("role", role.name());
        m.put("holder", holder);
        m.put("since", Auditable.time(since));
        m.put("until", Auditable.time(until));
        m.put("basis", basis.name());
        m.put("reason", reason);
        m.put("recordedBy", recordedBy);
        return m;
    }

    public Long getId() {
        return id;
    }

    public long getMatterId() {
        return matterId;
    }

    public ResponsibilityRole getRole() {
        return role;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getUntil() {
        return until;
    }

    public HoldingBasis getBasis() {
        return basis;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
