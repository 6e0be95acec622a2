package cn.xinfang.petition.organization.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Role;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An API token of a machine client: it acts as {@link #user} within {@link #unit} (the user's
 * unit when issued) and with {@link #roles} only (some of the user's roles, never the
 * administrator's). Only the SHA-256 of the token is kept.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.user u JOIN FETCH u.unit WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.ALL, query = "SELECT t FROM ApiToken t JOIN FETCH t.user JOIN FETCH t.unit ORDER BY t.createdAt DESC")
@NamedQuery(name = ApiToken.NOTE_USE, query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String NOTE_USE = "ApiToken.noteUse";
    public static final String ALL = "ApiToken.all";

    /** Last use is written at most this often (not on every request). */
    public static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 32)
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, String name, AppUser user, Set<Role> roles, String createdBy, Instant at) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw BusinessException.onField("name", "error.required");
        }
        if (roles == null || roles.isEmpty()) {
            throw BusinessException.onField("roles", "error.token.roles");
        }
        if (roles.contains(Role.ADMIN) || !user.getRoles().containsAll(roles)) {
            throw BusinessException.onField("roles", "error.token.roles");
        }
        if (!user.isEnabled()) {
            throw BusinessException.onField("user", "error.token.userDisabled");
        }
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.name = name.strip();
        this.user = user;
        this.unit = user.getUnit();
        this.roles = roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Whether the token acts now: not revoked, its user enabled and still in the unit it was issued for. */
    public boolean isValid() {
        return revokedAt == null && user.isEnabled() && user.getUnit().getId().equals(unit.getId());
    }

    /** The token's roles that its user still holds. */
    public Set<Role> effectiveRoles() {
        Set<Role> r = getRoles();
        r.retainAll(user.getRoles());
        return r;
    }

    /** Whether a use at {@code at} should be noted (at most once per {@link #LAST_USE_RESOLUTION}, by {@link #NOTE_USE}). */
    public boolean isLastUseDue(Instant at) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USE_RESOLUTION).isAfter(at);
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AppUser getUser() {
        return user;
    }

    public Unit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        Set<Role> r = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::ofRoleName).forEach(o -> o.ifPresent(r::add));
        return r;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
