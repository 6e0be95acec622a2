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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A duty swap (调班): who was replaced by whom on a shift, why, by whom and when. */
@Entity
@Table(name = "reception_duty_swap")
@Audited
@AuditedAs(value = "RECEPTION_DUTY", partOf = "shift")
@NamedQuery(name = DutySwap.OF_SHIFTS, query = "SELECT w FROM DutySwap w JOIN FETCH w.member JOIN FETCH w.replacedBy"
        + " WHERE w.shift.id IN :shifts ORDER BY w.id")
public class DutySwap implements Auditable {

    public static final String OF_SHIFTS = "DutySwap.ofShifts";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_duty_seq")
    @SequenceGenerator(name = "reception_duty_seq", sequenceName = "reception_duty_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DutyShift shift;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DutyMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "replaced_by")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DutyMember replacedBy;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "swapped_by", nullable = false, length = 32)
    private String swappedBy;

    @Column(name = "swapped_at", nullable = false)
    private Instant swappedAt;

    protected DutySwap() {
    }

    /** {@code member} leaves the shift, {@code replacement} (a new member of it) takes over; the reason is required. */
    public DutySwap(DutyMember member, DutyMember replacement, String reason, String by, Instant now) {
        if (member == null || replacement == null || member.getShift() != replacement.getShift()) {
            throw new IllegalArgumentException("both members of the same shift are required");
        }
        this.reason = Texts.required("reason", reason, 500);
        member.replace();
        this.shift = member.getShift();
        this.member = member;
        this.replacedBy = replacement;
        this.swappedBy = by;
        this.swappedAt = now;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("member", member == null ? null : member.getName());
        m.put("replacedBy", replacedBy == null ? null : replacedBy.getName());
        m.put("reason", reason);
        m.put("swappedBy", swappedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return member == null ? null : member.getName();
    }

    public Long getId() { return id; }
    public DutyShift getShift() { return shift; }
    public DutyMember getMember() { return member; }
    public DutyMember getReplacedBy() { return replacedBy; }
    public String getReason() { return reason; }
    public String getSwappedBy() { return swappedBy; }
    public Instant getSwappedAt() { return swappedAt; }
}
