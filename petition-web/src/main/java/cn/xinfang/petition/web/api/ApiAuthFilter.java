package cn.xinfang.petition.web.api;

import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.ApiTokens;
import cn.xinfang.petition.organization.boundary.LoginState;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;
import org.wildfly.security.authz.Roles;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authentication of the API, without HTTP sessions: every request carries its credentials and
 * runs as the identity they establish in the application's Elytron security domain (the one the
 * EJBs check with {@code @RolesAllowed} and {@code CurrentUser}); nothing is kept in a session,
 * and none is created.
 * <ul>
 * <li>{@code Authorization: Bearer pt_…}: an API token issued by the administrator
 * ({@link ApiTokens}): one indexed query, no bcrypt. The request acts as the token's user with
 * the token's roles only (the domain's role decoder intersected with them).</li>
 * <li>{@code Authorization: Basic …}: a user's name and password, verified by the realm (bcrypt)
 * with the same lockout bookkeeping as the login page. A verified name and password are
 * remembered for {@link #BASIC_CACHE_TTL} under a SHA-256 of name, password and the account's
 * credential stamp (which changes with the password), so a client sending the same Basic
 * header again skips the bcrypt; a disabled or locked account is refused at once, as the realm
 * does not find it.</li>
 * </ul>
 */
@WebFilter(filterName = "apiAuth", urlPatterns = "/api/*")
public class ApiAuthFilter extends HttpFilter {

    static final Duration BASIC_CACHE_TTL = Duration.ofMinutes(5);
    private static final int BASIC_CACHE_MAX = 10_000;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** SHA-256(name, password, stamp) → when the entry expires (epoch millis). */
    private static final Map<String, Long> VERIFIED = new ConcurrentHashMap<>();

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = ApiLocale.of(req.getHeader("Accept-Language"));
        String path = req.getRequestURI().substring(req.getContextPath().length());
        HttpServletRequest noSession = new NoSessionRequest(req, null, Set.of());
        if (path.startsWith("/api/public/") || path.equals("/api/public")) {
            // the citizen's side: no account; the EJB applies its own abuse limits
            chain.doFilter(noSession, res);
            return;
        }
        String header = req.getHeader("Authorization");
        SecurityIdentity identity;
        try {
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                identity = bearer(header.substring(7).strip());
                if (identity == null) {
                    unauthorized(res, locale, "api.tokenInvalid", "Bearer");
                    return;
                }
            } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                identity = basic(header.substring(6).strip(), res, locale);
                if (identity == null) {
                    return;
                }
            } else {
                unauthorized(res, locale, "api.authRequired", "Basic");
                return;
            }
        } catch (RealmUnavailableException e) {
            throw new ServletException("the security realm is unavailable", e);
        }
        Set<String> roles = new java.util.HashSet<>();
        identity.getRoles().forEach(roles::add);
        HttpServletRequest as = new NoSessionRequest(req, identity.getPrincipal(), roles);
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(as, res);
                return null;
            });
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException se) {
                throw se;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ServletException(cause);
        }
    }

    private SecurityIdentity bearer(String token) throws RealmUnavailableException {
        Optional<ApiTokens.TokenIdentity> t = tokens.authenticate(token);
        if (t.isEmpty()) {
            return null;
        }
        SecurityIdentity identity = authorized(t.get().username());
        if (identity == null) {
            return null;
        }
        Roles granted = Roles.fromSet(t.get().roles());
        return identity.withDefaultRoleMapper(decoded -> decoded.and(granted));
    }

    private SecurityIdentity basic(String encoded, HttpServletResponse res, Locale locale)
            throws IOException, RealmUnavailableException {
        String user;
        String password;
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException();
            }
            user = decoded.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            password = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            unauthorized(res, locale, "api.authRequired", "Basic");
            return null;
        }
        LoginState state = accounts.loginState(user);
        if (state.status() == LoginState.Status.LOCKED || state.status() == LoginState.Status.DISABLED) {
            unauthorized(res, locale, state.status() == LoginState.Status.LOCKED ? "api.locked" : "login.disabled", "Basic");
            return null;
        }
        String key = state.credentialStamp() == null ? null : digest(user + '\0' + password + '\0' + state.credentialStamp());
        long now = System.currentTimeMillis();
        Long until = key == null ? null : VERIFIED.get(key);
        if (until != null && until > now) {
            SecurityIdentity identity = authorized(user);
            if (identity != null) {
                return identity;
            }
        }
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent().authenticate(user, new PasswordGuessEvidence(password.toCharArray()));
            if (key != null) {
                if (VERIFIED.size() >= BASIC_CACHE_MAX) {
                    VERIFIED.values().removeIf(t -> t <= now);
                    if (VERIFIED.size() >= BASIC_CACHE_MAX) {
                        VERIFIED.clear();
                    }
                }
                VERIFIED.put(key, now + BASIC_CACHE_TTL.toMillis());
            }
            return identity;
        } catch (SecurityException e) {
            accounts.recordFailedLogin(user);
            unauthorized(res, locale, "login.failed", "Basic");
            return null;
        }
    }

    /**
     * The identity of an account the realm finds (enabled, not locked), authorised without a
     * credential: the caller has proven it already (a token, a remembered Basic credential).
     */
    private static SecurityIdentity authorized(String username) throws RealmUnavailableException {
        ServerAuthenticationContext ctx = SecurityDomain.getCurrent().createNewAuthenticationContext();
        try {
            ctx.setAuthenticationName(username);
            if (!ctx.exists() || !ctx.authorize()) {
                return null;
            }
            ctx.succeed();
            return ctx.getAuthorizedIdentity();
        } finally {
            ctx.close();
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unauthorized(HttpServletResponse res, Locale locale, String key, String scheme) throws IOException {
        res.setStatus(401);
        res.setHeader("WWW-Authenticate", "Bearer".equals(scheme) ? "Bearer realm=\"petition\", error=\"invalid_token\""
                : "Basic realm=\"petition\", charset=\"UTF-8\"");
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter().write(JSON.toJson(new ApiError(401, "unauthorized", Bundle.text(locale, key), Map.of(), null)));
    }

    /**
     * The request as the API sees it: the caller's principal and roles (for JAX-RS' SecurityContext)
     * and no session: {@code getSession()} answers none rather than creating one.
     */
    static final class NoSessionRequest extends HttpServletRequestWrapper {

        private final Principal principal;
        private final Set<String> roles;

        NoSessionRequest(HttpServletRequest request, Principal principal, Set<String> roles) {
            super(request);
            this.principal = principal;
            this.roles = roles;
        }

        @Override
        public HttpSession getSession() {
            return null;
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal == null ? null : principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }
    }
}
