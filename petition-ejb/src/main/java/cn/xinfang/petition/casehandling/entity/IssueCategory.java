package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One node of the multi-level content taxonomy (问题类别) used by the statistics; configuration. */
@Entity
@Table(name = "issue_category")
@NamedQuery(name = IssueCategory.ACTIVE, query = "SELECT c FROM IssueCategory c LEFT JOIN FETCH c.parent WHERE c.active = TRUE ORDER BY c.code")
public class IssueCategory {

    public static final String ACTIVE = "IssueCategory.active";

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
