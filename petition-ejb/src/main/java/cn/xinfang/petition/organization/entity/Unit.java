package cn.xinfang.petition.organization.entity;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.regex.Pattern;

/** A unit (单位): the county, a department, a township, a village or a community. */
@Entity
@Table(name = "unit")
@Audited
@AuditedAs("UNIT")
@NamedQuery(name = Unit.ALL, query = "SELECT u FROM Unit u LEFT JOIN FETCH u.parent ORDER BY u.code")
@NamedQuery(name = Unit.BY_CODE, query = "SELECT u FROM Unit u WHERE u.code = :code")
@NamedQuery(name = Unit.ACTIVE_CHILDREN, query = "SELECT COUNT(u) FROM Unit u WHERE u.parent = :unit AND u.active = TRUE")
@NamedQuery(name = Unit.COUNT, query = "SELECT COUNT(u) FROM Unit u")
public class Unit implements Auditable {

    public static final String ALL = "Unit.all";
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{2,32}");
    public static final String BY_CODE = "Unit.byCode";
    public static final String ACTIVE_CHILDREN = "Unit.activeChildren";
    public static final String COUNT = "Unit.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit parent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "address", length = 200)
    private String address;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, Unit parent) {
        this.code = requireCode(code);
        this.name = requireText(name, "name", 100);
        this.kind = requireKind(kind);
        placeUnder(parent);
    }

    /** Renames, re-codes, re-kinds or moves the unit, keeping the hierarchy consistent. */
    public void change(String code, String name, UnitKind kind, Unit parent, Collection<Unit> children) {
        UnitKind newKind = requireKind(kind);
        for (Unit child : children) {
            if (!child.getKind().allowedParents().contains(newKind)) {
                throw BusinessException.onField("kind", "error.unit.kindChildren");
            }
        }
        this.code = requireCode(code);
        this.name = requireText(name, "name", 100);
        this.kind = newKind;
        placeUnder(parent);
    }

    public void changeContact(String contactPhone, String address) {
        if (contactPhone != null && contactPhone.strip().length() > 40) {
            throw BusinessException.onField("contactPhone", "error.tooLong");
        }
        if (address != null && address.strip().length() > 200) {
            throw BusinessException.onField("address", "error.tooLong");
        }
        this.contactPhone = blankToNull(contactPhone);
        this.address = blankToNull(address);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        // getters, not fields: a lazily loaded parent is a proxy whose own fields are empty
        if (parent != null && !parent.isActive()) {
            throw new BusinessException("error.unit.parentInactive");
        }
        this.active = true;
    }

    private void placeUnder(Unit newParent) {
        if (newParent == null) {
            if (!kind.allowedParents().isEmpty()) {
                throw BusinessException.onField("parent", "error.unit.parentRequired");
            }
        } else {
            if (!kind.allowedParents().contains(newParent.getKind())) {
                throw BusinessException.onField("parent", "error.unit.parentKind");
            }
            for (Unit u = newParent; u != null; u = u.getParent()) {
                if (u.equals(this) || u == this) {
                    throw BusinessException.onField("parent", "error.unit.cycle");
                }
            }
        }
        this.parent = newParent;
    }

    /** Whether this unit is {@code other} or lies below it in the hierarchy. */
    public boolean isWithin(Unit other) {
        for (Unit u = this; u != null; u = u.getParent()) {
            if (u.equals(other)) {
                return true;
            }
        }
        return false;
    }

    private static UnitKind requireKind(UnitKind kind) {
        if (kind == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        return kind;
    }

    private static String requireCode(String code) {
        String c = requireText(code, "code", Integer.MAX_VALUE);
        if (!CODE.matcher(c).matches()) {
            throw BusinessException.onField("code", "error.unit.codeFormat");
        }
        return c;
    }

    private static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "error.required");
        }
        if (value.strip().length() > max) {
            throw BusinessException.onField(field, "error.tooLong");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind == null ? null : kind.name());
        m.put("parent", parent == null ? null : parent.getName() + " #" + parent.getId());
        m.put("active", String.valueOf(active));
        m.put("contactPhone", contactPhone);
        m.put("address", address);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Unit other)) {
            return false;
        }
        return id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }
}
