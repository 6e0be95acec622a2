package cn.xinfang.petition.organization.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.entity.RoleConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person who logs in. Belongs to exactly one unit; holds one or more roles. The password is
 * kept only as a bcrypt hash in modular-crypt form, which the server's Elytron jdbc-realm checks.
 */
@Entity
@Table(name = "app_user")
@Audited
@AuditedAs("USER")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u JOIN FETCH u.unit WHERE u.username = :username")
@NamedQuery(name = AppUser.OF_UNIT, query = "SELECT u FROM AppUser u WHERE u.unit = :unit ORDER BY u.username")
@NamedQuery(name = AppUser.ACTIVE_OF_UNIT, query = "SELECT COUNT(u) FROM AppUser u WHERE u.unit = :unit AND u.enabled = TRUE")
@NamedQuery(name = AppUser.COUNT, query = "SELECT COUNT(u) FROM AppUser u")
public class AppUser implements Auditable {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String OF_UNIT = "AppUser.ofUnit";
    public static final String ACTIVE_OF_UNIT = "AppUser.activeOfUnit";
    public static final String COUNT = "AppUser.count";

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 32, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 32)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "locale", length = 10)
    private String locale;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, Unit unit, Set<Role> roles, String passwordHash, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BusinessException.onField("username", "error.user.username");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        assign(displayName, unit, roles);
    }

    /** Sets name, unit and roles; a user always has a unit and at least one role. */
    public void assign(String displayName, Unit unit, Set<Role> roles) {
        if (displayName == null || displayName.isBlank()) {
            throw BusinessException.onField("displayName", "error.required");
        }
        if (unit == null) {
            throw BusinessException.onField("unit", "error.required");
        }
        if (!unit.isActive()) {
            throw BusinessException.onField("unit", "error.user.unitInactive");
        }
        if (roles == null || roles.isEmpty()) {
            throw BusinessException.onField("roles", "error.user.rolesRequired");
        }
        this.displayName = displayName.strip();
        this.unit = unit;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A password set by an administrator: the user must choose a new one at the next login. */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        unlock();
    }

    /** A password the user chose. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return false;
        }
        if (lockedUntil != null) {
            // an expired lock: the count starts again
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the user sees every unit's data (bureau and county roles) rather than only their own unit's. */
    public boolean isCountyWide() {
        return roles.stream().anyMatch(Role::countyWide);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("roles", roles.stream().map(Role::roleName).collect(Collectors.toCollection(TreeSet::new)).toString());
        m.put("enabled", String.valueOf(enabled));
        m.put("lockedUntil", Auditable.time(lockedUntil));
        m.put("passwordChangedAt", Auditable.time(passwordChangedAt));
        m.put("mustChangePassword", String.valueOf(mustChangePassword));
        m.put("locale", locale);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Unit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLocale() {
        return locale;
    }

    public long getVersion() {
        return version;
    }
}
