package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.AppUser;
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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A leader who receives petitioners (接访领导): name, post and portfolio as the public notice
 * shows them, the level, the unit whose schedule they belong to (scoping), the unit they are
 * linked to (挂钩镇 / 挂钩村, where "each at their linked unit" rules send them), and optionally the
 * user account the leader logs in with (their 批示件 page).
 */
@Entity
@Table(name = "reception_leader")
@Audited
@AuditedAs("RECEPTION_LEADER")
@NamedQuery(name = Leader.ALL, query = "SELECT l FROM Leader l JOIN FETCH l.unit LEFT JOIN FETCH l.linkedUnit ORDER BY l.level, l.sortOrder, l.id")
public class Leader implements Auditable {

    public static final String ALL = "Leader.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_leader_seq")
    @SequenceGenerator(name = "reception_leader_seq", sequenceName = "reception_leader_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "post", nullable = false, length = 60)
    private String post;

    /** The portfolio as the public notice states it (分管工作). */
    @Column(name = "portfolio", length = 200)
    private String portfolio;

    /** Top-level issue category codes of the portfolio, comma-separated; empty: every subject. */
    @Column(name = "portfolio_categories", length = 200)
    private String portfolioCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "leader_level", nullable = false, length = 20)
    private LeaderLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "linked_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit linkedUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AppUser user;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Leader() {
    }

    public Leader(String name, String post, LeaderLevel level, Unit unit) {
        this.unit = requireUnit(unit);
        describe(name, post, null, null, level, null, 0);
    }

    /** Name, post, portfolio (text and category codes), level, linked unit and place in the list. */
    public void describe(String name, String post, String portfolio, List<String> categories, LeaderLevel level,
                         Unit linkedUnit, int sortOrder) {
        this.name = Texts.required("name", name, 40);
        this.post = Texts.required("post", post, 60);
        this.portfolio = Texts.optional("portfolio", portfolio, 200);
        this.portfolioCategories = categories == null ? null
                : Texts.optional("portfolioCategories", String.join(",", categories.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList()), 200);
        if (level == null) {
            throw BusinessException.onField("level", "error.required");
        }
        this.level = level;
        this.linkedUnit = linkedUnit;
        this.sortOrder = sortOrder;
    }

    public void linkAccount(AppUser user) {
        this.user = user;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /**
     * Whether a subject of this issue category (a code, any level) is within the portfolio: an
     * empty portfolio takes every subject; a subject without a category is not steered away.
     */
    public boolean covers(String categoryCode) {
        List<String> codes = getPortfolioCategories();
        if (codes.isEmpty() || categoryCode == null || categoryCode.isBlank()) {
            return true;
        }
        return codes.stream().anyMatch(categoryCode::startsWith);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("post", post);
        m.put("portfolio", portfolio);
        m.put("portfolioCategories", portfolioCategories);
        m.put("level", level == null ? null : level.name());
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("linkedUnit", linkedUnit == null ? null : linkedUnit.getName() + " #" + linkedUnit.getId());
        m.put("user", user == null ? null : user.getUsername());
        m.put("sortOrder", String.valueOf(sortOrder));
        m.put("active", String.valueOf(active));
        return m;
    }

    private static Unit requireUnit(Unit unit) {
        if (unit == null) {
            throw BusinessException.onField("unit", "error.required");
        }
        return unit;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPost() {
        return post;
    }

    public String getPortfolio() {
        return portfolio;
    }

    public List<String> getPortfolioCategories() {
        return portfolioCategories == null || portfolioCategories.isBlank() ? List.of()
                : Arrays.stream(portfolioCategories.split(",")).toList();
    }

    public LeaderLevel getLevel() {
        return level;
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getLinkedUnit() {
        return linkedUnit;
    }

    public AppUser getUser() {
        return user;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Leader other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Leader.class.hashCode();
    }
}
