package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.ApiToken;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * API tokens (系统管理 → API 令牌): the administrator issues a token for a user account, scoped
 * to the user's unit and to some of its roles, and revokes it. A token is 32 random bytes
 * (base64url, prefixed {@code pt_}), shown once; only its SHA-256 is kept, so a token is checked
 * with one indexed query and no bcrypt. The API's filter authenticates with
 * {@link #authenticate}, then acts as the user with the token's roles only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The token in clear, this once, and what is kept of it. */
    public record Issued(String token, ApiTokenView view) implements Serializable {
    }

    /** Who a valid token acts as: the user's name and the token's roles (container role names). */
    public record TokenIdentity(String username, Set<String> roles) implements Serializable {
    }

    public Issued issue(String name, String username, Set<Role> roles) {
        AppUser user = username == null ? null : em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            throw BusinessException.onField("user", "error.notFound");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "pt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken t = new ApiToken(hash(token), name, user, roles, currentUser.get().getUsername(), clock.instant());
        em.persist(t);
        em.flush();
        return new Issued(token, view(t));
    }

    public List<ApiTokenView> list() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultStream().map(ApiTokens::view).toList();
    }

    public ApiTokenView revoke(long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null) {
            throw new NotFoundException();
        }
        t.revoke(currentUser.get().getUsername(), clock.instant());
        em.flush();
        return view(t);
    }

    /**
     * The identity of a token presented to the API, if it is valid now (not revoked, its user
     * enabled and still in the unit it was issued for); notes its last use, at most once a minute.
     */
    @PermitAll
    public Optional<TokenIdentity> authenticate(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(token))
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isValid()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        if (t.isLastUseDue(clock.instant())) {
            // a bulk update: concurrent requests of one client never conflict on the token's @Version
            em.createNamedQuery(ApiToken.NOTE_USE).setParameter("id", t.getId()).setParameter("now", clock.instant())
                    .setParameter("before", clock.instant().minus(ApiToken.LAST_USE_RESOLUTION)).executeUpdate();
        }
        return Optional.of(new TokenIdentity(t.getUser().getUsername(),
                t.effectiveRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
    }

    static ApiTokenView view(ApiToken t) {
        return new ApiTokenView(t.getId(), t.getName(), t.getUser().getUsername(), t.getUnit().getName(), t.getRoles(),
                t.getCreatedAt(), t.getCreatedBy(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy(), t.isValid());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
