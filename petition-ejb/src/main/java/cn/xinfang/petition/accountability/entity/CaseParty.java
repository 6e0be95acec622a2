package cn.xinfang.petition.accountability.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A person and/or unit an accountability case looks at: suggested by the 倒查 rule or added; concerned or not. */
@Entity
@Table(name = "acc_case_party")
@Audited
@AuditedAs(value = "ACCOUNTABILITY_CASE", partOf = "accountabilityCase")
public class CaseParty implements Auditable {

    public record View(long id, String username, String name, Long unitId, String unitName, PartyBasis basis,
                       boolean suggested, boolean concerned) implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_case_party_seq")
    @SequenceGenerator(name = "acc_case_party_seq", sequenceName = "acc_case_party_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private AccountabilityCase accountabilityCase;

    @Column(name = "username", length = 32, updatable = false)
    private String username;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 20, updatable = false)
    private PartyBasis basis;

    @Column(name = "suggested", nullable = false, updatable = false)
    private boolean suggested;

    @Column(name = "concerned", nullable = false)
    private boolean concerned = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseParty() {
    }

    CaseParty(AccountabilityCase c, String username, Long unitId, PartyBasis basis, boolean suggested) {
        this.accountabilityCase = c;
        this.username = username;
        this.unitId = unitId;
        this.basis = basis;
        this.suggested = suggested;
    }

    void concerned(boolean yes) {
        this.concerned = yes;
    }

    View view(Function<Long, String> unitNames, Function<String, String> userNames) {
        return new View(id == null ? 0 : id, username, username == null ? null : userNames.apply(username), unitId,
                unitId == null ? null : unitNames.apply(unitId), basis, suggested, concerned);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("unit", unitId == null ? null : unitId.toString());
        m.put("basis", basis.name());
        m.put("suggested", String.valueOf(suggested));
        m.put("concerned", String.valueOf(concerned));
        return m;
    }

    @Override
    public String auditLabel() {
        return username != null ? username : String.valueOf(unitId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isConcerned() {
        return concerned;
    }
}
