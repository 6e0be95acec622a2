package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.UnitDetail;
import cn.xinfang.petition.organization.boundary.UnitForm;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.boundary.UserForm;
import cn.xinfang.petition.organization.boundary.Users;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security lives in the EJB layer: roles on every business method and unit scoping from the
 * caller principal. Each test runs as real users authenticated by the application's realm.
 */
class UnitScopingIT extends InContainerTest {

    @Inject
    Units units;

    @Inject
    Users users;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail auditTrail;

    @Test
    void unauthenticatedCallerIsRefusedByEveryBoundary() {
        assertThrows(EJBAccessException.class, () -> units.directory());
        assertThrows(EJBAccessException.class, () -> units.detail(c.deptAId()));
        assertThrows(EJBAccessException.class, () -> accounts.me());
        assertThrows(EJBAccessException.class, () -> users.count(null, null));
        assertThrows(EJBAccessException.class, () -> auditTrail.history(AuditedType.UNIT, c.deptAId()));
    }

    @Test
    void clerkSeesOwnUnitButNotAnotherUnit() throws Exception {
        as(c.clerkA(), PASSWORD, () -> {
            UnitDetail own = units.detail(c.deptAId());
            assertEquals(c.deptAId(), own.unit().id());
            assertTrue(own.staff().stream().anyMatch(s -> s.username().equals(c.clerkA())));
            assertThrows(NotPermittedException.class, () -> units.detail(c.deptBId()));
            assertThrows(NotPermittedException.class, () -> units.detail(c.countyId()));
            assertThrows(NotPermittedException.class, () -> units.detail(c.townId()));
        });
    }

    @Test
    void townshipClerkSeesItsVillagesButNoDepartment() throws Exception {
        as(c.townClerk(), PASSWORD, () -> {
            assertEquals(c.villageId(), units.detail(c.villageId()).unit().id());
            assertThrows(NotPermittedException.class, () -> units.detail(c.deptAId()));
        });
    }

    @Test
    void clerkCannotChangeAnyUnitAndLeaderOnlyOwnUnit() throws Exception {
        long versionA = as(c.officer(), PASSWORD, () -> units.detail(c.deptAId()).unit().version());
        long versionB = as(c.officer(), PASSWORD, () -> units.detail(c.deptBId()).unit().version());
        as(c.clerkA(), PASSWORD, () ->
                assertThrows(EJBAccessException.class, () -> units.changeContact(c.deptAId(), "123", "x", versionA)));
        as(c.leaderA(), PASSWORD, () -> {
            assertThrows(NotPermittedException.class, () -> units.changeContact(c.deptBId(), "123", "x", versionB));
            UnitView changed = units.changeContact(c.deptAId(), "0571-1234567", "县府路1号", versionA);
            assertEquals("0571-1234567", changed.contactPhone());
        });
        // the refused change left unit B untouched
        as(c.officer(), PASSWORD, () -> assertEquals(null, units.detail(c.deptBId()).unit().contactPhone()));
    }

    @Test
    void countyWideRolesSeeEveryUnit() throws Exception {
        as(c.officer(), PASSWORD, () -> {
            assertEquals(c.deptBId(), units.detail(c.deptBId()).unit().id());
            assertEquals(c.villageId(), units.detail(c.villageId()).unit().id());
        });
    }

    @Test
    void registrarCannotCallAdministratorMethods() throws Exception {
        as(c.registrar(), PASSWORD, () -> {
            assertThrows(EJBAccessException.class, () -> users.count(null, null));
            assertThrows(EJBAccessException.class, () -> users.create(new UserForm("intruder" + c.tag(), "x",
                    c.deptAId(), EnumSet.of(Role.ADMIN), "Secret123")));
            assertThrows(EJBAccessException.class, () -> units.create(new UnitForm("X" + c.tag(), "x",
                    UnitKind.DEPARTMENT, c.countyId(), null, null)));
            assertThrows(EJBAccessException.class, () -> auditTrail.history(AuditedType.USER, 1L));
        });
        assertEquals(0, fixtures.count("SELECT COUNT(u) FROM AppUser u WHERE u.username = 'intruder" + c.tag() + "'"));
    }

    @Test
    void demoClerk2CannotReachClerk1sUnit() throws Exception {
        long clerk1Unit = fixtures.user("clerk1").getUnit().getId();
        long clerk2Unit = fixtures.user("clerk2").getUnit().getId();
        as("clerk2", "demo", () -> {
            assertEquals(clerk2Unit, units.myUnit().id());
            assertThrows(NotPermittedException.class, () -> units.detail(clerk1Unit));
            assertThrows(EJBAccessException.class, () -> units.changeContact(clerk1Unit, "1", "x", 0));
            assertThrows(EJBAccessException.class, () -> users.page(null, clerk1Unit, 0, 10));
        });
        as("clerk1", "demo", () -> assertEquals(clerk1Unit, units.detail(clerk1Unit).unit().id()));
    }
}
