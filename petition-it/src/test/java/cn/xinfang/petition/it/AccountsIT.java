package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.LoginState;
import cn.xinfang.petition.organization.boundary.UserForm;
import cn.xinfang.petition.organization.boundary.UserView;
import cn.xinfang.petition.organization.boundary.Users;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static cn.xinfang.petition.it.Identities.canLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Accounts against the real Elytron jdbc-realm: bcrypt hashes, disabling, lockout, password changes. */
class AccountsIT extends InContainerTest {

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail auditTrail;

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        String hash = fixtures.user(c.clerkA()).getPasswordHash();
        assertTrue(hash.startsWith("$2"), "modular-crypt bcrypt");
        assertFalse(hash.contains(PASSWORD));
        assertTrue(canLogin(c.clerkA(), PASSWORD));
        assertFalse(canLogin(c.clerkA(), PASSWORD + "x"));
    }

    @Test
    void fiveFailedLoginsInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginState.Status.OPEN, accounts.recordFailedLogin(c.clerkB()).status(), "after failure " + i);
        }
        LoginState locked = accounts.recordFailedLogin(c.clerkB());
        assertEquals(LoginState.Status.LOCKED, locked.status());
        assertFalse(canLogin(c.clerkB(), PASSWORD), "the realm refuses a locked account");

        // the administrator sees the lock and lifts it
        UserView seen = as(c.admin(), PASSWORD, () -> users.page(c.clerkB(), null, 0, 10).get(0));
        assertTrue(seen.locked());
        as(c.admin(), PASSWORD, () -> users.unlock(seen.id(), seen.version()));
        assertTrue(canLogin(c.clerkB(), PASSWORD));
    }

    @Test
    void lockExpiresByItself() {
        for (int i = 0; i < 5; i++) {
            accounts.recordFailedLogin(c.townClerk());
        }
        assertFalse(canLogin(c.townClerk(), PASSWORD));
        fixtures.expireLock(c.townClerk());
        assertTrue(canLogin(c.townClerk(), PASSWORD));
        assertEquals(LoginState.Status.OPEN, accounts.loginState(c.townClerk()).status());
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        UserView u = as(c.admin(), PASSWORD, () -> users.page(c.clerkA(), null, 0, 10).get(0));
        as(c.admin(), PASSWORD, () -> users.disable(u.id(), u.version()));
        assertFalse(canLogin(c.clerkA(), PASSWORD));
        assertEquals(LoginState.Status.DISABLED, accounts.loginState(c.clerkA()).status());
    }

    @Test
    void adminCreatesUserWhoMustChangeThePasswordAndHistoryRecordsIt() throws Exception {
        String name = "new" + c.tag();
        UserView created = as(c.admin(), PASSWORD, () -> users.create(new UserForm(name, "新用户", c.deptAId(),
                EnumSet.of(Role.UNIT_CLERK, Role.REGISTRAR), "Initial123")));
        assertTrue(created.mustChangePassword());
        assertTrue(canLogin(name, "Initial123"));

        as(name, "Initial123", () -> {
            assertTrue(accounts.me().mustChangePassword());
            assertEquals("error.password.current",
                    assertThrows(BusinessException.class, () -> accounts.changePassword("wrong", "Better456")).key());
            assertEquals("error.password.mix",
                    assertThrows(BusinessException.class, () -> accounts.changePassword("Initial123", "onlyletters")).key());
            accounts.changePassword("Initial123", "Better456");
        });
        assertFalse(canLogin(name, "Initial123"));
        assertTrue(canLogin(name, "Better456"));
        as(name, "Better456", () -> assertFalse(accounts.me().mustChangePassword()));

        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.USER, created.id()));
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertEquals(c.admin(), history.get(0).username());
        assertTrue(history.stream().anyMatch(h -> name.equals(h.username())
                && h.changes().stream().anyMatch(f -> f.field().equals("mustChangePassword"))), "the user's own change is audited");
    }

    @Test
    void duplicateUserNameAndWeakPasswordAreRefused() throws Exception {
        as(c.admin(), PASSWORD, () -> {
            assertEquals("error.user.usernameTaken", assertThrows(BusinessException.class, () -> users.create(
                    new UserForm(c.clerkA(), "重名", c.deptAId(), EnumSet.of(Role.UNIT_CLERK), "Initial123"))).key());
            assertEquals("error.password.length", assertThrows(BusinessException.class, () -> users.create(
                    new UserForm("weak" + c.tag(), "弱密码", c.deptAId(), EnumSet.of(Role.UNIT_CLERK), "a1"))).key());
            assertEquals("error.user.rolesRequired", assertThrows(BusinessException.class, () -> users.create(
                    new UserForm("norole" + c.tag(), "无角色", c.deptAId(), EnumSet.noneOf(Role.class), "Initial123"))).key());
        });
        assertEquals(0, fixtures.count("SELECT COUNT(u) FROM AppUser u WHERE u.username IN ('weak" + c.tag() + "', 'norole" + c.tag() + "')"));
    }

    @Test
    void adminCannotLockThemselvesOut() throws Exception {
        UserView me = as(c.admin(), PASSWORD, () -> users.page(c.admin(), null, 0, 10).get(0));
        as(c.admin(), PASSWORD, () -> {
            assertEquals("error.user.disableSelf",
                    assertThrows(BusinessException.class, () -> users.disable(me.id(), me.version())).key());
            assertEquals("error.user.ownAdminRole", assertThrows(BusinessException.class, () -> users.update(me.id(),
                    new UserForm(c.admin(), "x", c.countyId(), EnumSet.of(Role.OFFICER), null), me.version())).key());
        });
    }
}
