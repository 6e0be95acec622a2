package cn.xinfang.petition.organization.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitTest {

    /** Ids are normally assigned by JPA; equality (and so isWithin) depends on them. */
    static <T extends Unit> T withId(T unit, long id) {
        try {
            Field f = Unit.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(unit, id);
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static BusinessException refused(String key, String field, Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.key(), "message key");
        assertEquals(field, e.field(), "field");
        return e;
    }

    static Unit county() {
        return new Unit("C01", "县", UnitKind.COUNTY, null);
    }

    @Nested
    class Hierarchy {

        @Test
        void countyIsTheRoot() {
            Unit c = county();
            assertNull(c.getParent());
            assertEquals(UnitKind.COUNTY, c.getKind());
            assertTrue(c.isActive());
        }

        @Test
        void countyMayNotHaveAParent() {
            Unit c = county();
            refused("error.unit.parentKind", "parent", () -> new Unit("C02", "另一县", UnitKind.COUNTY, c));
        }

        @Test
        void departmentAndTownshipOnlyUnderCounty() {
            Unit c = county();
            Unit d = new Unit("D01", "民政局", UnitKind.DEPARTMENT, c);
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            assertSame(c, d.getParent());
            assertSame(c, t.getParent());

            refused("error.unit.parentRequired", "parent", () -> new Unit("D02", "局", UnitKind.DEPARTMENT, null));
            refused("error.unit.parentRequired", "parent", () -> new Unit("T02", "镇", UnitKind.TOWNSHIP, null));
            refused("error.unit.parentKind", "parent", () -> new Unit("D02", "局", UnitKind.DEPARTMENT, t));
            refused("error.unit.parentKind", "parent", () -> new Unit("T02", "镇", UnitKind.TOWNSHIP, d));
            refused("error.unit.parentKind", "parent", () -> new Unit("T02", "镇", UnitKind.TOWNSHIP, t));
        }

        @Test
        void villageAndCommunityOnlyUnderTownship() {
            Unit c = county();
            Unit d = new Unit("D01", "民政局", UnitKind.DEPARTMENT, c);
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            Unit v = new Unit("V01", "东村", UnitKind.VILLAGE, t);
            Unit m = new Unit("M01", "南社区", UnitKind.COMMUNITY, t);
            assertSame(t, v.getParent());
            assertSame(t, m.getParent());

            refused("error.unit.parentRequired", "parent", () -> new Unit("V02", "村", UnitKind.VILLAGE, null));
            refused("error.unit.parentRequired", "parent", () -> new Unit("M02", "社区", UnitKind.COMMUNITY, null));
            refused("error.unit.parentKind", "parent", () -> new Unit("V02", "村", UnitKind.VILLAGE, c));
            refused("error.unit.parentKind", "parent", () -> new Unit("V02", "村", UnitKind.VILLAGE, d));
            refused("error.unit.parentKind", "parent", () -> new Unit("V02", "村", UnitKind.VILLAGE, v));
            refused("error.unit.parentKind", "parent", () -> new Unit("M02", "社区", UnitKind.COMMUNITY, c));
            refused("error.unit.parentKind", "parent", () -> new Unit("M02", "社区", UnitKind.COMMUNITY, m));
        }

        @Test
        void changeAppliesTheSameRules() {
            Unit c = county();
            Unit t1 = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            Unit t2 = new Unit("T02", "新华镇", UnitKind.TOWNSHIP, c);
            Unit v = new Unit("V01", "东村", UnitKind.VILLAGE, t1);

            v.change("V01", "东村", UnitKind.VILLAGE, t2, List.of());
            assertSame(t2, v.getParent());

            refused("error.unit.parentKind", "parent", () -> v.change("V01", "东村", UnitKind.VILLAGE, c, List.of()));
            refused("error.unit.parentRequired", "parent", () -> v.change("V01", "东村", UnitKind.VILLAGE, null, List.of()));

            // a village turned into a department moves up to the county
            v.change("D09", "新局", UnitKind.DEPARTMENT, c, List.of());
            assertEquals("D09", v.getCode());
            assertEquals("新局", v.getName());
            assertEquals(UnitKind.DEPARTMENT, v.getKind());
            assertSame(c, v.getParent());
        }

        @Test
        void movingUnderOwnDescendantIsRefused() {
            Unit c = county();
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            // the only kind-consistent way to put a unit under its descendant:
            // the county becomes a village under its own township
            refused("error.unit.cycle", "parent", () -> c.change("C01", "县", UnitKind.VILLAGE, t, List.of()));
            assertNull(c.getParent(), "the refused move left the parent unchanged");
        }

        @Test
        void movingUnderItselfIsRefused() {
            Unit c = county();
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            assertThrows(BusinessException.class, () -> t.change("T01", "城关镇", UnitKind.TOWNSHIP, t, List.of()));
            assertThrows(BusinessException.class, () -> c.change("C01", "县", UnitKind.DEPARTMENT, c, List.of()));
            assertSame(c, t.getParent());
        }

        @Test
        void rekindingAParentMustNotLeaveChildrenUnderAWrongKind() {
            Unit c = county();
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            Unit v = new Unit("V01", "东村", UnitKind.VILLAGE, t);
            refused("error.unit.kindChildren", "kind", () -> t.change("T01", "城关镇", UnitKind.DEPARTMENT, c, List.of(v)));
            assertSame(UnitKind.TOWNSHIP, t.getKind(), "the refused change left the kind unchanged");
            t.change("T01", "城关镇二", UnitKind.TOWNSHIP, c, List.of(v));
            assertEquals("城关镇二", t.getName());
        }
    }

    @Nested
    class Fields {

        @ParameterizedTest
        @ValueSource(strings = {"A", "1", "AB-1", "A B", "A_1", "村01", "123456789012345678901234567890123", "ab.c"})
        void badCodeIsRefused(String code) {
            refused("error.unit.codeFormat", "code", () -> new Unit(code, "县", UnitKind.COUNTY, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"AB", "ab", "01", "C1a2", "12345678901234567890123456789012"})
        void goodCodeIsAccepted(String code) {
            assertEquals(code, new Unit(code, "县", UnitKind.COUNTY, null).getCode());
        }

        @Test
        void codeIsStripped() {
            assertEquals("C01", new Unit("  C01 ", "县", UnitKind.COUNTY, null).getCode());
        }

        @Test
        void missingCodeIsRequired() {
            refused("error.required", "code", () -> new Unit(null, "县", UnitKind.COUNTY, null));
            refused("error.required", "code", () -> new Unit("  ", "县", UnitKind.COUNTY, null));
        }

        @Test
        void blankNameIsRefused() {
            refused("error.required", "name", () -> new Unit("C01", null, UnitKind.COUNTY, null));
            refused("error.required", "name", () -> new Unit("C01", "", UnitKind.COUNTY, null));
            refused("error.required", "name", () -> new Unit("C01", " \t ", UnitKind.COUNTY, null));
            Unit c = county();
            refused("error.required", "name", () -> c.change("C01", "  ", UnitKind.COUNTY, null, List.of()));
        }

        @Test
        void nameIsStripped() {
            assertEquals("城关镇", new Unit("C01", " 城关镇 ", UnitKind.COUNTY, null).getName());
        }

        @Test
        void changeContactTurnsBlanksIntoNull() {
            Unit c = county();
            c.changeContact(" 0571-1234567 ", " 人民路1号 ");
            assertEquals("0571-1234567", c.getContactPhone());
            assertEquals("人民路1号", c.getAddress());

            c.changeContact("   ", "");
            assertNull(c.getContactPhone());
            assertNull(c.getAddress());

            c.changeContact(null, null);
            assertNull(c.getContactPhone());
            assertNull(c.getAddress());
        }
    }

    @Nested
    class Within {

        final Unit c = withId(county(), 1);
        final Unit t1 = withId(new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c), 2);
        final Unit t2 = withId(new Unit("T02", "新华镇", UnitKind.TOWNSHIP, c), 3);
        final Unit v1 = withId(new Unit("V01", "东村", UnitKind.VILLAGE, t1), 4);
        final Unit v2 = withId(new Unit("V02", "西村", UnitKind.VILLAGE, t1), 5);

        @Test
        void self() {
            assertTrue(c.isWithin(c));
            assertTrue(v1.isWithin(v1));
        }

        @Test
        void selfEvenWithoutId() {
            Unit fresh = county();
            assertTrue(fresh.isWithin(fresh));
        }

        @Test
        void child() {
            assertTrue(t1.isWithin(c));
            assertTrue(v1.isWithin(t1));
        }

        @Test
        void grandchild() {
            assertTrue(v1.isWithin(c));
        }

        @Test
        void notSiblings() {
            assertFalse(t1.isWithin(t2));
            assertFalse(t2.isWithin(t1));
            assertFalse(v1.isWithin(v2));
            assertFalse(v1.isWithin(t2));
        }

        @Test
        void notUpwards() {
            assertFalse(c.isWithin(t1));
            assertFalse(t1.isWithin(v1));
        }

        @Test
        void notNull() {
            assertFalse(v1.isWithin(null));
        }

        @Test
        void sameIdMeansSameUnit() {
            // another instance of the same row (e.g. loaded in another persistence context)
            Unit otherCopyOfT1 = withId(new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c), 2);
            assertTrue(v1.isWithin(otherCopyOfT1));
        }
    }

    @Nested
    class Activation {

        @Test
        void deactivateAndActivate() {
            Unit c = county();
            c.deactivate();
            assertFalse(c.isActive());
            c.activate();
            assertTrue(c.isActive());
        }

        @Test
        void activateUnderInactiveParentIsRefused() {
            Unit c = county();
            Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
            t.deactivate();
            c.deactivate();
            BusinessException e = assertThrows(BusinessException.class, t::activate);
            assertEquals("error.unit.parentInactive", e.key());
            assertFalse(t.isActive());

            c.activate();
            t.activate();
            assertTrue(t.isActive());
        }
    }

    @Test
    void auditSnapshot() {
        Unit c = withId(county(), 7);
        Unit t = new Unit("T01", "城关镇", UnitKind.TOWNSHIP, c);
        t.changeContact("123", null);
        var m = t.auditSnapshot();
        assertEquals(java.util.List.of("code", "name", "kind", "parent", "active", "contactPhone", "address"),
                java.util.List.copyOf(m.keySet()));
        assertEquals("T01", m.get("code"));
        assertEquals("TOWNSHIP", m.get("kind"));
        assertEquals("县 #7", m.get("parent"));
        assertEquals("true", m.get("active"));
        assertEquals("123", m.get("contactPhone"));
        assertNull(m.get("address"));
        assertNull(c.auditSnapshot().get("parent"));
    }
}
