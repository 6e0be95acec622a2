package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HolidayDateTest {

    static final LocalDate WEDNESDAY = LocalDate.parse("2025-10-01");
    static final LocalDate SATURDAY = LocalDate.parse("2025-10-11");
    static final LocalDate SUNDAY = LocalDate.parse("2025-09-28");

    static void refused(String key, String field, Executable call) {
        BusinessException e = assertThrows(BusinessException.class, call);
        assertEquals(key, e.key(), "message key");
        assertEquals(field, e.field(), "field");
    }

    @Test
    void offDayOnAWeekday() {
        HolidayDate h = new HolidayDate(WEDNESDAY, DayKind.OFF, " 国庆节、中秋节 ");
        assertEquals(WEDNESDAY, h.getDay());
        assertEquals(DayKind.OFF, h.getKind());
        assertEquals("国庆节、中秋节", h.getName());
        assertEquals(0, h.getVersion());
    }

    @Test
    void offDayOnAWeekendInsideAHoliday() {
        assertEquals(DayKind.OFF, new HolidayDate(LocalDate.parse("2025-10-04"), DayKind.OFF, "国庆节").getKind());
    }

    @Test
    void makeUpWorkingDayOnSaturdayOrSunday() {
        assertEquals(DayKind.WORK, new HolidayDate(SATURDAY, DayKind.WORK, "国庆节调休上班").getKind());
        assertEquals(DayKind.WORK, new HolidayDate(SUNDAY, DayKind.WORK, "国庆节调休上班").getKind());
    }

    @Test
    void makeUpWorkingDayOnAWeekdayIsRefused() {
        refused("error.calendar.workdayNotWeekend", "kind", () -> new HolidayDate(WEDNESDAY, DayKind.WORK, "调休"));
        // Friday 2025-10-10
        refused("error.calendar.workdayNotWeekend", "kind",
                () -> new HolidayDate(LocalDate.parse("2025-10-10"), DayKind.WORK, "调休"));
    }

    @Test
    void requiredFields() {
        refused("error.required", "day", () -> new HolidayDate(null, DayKind.OFF, "春节"));
        refused("error.required", "kind", () -> new HolidayDate(WEDNESDAY, null, "春节"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void nameIsRequired(String name) {
        refused("error.required", "name", () -> new HolidayDate(WEDNESDAY, DayKind.OFF, name));
    }

    @Test
    void nameLength() {
        String forty = "节".repeat(40);
        assertEquals(forty, new HolidayDate(WEDNESDAY, DayKind.OFF, " " + forty + " ").getName());
        refused("error.tooLong", "name", () -> new HolidayDate(WEDNESDAY, DayKind.OFF, forty + "节"));
    }

    @Test
    void change() {
        HolidayDate h = new HolidayDate(SATURDAY, DayKind.OFF, "国庆节");
        h.change(DayKind.WORK, " 国庆节调休上班 ");
        assertEquals(DayKind.WORK, h.getKind());
        assertEquals("国庆节调休上班", h.getName());
    }

    @Test
    void refusedChangeLeavesTheDateAsItWas() {
        HolidayDate h = new HolidayDate(WEDNESDAY, DayKind.OFF, "国庆节");
        refused("error.calendar.workdayNotWeekend", "kind", () -> h.change(DayKind.WORK, "调休"));
        refused("error.required", "kind", () -> h.change(null, "调休"));
        refused("error.required", "name", () -> h.change(DayKind.OFF, " "));
        refused("error.tooLong", "name", () -> h.change(DayKind.OFF, "节".repeat(41)));
        assertEquals(DayKind.OFF, h.getKind());
        assertEquals("国庆节", h.getName());
    }

    @Test
    void auditSnapshot() {
        HolidayDate h = new HolidayDate(SUNDAY, DayKind.WORK, "调休上班");
        assertEquals(List.of("kind", "name"), List.copyOf(h.auditSnapshot().keySet()));
        assertEquals("WORK", h.auditSnapshot().get("kind"));
        assertEquals("调休上班", h.auditSnapshot().get("name"));
    }

    @Test
    void theDateIsTheIdentity() {
        assertEquals(new HolidayDate(WEDNESDAY, DayKind.OFF, "国庆节"), new HolidayDate(WEDNESDAY, DayKind.OFF, "另一个名称"));
        assertNotEquals(new HolidayDate(WEDNESDAY, DayKind.OFF, "国庆节"), new HolidayDate(SATURDAY, DayKind.OFF, "国庆节"));
    }
}
