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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An ordered group of leaders a rule rotates over (常委、副县长轮流) or sends out together. */
@Entity
@Table(name = "reception_rotation_group")
@Audited
@AuditedAs("RECEPTION_GROUP")
@NamedQuery(name = RotationGroup.ALL, query = "SELECT g FROM RotationGroup g JOIN FETCH g.unit ORDER BY g.name")
public class RotationGroup implements Auditable {

    public static final String ALL = "RotationGroup.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_group_seq")
    @SequenceGenerator(name = "reception_group_seq", sequenceName = "reception_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "reception_rotation_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "leader_id"))
    @OrderColumn(name = "member_order")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private List<Leader> members = new ArrayList<>();

    @Version
    private long version;

    protected RotationGroup() {
    }

    public RotationGroup(String name, Unit unit, List<Leader> members) {
        if (unit == null) {
            throw BusinessException.onField("unit", "error.required");
        }
        this.unit = unit;
        rename(name);
        setMembers(members);
    }

    public void rename(String name) {
        this.name = Texts.required("name", name, 60);
    }

    /** The members in rotation order; a leader at most once. */
    public void setMembers(List<Leader> leaders) {
        if (leaders == null || leaders.isEmpty()) {
            throw BusinessException.onField("members", "reception.error.groupEmpty");
        }
        if (leaders.stream().distinct().count() != leaders.size()) {
            throw BusinessException.onField("members", "reception.error.groupDuplicate");
        }
        members.clear();
        members.addAll(leaders);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("members", members.stream().map(l -> l.getName() + " #" + l.getId()).collect(Collectors.joining(", ")));
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public List<Leader> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
