package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.control.PasswordHasher;
import cn.xinfang.petition.organization.control.PasswordPolicy;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.LockoutPolicy;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.UUID;

/**
 * The signed-in user's own account, and the login bookkeeping around the container's
 * authentication (the password itself is checked by the Elytron jdbc-realm, which also refuses
 * disabled and locked accounts on its own).
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER,
        Roles.APPRAISER, Roles.ADMIN})
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    private static final Set<String> LOCALES = Set.of("zh_CN", "en");
    private static final char[] DUMMY_PASSWORD = "not-a-password".toCharArray();
    private static volatile String dummyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordHasher hasher;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Asked by the login page before it hands the credentials to the container. */
    @PermitAll
    public LoginState loginState(String username) {
        Optional<AppUser> user = byUsername(username);
        if (user.isEmpty()) {
            return LoginState.of(LoginState.Status.UNKNOWN);
        }
        AppUser u = user.get();
        if (!u.isEnabled()) {
            return LoginState.of(LoginState.Status.DISABLED);
        }
        if (u.isLocked(clock.instant())) {
            return new LoginState(LoginState.Status.LOCKED, u.getLockedUntil());
        }
        return new LoginState(LoginState.Status.OPEN, null, ApiTokens.hash("credential:" + u.getPasswordHash()));
    }

    /**
     * Counts a failed login for an existing account and locks it after the policy's number of
     * failures in a row. Runs in its own transaction so that the count survives whatever happens
     * to the caller. Returns the state after the failure.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginState recordFailedLogin(String username) {
        Optional<AppUser> user = byUsername(username);
        if (user.isEmpty()) {
            // the realm found no hash to check, so the refusal came at once; spend the time a
            // bcrypt check takes, or the answer's speed would tell that the account does not exist
            hasher.verify(DUMMY_PASSWORD, dummyHash());
            return LoginState.of(LoginState.Status.UNKNOWN);
        }
        AppUser u = user.get();
        em.lock(u, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(u);
        if (u.recordFailedLogin(clock.instant(), policy())) {
            // no personal data: the account name is an internal identifier
            LOG.warning(() -> "account locked after repeated failed logins: " + u.getUsername());
        }
        return loginState(username);
    }

    public MyAccount me() {
        AppUser u = currentUser.get();
        return new MyAccount(u.getUsername(), u.getDisplayName(), u.getUnit().getId(), u.getUnit().getName(),
                u.getRoles(), u.getLocale(), u.isMustChangePassword());
    }

    /** Called by the login page once the container has accepted the credentials. */
    public MyAccount recordSuccessfulLogin() {
        AppUser u = currentUser.get();
        u.recordSuccessfulLogin(clock.instant());
        return me();
    }

    public void changePassword(String currentPassword, String newPassword) {
        AppUser u = currentUser.get();
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), u.getPasswordHash())) {
            throw BusinessException.onField("currentPassword", "error.password.current");
        }
        PasswordPolicy.check("newPassword", newPassword, u.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw BusinessException.onField("newPassword", "error.password.same");
        }
        u.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
    }

    public void preferLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new BusinessException("error.locale");
        }
        currentUser.get().preferLocale(locale);
    }

    /** A hash of the same cost as the accounts' own, of a password nobody knows. */
    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash(UUID.randomUUID().toString().toCharArray());
            dummyHash = h;
        }
        return h;
    }

    private LockoutPolicy policy() {
        return new LockoutPolicy(settings.integer("petition.lockout.max-failures", LockoutPolicy.DEFAULT.maxFailures()),
                Duration.ofMinutes(settings.integer("petition.lockout.minutes", (int) LockoutPolicy.DEFAULT.lockDuration().toMinutes())));
    }

    private Optional<AppUser> byUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 32) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }
}
