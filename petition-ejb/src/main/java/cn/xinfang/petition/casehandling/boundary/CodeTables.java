package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CodeEntries;
import cn.xinfang.petition.casehandling.entity.IssueCategory;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.function.ToLongFunction;

/**
 * 系统管理 → 代码表: the administrator keeps the issue categories (two levels) and the channels
 * that registration offers. Nothing is ever deleted (matters refer to both); a deactivated entry
 * disappears from the registration choices and stays on the matters filed under it.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed(Roles.ADMIN)
public class CodeTables {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{2,20}");

    @PersistenceContext
    EntityManager em;

    /** Every category, active or not, in tree order (a parent right before its children); code tables are no secret. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER,
            Roles.APPRAISER, Roles.ADMIN})
    public List<CategoryView> categories() {
        return allCategories().stream().map(CategoryView::of).toList();
    }

    /** Every channel, active or not, in the order the registration form lists them. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER,
            Roles.APPRAISER, Roles.ADMIN})
    public List<ChannelView> channels() {
        return em.createNamedQuery(Channel.ALL, Channel.class).getResultStream().map(ChannelView::of).toList();
    }

    /**
     * A new channel (a county's own mailbox, a platform it joins): code, name, the statistics group
     * it counts in and whether it is a transfer from above (then level and document are required
     * at registration). Listed after the existing ones; offered by registration at once.
     */
    public ChannelView addChannel(String code, String name, ChannelGroup group, boolean transfer) {
        List<Channel> all = em.createNamedQuery(Channel.ALL, Channel.class).getResultList();
        int last = all.stream().mapToInt(Channel::getSortOrder).max().orElse(0);
        Channel channel = new Channel(code, name, group, transfer, last + 10);
        if (all.stream().anyMatch(c -> c.getCode().equals(channel.getCode()))) {
            throw BusinessException.onField("code", "error.channel.codeTaken", channel.getCode());
        }
        if (all.stream().anyMatch(c -> c.getName().equals(channel.getName()))) {
            throw BusinessException.onField("name", "error.channel.nameTaken", channel.getName());
        }
        em.persist(channel);
        em.flush();
        return ChannelView.of(channel);
    }

    /**
     * A new category: top level without a parent, otherwise under a top-level one (two levels only),
     * its code the parent's code followed by more digits.
     */
    public CategoryView addCategory(String code, String name, String parentCode) {
        String c = code == null ? "" : code.strip();
        String n = CodeEntries.name(name);
        IssueCategory parent = null;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = em.find(IssueCategory.class, parentCode.strip());
            if (parent == null) {
                throw BusinessException.onField("parent", "error.notFound");
            }
            if (parent.getParent() != null) {
                throw BusinessException.onField("parent", "error.category.twoLevels");
            }
            if (!parent.isActive()) {
                throw BusinessException.onField("parent", "error.category.parentInactive");
            }
        }
        if (c.isEmpty()) {
            throw BusinessException.onField("code", "error.required");
        }
        if (!DIGITS.matcher(c).matches()) {
            throw BusinessException.onField("code", "error.category.codeFormat");
        }
        if (parent != null && !(c.startsWith(parent.getCode()) && c.length() > parent.getCode().length())) {
            throw BusinessException.onField("code", "error.category.codePrefix", parent.getCode());
        }
        if (em.find(IssueCategory.class, c) != null) {
            throw BusinessException.onField("code", "error.category.codeTaken", c);
        }
        requireUniqueAmongSiblings(n, c, parent == null ? null : parent.getCode());
        IssueCategory created = new IssueCategory(c, n, parent);
        em.persist(created);
        em.flush();
        return CategoryView.of(created);
    }

    public CategoryView renameCategory(String code, String name, long version) {
        IssueCategory category = category(code, version);
        String n = CodeEntries.name(name);
        IssueCategory parent = category.getParent();
        requireUniqueAmongSiblings(n, category.getCode(), parent == null ? null : parent.getCode());
        category.rename(n);
        em.flush();
        return CategoryView.of(category);
    }

    /**
     * Gone from the registration choices; matters filed under it keep it. Deactivating a top level
     * leaves its children as they are, but registration offers none of them while it is inactive.
     */
    public CategoryView deactivateCategory(String code, long version) {
        IssueCategory category = category(code, version);
        category.deactivate();
        em.flush();
        return CategoryView.of(category);
    }

    public CategoryView activateCategory(String code, long version) {
        IssueCategory category = category(code, version);
        category.activate();
        em.flush();
        return CategoryView.of(category);
    }

    public ChannelView renameChannel(String code, String name, long version) {
        Channel channel = channel(code, version);
        String n = CodeEntries.name(name);
        boolean taken = em.createNamedQuery(Channel.ALL, Channel.class).getResultStream()
                .anyMatch(other -> !other.getCode().equals(channel.getCode()) && other.getName().equals(n));
        if (taken) {
            throw BusinessException.onField("name", "error.channel.nameTaken", n);
        }
        channel.rename(n);
        em.flush();
        return ChannelView.of(channel);
    }

    public ChannelView deactivateChannel(String code, long version) {
        Channel channel = channel(code, version);
        long othersActive = em.createNamedQuery(Channel.ACTIVE, Channel.class).getResultStream()
                .filter(c -> !c.getCode().equals(channel.getCode())).count();
        if (othersActive == 0) {
            throw new BusinessException("error.channel.lastActive");
        }
        channel.deactivate();
        em.flush();
        return ChannelView.of(channel);
    }

    public ChannelView activateChannel(String code, long version) {
        Channel channel = channel(code, version);
        channel.activate();
        em.flush();
        return ChannelView.of(channel);
    }

    private List<IssueCategory> allCategories() {
        return em.createNamedQuery(IssueCategory.ALL, IssueCategory.class).getResultList();
    }

    private void requireUniqueAmongSiblings(String name, String code, String parentCode) {
        boolean taken = allCategories().stream()
                .filter(c -> !c.getCode().equals(code))
                .filter(c -> Objects.equals(parentCode, c.getParent() == null ? null : c.getParent().getCode()))
                .anyMatch(c -> c.getName().equals(name));
        if (taken) {
            throw BusinessException.onField("name", "error.category.nameTaken", name);
        }
    }

    private IssueCategory category(String code, long version) {
        return current(IssueCategory.class, code, version, IssueCategory::getVersion);
    }

    private Channel channel(String code, long version) {
        return current(Channel.class, code, version, Channel::getVersion);
    }

    /** The entry with this code, as long as nobody changed it since the caller read {@code version}. */
    private <T> T current(Class<T> type, String code, long version, ToLongFunction<T> versionOf) {
        T entry = code == null ? null : em.find(type, code);
        if (entry == null) {
            throw new NotFoundException();
        }
        StaleDataException.unlessAt(versionOf.applyAsLong(entry), version);
        return entry;
    }
}
