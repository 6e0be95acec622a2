package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
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
import jakarta.persistence.Version;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 协办: one co-handling unit's part in a matter. The bureau names the unit when it routes the
 * matter and sets the day its contribution (协办意见) is due; the main unit or the bureau may move
 * that day; the unit records its contribution, which the main unit reads before it drafts the
 * reply. A unit dropped by a later re-routing keeps its row, marked withdrawn, so the history
 * shows who was asked and when.
 */
@Entity
@Table(name = "co_handling")
@Audited
@AuditedAs(value = "MATTER", partOf = "matter")
public class CoHandling implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_handling_seq")
    @SequenceGenerator(name = "co_handling_seq", sequenceName = "co_handling_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "opinion", length = 2000)
    private String opinion;

    @Column(name = "contributed_on")
    private LocalDate contributedOn;

    @Column(name = "contributed_by", length = 32)
    private String contributedBy;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CoHandling() {
    }

    CoHandling(Matter matter, Unit unit, LocalDate requestedOn, LocalDate dueOn) {
        this.matter = Objects.requireNonNull(matter);
        this.unit = Objects.requireNonNull(unit);
        this.requestedOn = Objects.requireNonNull(requestedOn);
        due(dueOn, requestedOn, null);
    }

    /** The contribution is due on {@code dueOn}: not before the request, not after the main unit's own due day. */
    void due(LocalDate dueOn, LocalDate today, LocalDate handlingDue) {
        if (dueOn == null) {
            throw BusinessException.onField("coDue", "error.required");
        }
        if (dueOn.isBefore(today) || dueOn.isBefore(requestedOn)) {
            throw BusinessException.onField("coDue", "error.coHandling.dueInPast");
        }
        if (handlingDue != null && dueOn.isAfter(handlingDue)) {
            throw BusinessException.onField("coDue", "error.coHandling.dueAfterHandling", handlingDue.toString());
        }
        this.dueOn = dueOn;
    }

    void contribute(String text, LocalDate on, String by) {
        this.opinion = text;
        this.contributedOn = on;
        this.contributedBy = by;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    void reinstate(LocalDate on, LocalDate dueOn) {
        this.withdrawn = false;
        this.requestedOn = on;
        this.dueOn = dueOn;
    }

    public boolean isOpen() {
        return !withdrawn && contributedOn == null;
    }

    /** Open and past its due day. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    @Override
    public String auditLabel() {
        return unit == null ? null : unit.getName();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requestedOn", str(requestedOn));
        m.put("dueOn", str(dueOn));
        m.put("opinion", opinion);
        m.put("contributedOn", str(contributedOn));
        m.put("contributedBy", contributedBy);
        m.put("withdrawn", String.valueOf(withdrawn));
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public Unit getUnit() {
        return unit;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getOpinion() {
        return opinion;
    }

    public LocalDate getContributedOn() {
        return contributedOn;
    }

    public String getContributedBy() {
        return contributedBy;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public long getVersion() {
        return version;
    }
}
