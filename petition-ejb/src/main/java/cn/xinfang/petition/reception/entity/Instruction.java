package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.Unit;
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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 批示件: an outcome that needs action, carried by a petition matter (registered on the channel
 * 领导接待日, or an existing matter of the same petitioner and facts, {@link #linked}) with the
 * leader's 批示 (text, leader, day). It is routed to the responsible unit by {@link #routingDue}
 * (2 working days by default; later is flagged), and the unit reports the result back to the
 * leader (report-back), on time when by {@link #replyDue}.
 * <pre>
 * PENDING_ROUTING ──routed──▶ ROUTED ──report-back──▶ REPORTED
 * </pre>
 * The matter itself is read through casehandling's boundary by its id; this entity keeps only
 * its id and number.
 */
@Entity
@Table(name = "reception_instruction")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = Instruction.OF_SESSION, query = "SELECT i FROM Instruction i WHERE i.session = :session ORDER BY i.id")
@NamedQuery(name = Instruction.OF_VISIT, query = "SELECT i FROM Instruction i WHERE i.visit = :visit")
public class Instruction implements Auditable {

    public static final String OF_SESSION = "Instruction.ofSession";
    public static final String OF_VISIT = "Instruction.ofVisit";

    /** Where a 批示件 stands. */
    public enum Stage {
        PENDING_ROUTING, ROUTED, REPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_instruction_seq")
    @SequenceGenerator(name = "reception_instruction_seq", sequenceName = "reception_instruction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Visit visit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader leader;

    @Column(name = "matter_id", nullable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32)
    private String matterNumber;

    /** An existing matter of the same petitioner and facts was linked rather than a new one registered. */
    @Column(name = "linked", nullable = false)
    private boolean linked;

    /** 批示. */
    @Column(name = "instruction_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "instructed_on", nullable = false)
    private LocalDate instructedOn;

    @Column(name = "routing_due", nullable = false)
    private LocalDate routingDue;

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit mainUnit;

    @Column(name = "reply_due", nullable = false)
    private LocalDate replyDue;

    @Column(name = "report_text", length = 2000)
    private String reportText;

    /** The unit's report says the matter is resolved (化解). */
    @Column(name = "report_resolved")
    private Boolean reportResolved;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by", length = 32)
    private String reportedBy;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Instruction() {
    }

    public Instruction(Visit visit, long matterId, String matterNumber, boolean linked, String text, LocalDate instructedOn,
                       LocalDate routingDue, LocalDate replyDue, String by, Instant now) {
        if (visit == null || matterNumber == null || instructedOn == null || routingDue == null || replyDue == null) {
            throw new IllegalArgumentException("visit, matter, days are required");
        }
        if (visit.getOutcome() == null || !visit.getOutcome().needsAction()) {
            throw new BusinessException("receptionday.error.noActionNeeded");
        }
        this.session = visit.getSession();
        this.visit = visit;
        this.leader = visit.getSession().getLeader();
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.linked = linked;
        this.text = Texts.required("instruction", text, 1000);
        this.instructedOn = instructedOn;
        this.routingDue = routingDue;
        this.replyDue = replyDue;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The matter was routed (交办) to {@code unit} on {@code on}; routing again (after an objection) names the new unit. */
    public void routed(Unit unit, LocalDate on) {
        if (unit == null || on == null) {
            throw new IllegalArgumentException("unit and day are required");
        }
        if (stage() == Stage.REPORTED) {
            throw new BusinessException("receptionday.error.alreadyReported", matterNumber);
        }
        if (routedOn == null) {
            this.routedOn = on;
        }
        this.mainUnit = unit;
    }

    /** The responsible unit reports the result back to the leader. */
    public void reportBack(String text, boolean resolved, String by, LocalDate today, Instant now) {
        if (stage() == Stage.PENDING_ROUTING) {
            throw new BusinessException("receptionday.error.notRouted", matterNumber);
        }
        if (stage() == Stage.REPORTED) {
            throw new BusinessException("receptionday.error.alreadyReported", matterNumber);
        }
        this.reportText = Texts.required("report", text, 2000);
        this.reportResolved = resolved;
        this.reportedOn = today;
        this.reportedAt = now;
        this.reportedBy = by;
    }

    public Stage stage() {
        return reportedOn != null ? Stage.REPORTED : routedOn != null ? Stage.ROUTED : Stage.PENDING_ROUTING;
    }

    /** Routing is overdue: not routed and the due day has passed, or routed after it. */
    public boolean routingOverdue(LocalDate today) {
        return routedOn == null ? today.isAfter(routingDue) : routedOn.isAfter(routingDue);
    }

    /** The report-back is overdue: not reported and the reply due day has passed, or reported after it. */
    public boolean replyOverdue(LocalDate today) {
        return reportedOn == null ? today.isAfter(replyDue) : reportedOn.isAfter(replyDue);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("visit", visit == null ? null : visit.getTicket());
        m.put("leader", leader == null ? null : leader.getName() + " #" + leader.getId());
        m.put("matter", matterNumber + " #" + matterId);
        m.put("linked", String.valueOf(linked));
        m.put("text", text);
        m.put("instructedOn", String.valueOf(instructedOn));
        m.put("routingDue", String.valueOf(routingDue));
        m.put("routedOn", routedOn == null ? null : routedOn.toString());
        m.put("mainUnit", mainUnit == null ? null : mainUnit.getName() + " #" + mainUnit.getId());
        m.put("replyDue", String.valueOf(replyDue));
        m.put("reportText", reportText);
        m.put("reportResolved", reportResolved == null ? null : reportResolved.toString());
        m.put("reportedOn", reportedOn == null ? null : reportedOn.toString());
        m.put("reportedBy", reportedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return matterNumber;
    }

    public Long getId() {
        return id;
    }

    public ReceptionSession getSession() {
        return session;
    }

    public Visit getVisit() {
        return visit;
    }

    public Leader getLeader() {
        return leader;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public boolean isLinked() {
        return linked;
    }

    public String getText() {
        return text;
    }

    public LocalDate getInstructedOn() {
        return instructedOn;
    }

    public LocalDate getRoutingDue() {
        return routingDue;
    }

    public LocalDate getRoutedOn() {
        return routedOn;
    }

    public Unit getMainUnit() {
        return mainUnit;
    }

    public LocalDate getReplyDue() {
        return replyDue;
    }

    public String getReportText() {
        return reportText;
    }

    public Boolean getReportResolved() {
        return reportResolved;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public long getVersion() {
        return version;
    }
}
