package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node of the two-level content taxonomy (问题类别) used by the statistics; configuration kept
 * by the administrator (系统管理 → 代码表). Never deleted: matters refer to it; it is deactivated.
 */
@Entity
@Audited
@AuditedAs("CATEGORY")
@Table(name = "issue_category")
@NamedQueries({
        @NamedQuery(name = IssueCategory.ACTIVE, query = "SELECT c FROM IssueCategory c LEFT JOIN FETCH c.parent WHERE c.active = TRUE ORDER BY c.code"),
        // a child's code starts with its parent's, so code order is tree order
        @NamedQuery(name = IssueCategory.ALL, query = "SELECT c FROM IssueCategory c LEFT JOIN FETCH c.parent ORDER BY c.code")
})
public class IssueCategory implements Auditable {

    public static final String ACTIVE = "IssueCategory.active";
    public static final String ALL = "IssueCategory.all";

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private IssueCategory parent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IssueCategory() {
    }

    public IssueCategory(String code, String name, IssueCategory parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    public void rename(String name) {
        this.name = CodeEntries.name(name);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        IssueCategory p = getParent();
        m.put("parentCategory", p == null ? null : p.getCode() + " " + p.getName());
        m.put("active", String.valueOf(active));
        return m;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public IssueCategory getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    /** "城乡建设 / 物业管理" for a second-level category. */
    public String getPath() {
        IssueCategory p = getParent();
        return p == null ? name : p.getPath() + " / " + name;
    }
}
