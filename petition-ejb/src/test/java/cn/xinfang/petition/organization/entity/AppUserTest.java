package cn.xinfang.petition.organization.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppUserTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    static final String HASH = "$2a$10$hash";

    final Unit county = UnitTest.withId(new Unit("C01", "县", UnitKind.COUNTY, null), 1);
    final Unit township = UnitTest.withId(new Unit("T01", "城关镇", UnitKind.TOWNSHIP, county), 2);

    AppUser user(Role... roles) {
        return new AppUser("zhang.san", "张三", township, EnumSet.copyOf(List.of(roles)), HASH, T0);
    }

    static void refused(String key, String field, Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.key(), "message key");
        assertEquals(field, e.field(), "field");
    }

    @Nested
    class Creation {

        @Test
        void goodUser() {
            AppUser u = new AppUser("zhang_san-1.x", " 张三 ", township, Set.of(Role.UNIT_CLERK), HASH, T0);
            assertEquals("zhang_san-1.x", u.getUsername());
            assertEquals("张三", u.getDisplayName());
            assertEquals(township, u.getUnit());
            assertEquals(EnumSet.of(Role.UNIT_CLERK), u.getRoles());
            assertEquals(HASH, u.getPasswordHash());
            assertEquals(T0, u.getPasswordChangedAt());
            assertTrue(u.isEnabled());
            assertFalse(u.isMustChangePassword());
            assertFalse(u.isLocked(T0));
            assertEquals(0, u.getFailedLogins());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ab", "a1", "abcdefghijabcdefghijabcdefghij12"})
        void shortestAndLongestUsernamesAccepted(String username) {
            assertEquals(username, new AppUser(username, "张三", township, Set.of(Role.ADMIN), HASH, T0).getUsername());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"Zhang", "zhangSan", "a", "1abc", "_abc", "abcdefghijabcdefghijabcdefghij123",
                "zhang san", "张三", ""})
        void badUsernameRefused(String username) {
            refused("error.user.username", "username",
                    () -> new AppUser(username, "张三", township, Set.of(Role.ADMIN), HASH, T0));
        }

        @Test
        void displayNameRequired() {
            refused("error.required", "displayName", () -> new AppUser("zs", null, township, Set.of(Role.ADMIN), HASH, T0));
            refused("error.required", "displayName", () -> new AppUser("zs", "  ", township, Set.of(Role.ADMIN), HASH, T0));
        }

        @Test
        void unitRequiredAndActive() {
            refused("error.required", "unit", () -> new AppUser("zs", "张三", null, Set.of(Role.ADMIN), HASH, T0));
            township.deactivate();
            refused("error.user.unitInactive", "unit",
                    () -> new AppUser("zs", "张三", township, Set.of(Role.ADMIN), HASH, T0));
        }

        @Test
        void atLeastOneRole() {
            refused("error.user.rolesRequired", "roles", () -> new AppUser("zs", "张三", township, null, HASH, T0));
            refused("error.user.rolesRequired", "roles", () -> new AppUser("zs", "张三", township, Set.of(), HASH, T0));
        }

        @Test
        void assignReplacesRolesAndUnit() {
            AppUser u = user(Role.UNIT_CLERK, Role.UNIT_LEADER);
            u.assign("李四", county, Set.of(Role.OFFICER));
            assertEquals("李四", u.getDisplayName());
            assertEquals(county, u.getUnit());
            assertEquals(EnumSet.of(Role.OFFICER), u.getRoles());
            assertTrue(u.hasRole(Role.OFFICER));
            assertFalse(u.hasRole(Role.UNIT_CLERK));
        }

        @Test
        void refusedAssignChangesNothing() {
            AppUser u = user(Role.UNIT_CLERK);
            refused("error.user.rolesRequired", "roles", () -> u.assign("李四", county, Set.of()));
            assertEquals("张三", u.getDisplayName());
            assertEquals(township, u.getUnit());
            assertEquals(EnumSet.of(Role.UNIT_CLERK), u.getRoles());
        }

        @Test
        void getRolesIsACopy() {
            AppUser u = user(Role.UNIT_CLERK);
            u.getRoles().add(Role.ADMIN);
            assertFalse(u.hasRole(Role.ADMIN));
        }
    }

    @Nested
    class Lockout {

        final AppUser u = user(Role.UNIT_CLERK);

        Instant at(long seconds) {
            return T0.plusSeconds(seconds);
        }

        /** Fails {@code n} times one second apart starting at {@code start}; returns the results. */
        List<Boolean> fail(int n, Instant start) {
            Boolean[] results = new Boolean[n];
            for (int i = 0; i < n; i++) {
                results[i] = u.recordFailedLogin(start.plusSeconds(i), POLICY);
            }
            return List.of(results);
        }

        @Test
        void fourFailuresDoNotLock() {
            assertEquals(List.of(false, false, false, false), fail(4, T0));
            assertFalse(u.isLocked(at(4)));
            assertNull(u.getLockedUntil());
            assertEquals(4, u.getFailedLogins());
        }

        @Test
        void fifthFailureLocksForFifteenMinutes() {
            fail(4, T0);
            Instant fifth = at(10);
            assertTrue(u.recordFailedLogin(fifth, POLICY), "the fifth failure locks");
            Instant until = fifth.plus(Duration.ofMinutes(15));
            assertEquals(until, u.getLockedUntil());
            assertTrue(u.isLocked(fifth));
            assertTrue(u.isLocked(until.minusMillis(1)));
            assertFalse(u.isLocked(until), "the lock ends at lockedUntil");
            assertFalse(u.isLocked(until.plusSeconds(1)));
        }

        @Test
        void failuresWhileLockedDoNotExtendTheLock() {
            fail(5, T0);
            Instant until = u.getLockedUntil();
            assertEquals(at(4).plus(Duration.ofMinutes(15)), until);
            assertEquals(List.of(false, false, false, false, false, false), fail(6, at(60)));
            assertFalse(u.recordFailedLogin(until.minusSeconds(1), POLICY));
            assertEquals(until, u.getLockedUntil());
            assertFalse(u.isLocked(until));
        }

        @Test
        void afterTheLockExpiresTheCountStartsAgain() {
            fail(5, T0);
            Instant after = u.getLockedUntil().plusSeconds(1);
            assertEquals(List.of(false, false, false, false), fail(4, after));
            assertFalse(u.isLocked(after.plusSeconds(4)));
            assertEquals(4, u.getFailedLogins());
            Instant fifth = after.plusSeconds(4);
            assertTrue(u.recordFailedLogin(fifth, POLICY));
            assertEquals(fifth.plus(Duration.ofMinutes(15)), u.getLockedUntil());
            assertTrue(u.isLocked(fifth));
        }

        @Test
        void firstFailureAfterExpiryIsNotALock() {
            fail(5, T0);
            Instant until = u.getLockedUntil();
            assertFalse(u.recordFailedLogin(until, POLICY));
            assertFalse(u.isLocked(until));
            assertEquals(1, u.getFailedLogins());
        }

        @Test
        void successfulLoginResetsTheCount() {
            fail(4, T0);
            u.recordSuccessfulLogin(at(10));
            assertEquals(0, u.getFailedLogins());
            assertEquals(at(10), u.getLastLoginAt());
            assertEquals(List.of(false, false, false, false), fail(4, at(20)));
            assertFalse(u.isLocked(at(30)));
            assertTrue(u.recordFailedLogin(at(30), POLICY));
        }

        @Test
        void unlockEndsTheLock() {
            fail(5, T0);
            assertTrue(u.isLocked(at(5)));
            u.unlock();
            assertFalse(u.isLocked(at(5)));
            assertEquals(0, u.getFailedLogins());
            assertNull(u.getLockedUntil());
        }

        @Test
        void policyWithOneFailure() {
            LockoutPolicy strict = new LockoutPolicy(1, Duration.ofSeconds(30));
            assertTrue(u.recordFailedLogin(T0, strict));
            assertEquals(T0.plusSeconds(30), u.getLockedUntil());
        }

        @Test
        void invalidPolicyRejected() {
            assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
            assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(3, Duration.ZERO));
            assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(3, Duration.ofMinutes(-1)));
            assertEquals(new LockoutPolicy(5, Duration.ofMinutes(15)), LockoutPolicy.DEFAULT);
        }
    }

    @Nested
    class Passwords {

        @Test
        void resetPasswordForcesAChangeAndUnlocks() {
            AppUser u = user(Role.UNIT_CLERK);
            for (int i = 0; i < 5; i++) {
                u.recordFailedLogin(T0.plusSeconds(i), POLICY);
            }
            assertTrue(u.isLocked(T0.plusSeconds(5)));
            Instant now = T0.plusSeconds(60);
            u.resetPassword("$2a$10$new", now);
            assertEquals("$2a$10$new", u.getPasswordHash());
            assertEquals(now, u.getPasswordChangedAt());
            assertTrue(u.isMustChangePassword());
            assertFalse(u.isLocked(now));
            assertNull(u.getLockedUntil());
            assertEquals(0, u.getFailedLogins());
        }

        @Test
        void changePasswordClearsMustChange() {
            AppUser u = user(Role.UNIT_CLERK);
            u.resetPassword("$2a$10$reset", T0);
            Instant now = T0.plusSeconds(120);
            u.changePassword("$2a$10$chosen", now);
            assertEquals("$2a$10$chosen", u.getPasswordHash());
            assertEquals(now, u.getPasswordChangedAt());
            assertFalse(u.isMustChangePassword());
        }

        @Test
        void hashIsRequired() {
            AppUser u = user(Role.UNIT_CLERK);
            assertThrows(NullPointerException.class, () -> u.changePassword(null, T0));
            assertThrows(NullPointerException.class, () -> u.resetPassword(null, T0));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "ADMIN", "COUNTY_LEADER", "APPRAISER"})
    void countyWideRoles(Role role) {
        assertTrue(user(role).isCountyWide());
        assertTrue(user(Role.UNIT_CLERK, role).isCountyWide(), "one county-wide role is enough");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"UNIT_CLERK", "UNIT_LEADER", "REGISTRAR"})
    void unitRoles(Role role) {
        assertFalse(user(role).isCountyWide());
    }

    @Test
    void unitRolesTogetherAreNotCountyWide() {
        assertFalse(user(Role.UNIT_CLERK, Role.UNIT_LEADER, Role.REGISTRAR).isCountyWide());
    }

    @Test
    void enableDisable() {
        AppUser u = user(Role.UNIT_CLERK);
        u.disable();
        assertFalse(u.isEnabled());
        u.enable();
        assertTrue(u.isEnabled());
    }

    @Test
    void auditSnapshotSortsRolesByName() {
        // enum order would be unit_leader, appraiser, admin
        AppUser u = user(Role.UNIT_LEADER, Role.APPRAISER, Role.ADMIN);
        u.preferLocale("zh_CN");
        Map<String, String> m = u.auditSnapshot();
        assertEquals("[admin, appraiser, unit_leader]", m.get("roles"));
        assertEquals(List.of("username", "displayName", "unit", "roles", "enabled", "lockedUntil",
                "passwordChangedAt", "mustChangePassword", "locale"), List.copyOf(m.keySet()));
        assertEquals("zhang.san", m.get("username"));
        assertEquals("张三", m.get("displayName"));
        assertTrue(m.get("unit").endsWith("#2"), "the unit by name and id");
        assertEquals("true", m.get("enabled"));
        assertNull(m.get("lockedUntil"));
        assertEquals("2026-03-01 10:00:00", m.get("passwordChangedAt"), "China Standard Time");
        assertEquals("false", m.get("mustChangePassword"));
        assertEquals("zh_CN", m.get("locale"));
        assertFalse(m.containsValue(HASH), "the password hash is never in the audit trail");
    }

    @Test
    void auditSnapshotShowsTheLock() {
        AppUser u = user(Role.UNIT_CLERK);
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(T0, POLICY);
        }
        assertEquals("2026-03-01 10:15:00", u.auditSnapshot().get("lockedUntil"), "China Standard Time");
    }
}
