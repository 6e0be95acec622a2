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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import jakarta.persistence.Convert;
import cn.xinfang.petition.shared.entity.PersonalDataConverter;

/** A person on a duty shift: a leader (带班领导) or staff (值班人员); {@code replaced} once swapped out. */
@Entity
@Table(name = "reception_duty_member")
@Audited
@AuditedAs(value = "RECEPTION_DUTY", partOf = "shift")
@NamedQuery(name = DutyMember.OF_SHIFTS, query = "SELECT m FROM DutyMember m WHERE m.shift.id IN :shifts ORDER BY m.id")
public class DutyMember implements Auditable {

    public static final String OF_SHIFTS = "DutyMember.ofShifts";
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_duty_seq")
    @SequenceGenerator(name = "reception_duty_seq", sequenceName = "reception_duty_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private DutyShift shift;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "post", nullable = false, length = 60)
    private String post;

    @Column(name = "leader", nullable = false)
    private boolean leader;

    /** Sealed at rest (a person's mobile number), opened on read. */
    @Column(name = "phone", length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "replaced", nullable = false)
    private boolean replaced;

    @Version
    private long version;

    protected DutyMember() {
    }

    public DutyMember(DutyShift shift, String name, String post, boolean leader, String phone) {
        if (shift == null) {
            throw new IllegalArgumentException("shift is required");
        }
        this.shift = shift;
        this.name = Texts.required("memberName", name, 40);
        this.post = Texts.required("memberPost", post, 60);
        this.leader = leader;
        String p = Texts.optional("memberPhone", phone, 20);
        if (p != null && !PHONE.matcher(p).matches()) {
            throw BusinessException.onField("memberPhone", "reception.error.phone");
        }
        this.phone = p;
    }

    /** Swapped out; the one who takes over is a new member of the same shift. */
    public void replace() {
        if (replaced) {
            throw new BusinessException("reception3.error.alreadyReplaced", name);
        }
        replaced = true;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("post", post);
        m.put("leader", String.valueOf(leader));
        m.put("replaced", String.valueOf(replaced));
        return m;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public Long getId() { return id; }
    public DutyShift getShift() { return shift; }
    public String getName() { return name; }
    public String getPost() { return post; }
    public boolean isLeader() { return leader; }
    public String getPhone() { return phone; }
    public boolean isReplaced() { return replaced; }
    public long getVersion() { return version; }
}
