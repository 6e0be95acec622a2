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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 回访: a follow-up visit of a 批示件's matter after the unit reported it back — who went, when,
 * how, and the petitioner's attitude (the codes; the pages word them). Kept as a part of the
 * session's history; a record once made is not edited (a later visit is a new record).
 */
@Entity
@Table(name = "reception_follow_up")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = FollowUpVisit.OF_INSTRUCTION, query = "SELECT f FROM FollowUpVisit f JOIN FETCH f.unit WHERE f.instruction = :instruction"
        + " ORDER BY f.visitedOn, f.id")
public class FollowUpVisit implements Auditable {

    public static final String OF_INSTRUCTION = "FollowUpVisit.ofInstruction";

    /** How the unit followed up. */
    public enum Method { HOME_VISIT, PHONE, MEETING }

    /** The petitioner's attitude after the matter was handled. */
    public enum Attitude {
        /** 满意, 息诉罢访. */
        SATISFIED,
        /** 基本满意. */
        BASICALLY_SATISFIED,
        /** 不满意: the unit is expected to act again. */
        DISSATISFIED,
        /** 未能联系. */
        UNREACHABLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_follow_up_seq")
    @SequenceGenerator(name = "reception_follow_up_seq", sequenceName = "reception_follow_up_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instruction_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Instruction instruction;

    /** The unit that made the visit. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "visitors", nullable = false, length = 200)
    private String visitors;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private Method method;

    @Enumerated(EnumType.STRING)
    @Column(name = "attitude", nullable = false, length = 20)
    private Attitude attitude;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FollowUpVisit() {
    }

    /** Only after the unit has reported the 批示件 back, on a day from the report to today. */
    public FollowUpVisit(Instruction instruction, Unit unit, LocalDate visitedOn, String visitors, Method method, Attitude attitude,
                         String note, String by, LocalDate today, Instant now) {
        if (instruction == null || unit == null) {
            throw new IllegalArgumentException("instruction and unit are required");
        }
        if (instruction.getReportedOn() == null) {
            throw new BusinessException("reception3.error.notReportedYet", instruction.getMatterNumber());
        }
        if (visitedOn == null) {
            throw BusinessException.onField("visitedOn", "error.required");
        }
        if (visitedOn.isAfter(today) || visitedOn.isBefore(instruction.getInstructedOn())) {
            throw BusinessException.onField("visitedOn", "reception3.error.visitDay", instruction.getInstructedOn().toString(),
                    today.toString());
        }
        if (method == null || attitude == null) {
            throw BusinessException.onField(method == null ? "method" : "attitude", "error.required");
        }
        this.session = instruction.getSession();
        this.instruction = instruction;
        this.unit = unit;
        this.visitedOn = visitedOn;
        this.visitors = Texts.required("visitors", visitors, 200);
        this.method = method;
        this.attitude = attitude;
        this.note = Texts.optional("note", note, 1000);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matter", instruction == null ? null : instruction.getMatterNumber());
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("visitedOn", visitedOn == null ? null : visitedOn.toString());
        m.put("visitors", visitors);
        m.put("method", method == null ? null : method.name());
        m.put("attitude", attitude == null ? null : attitude.name());
        m.put("note", note);
        return m;
    }

    @Override
    public String auditLabel() {
        return instruction == null ? null : instruction.getMatterNumber();
    }

    public Long getId() { return id; }
    public ReceptionSession getSession() { return session; }
    public Instruction getInstruction() { return instruction; }
    public Unit getUnit() { return unit; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getVisitors() { return visitors; }
    public Method getMethod() { return method; }
    public Attitude getAttitude() { return attitude; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
