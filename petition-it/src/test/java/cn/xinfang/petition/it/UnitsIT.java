package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.organization.boundary.UnitForm;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unit administration through the real EJBs and database, with the audit trail it leaves. */
class UnitsIT extends InContainerTest {

    @Inject
    Units units;

    @Inject
    AuditTrail auditTrail;

    @Test
    void schemaComesFromFlywayMigrations() {
        assertEquals(1L, fixtures.nativeCount("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = TRUE"));
        assertTrue(fixtures.count("SELECT COUNT(u) FROM Unit u WHERE u.code = '331199'") == 1, "demo county loaded");
    }

    @Test
    void adminCreatesAndChangesUnitAndHistoryShowsWhoAndWhat() throws Exception {
        UnitView created = as(c.admin(), PASSWORD, () -> units.create(
                new UnitForm("N" + c.tag(), "新建村" + c.tag(), UnitKind.VILLAGE, c.townId(), null, null)));
        assertEquals(c.townId(), created.parentId());
        UnitView renamed = as(c.admin(), PASSWORD, () -> units.update(created.id(),
                new UnitForm("N" + c.tag(), "改名村" + c.tag(), UnitKind.VILLAGE, c.townId(), "123", null), created.version()));
        assertEquals("改名村" + c.tag(), renamed.name());

        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.UNIT, created.id()));
        assertEquals(2, history.size());
        assertEquals(HistoryEntry.Kind.CREATED, history.get(0).kind());
        assertEquals(c.admin(), history.get(0).username());
        HistoryEntry change = history.get(1);
        assertEquals(HistoryEntry.Kind.CHANGED, change.kind());
        assertEquals(c.admin(), change.username());
        assertTrue(change.changes().contains(new HistoryEntry.FieldChange("name", "新建村" + c.tag(), "改名村" + c.tag())));
        assertTrue(change.changes().contains(new HistoryEntry.FieldChange("contactPhone", null, "123")));
        assertEquals(2, change.changes().size());
    }

    @Test
    void hierarchyRulesAndDuplicateCodesAreRefusedAndNothingIsWritten() throws Exception {
        long before = fixtures.count("SELECT COUNT(u) FROM Unit u");
        as(c.admin(), PASSWORD, () -> {
            BusinessException wrongParent = assertThrows(BusinessException.class, () -> units.create(
                    new UnitForm("W" + c.tag(), "错层村", UnitKind.VILLAGE, c.countyId(), null, null)));
            assertEquals("error.unit.parentKind", wrongParent.key());
            assertEquals("parent", wrongParent.field());
            BusinessException duplicate = assertThrows(BusinessException.class, () -> units.create(
                    new UnitForm("A" + c.tag(), "重复", UnitKind.DEPARTMENT, c.countyId(), null, null)));
            assertEquals("error.unit.codeTaken", duplicate.key());
            BusinessException badCode = assertThrows(BusinessException.class, () -> units.create(
                    new UnitForm("有空 格", "坏代码", UnitKind.DEPARTMENT, c.countyId(), null, null)));
            assertEquals("error.unit.codeFormat", badCode.key());
        });
        assertEquals(before, fixtures.count("SELECT COUNT(u) FROM Unit u"));
    }

    @Test
    void staleVersionIsRefusedInsteadOfOverwriting() throws Exception {
        as(c.admin(), PASSWORD, () -> {
            UnitView v0 = units.detail(c.deptBId()).unit();
            units.update(v0.id(), new UnitForm(v0.code(), "第一次修改", v0.kind(), v0.parentId(), null, null), v0.version());
            assertThrows(StaleDataException.class, () -> units.update(v0.id(),
                    new UnitForm(v0.code(), "第二次修改（基于旧版本）", v0.kind(), v0.parentId(), null, null), v0.version()));
            assertEquals("第一次修改", units.detail(c.deptBId()).unit().name());
        });
    }

    @Test
    void unitWithActiveSubUnitsOrUsersCannotBeDeactivated() throws Exception {
        as(c.admin(), PASSWORD, () -> {
            UnitView town = units.detail(c.townId()).unit();
            assertEquals("error.unit.hasActiveChildren",
                    assertThrows(BusinessException.class, () -> units.deactivate(town.id(), town.version())).key());
            UnitView village = units.detail(c.villageId()).unit();
            assertFalse(units.deactivate(village.id(), village.version()).active());
            UnitView deptA = units.detail(c.deptAId()).unit();
            assertEquals("error.unit.hasActiveUsers",
                    assertThrows(BusinessException.class, () -> units.deactivate(deptA.id(), deptA.version())).key());
        });
    }
}
