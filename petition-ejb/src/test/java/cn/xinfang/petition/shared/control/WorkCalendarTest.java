package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.entity.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkCalendarTest {

    static final WorkCalendar OFFICIAL = HolidayData.calendar();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void withoutArrangementsTheWeekDecides() {
        WorkCalendar week = WorkCalendar.weekOnly();
        // 2025-03-03 is a Monday
        assertTrue(week.isWorkingDay(d("2025-03-03")));
        assertTrue(week.isWorkingDay(d("2025-03-07")), "Friday");
        assertFalse(week.isWorkingDay(d("2025-03-08")), "Saturday");
        assertFalse(week.isWorkingDay(d("2025-03-09")), "Sunday");
        // even a real holiday is a working day when the arrangement is unknown
        assertTrue(week.isWorkingDay(d("2025-10-01")));
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2025-10-01, false", // Wednesday inside 国庆节、中秋节
            "2025-10-08, false", // Wednesday, last day of the holiday
            "2025-10-09, true",  // Thursday after it
            "2025-09-28, true",  // Sunday, make-up working day
            "2025-10-11, true",  // Saturday, make-up working day
            "2025-10-04, false", // Saturday inside the holiday
            "2025-10-12, false", // ordinary Sunday
            "2026-01-04, true",  // Sunday, 元旦调休上班
            "2026-02-14, true",  // Saturday, 春节调休上班
            "2026-02-23, false", // Monday, last day of 春节 2026
            "2024-02-18, true",  // Sunday, 春节调休上班 2024
            "2024-06-10, false", // Monday, 端午节 2024
    })
    void officialArrangementsOverrideTheWeek(LocalDate day, boolean working) {
        assertEquals(working, OFFICIAL.isWorkingDay(day));
    }

    @Test
    void offWinsOnAnyDayAndWorkOnAnyDay() {
        WorkCalendar c = new WorkCalendar(Map.of(
                d("2025-03-04"), DayKind.OFF,   // a Tuesday
                d("2025-03-08"), DayKind.WORK,  // a Saturday
                d("2025-03-09"), DayKind.OFF)); // a Sunday, off anyway
        assertFalse(c.isWorkingDay(d("2025-03-04")));
        assertTrue(c.isWorkingDay(d("2025-03-08")));
        assertFalse(c.isWorkingDay(d("2025-03-09")));
        assertEquals(DayKind.WORK, c.arrangement(d("2025-03-08")));
        assertNull(c.arrangement(d("2025-03-05")));
    }

    @ParameterizedTest(name = "next working day of {0} is {1}")
    @CsvSource({
            "2025-03-03, 2025-03-03", // Monday: the day itself
            "2025-03-08, 2025-03-10", // Saturday -> Monday
            "2025-10-01, 2025-10-09", // holiday 10-01..08 -> Thursday 10-09
            "2025-09-27, 2025-09-28", // Saturday -> Sunday 09-28, a make-up working day
            "2025-10-11, 2025-10-11", // make-up Saturday: the day itself
            "2026-02-15, 2026-02-24", // 春节 2026-02-15..23 -> Tuesday 02-24
            "2025-12-31, 2025-12-31", // Wednesday
            "2026-01-01, 2026-01-04", // 元旦 01-01..03 -> Sunday 01-04, a make-up working day
    })
    void nextWorkingDay(LocalDate day, LocalDate expected) {
        assertEquals(expected, OFFICIAL.nextWorkingDay(day));
    }

    @Test
    void coversTheYearsOfItsArrangements() {
        assertTrue(OFFICIAL.covers(2024));
        assertTrue(OFFICIAL.covers(2025));
        assertTrue(OFFICIAL.covers(2026));
        assertFalse(OFFICIAL.covers(2023));
        assertFalse(OFFICIAL.covers(2027));
        assertFalse(WorkCalendar.weekOnly().covers(2025));
    }

    @Test
    void laterChangesToTheSourceMapDoNotLeakIn() {
        Map<LocalDate, DayKind> source = new HashMap<>();
        source.put(d("2025-03-04"), DayKind.OFF);
        WorkCalendar c = new WorkCalendar(source);
        source.put(d("2025-03-05"), DayKind.OFF);
        source.remove(d("2025-03-04"));
        assertFalse(c.isWorkingDay(d("2025-03-04")));
        assertTrue(c.isWorkingDay(d("2025-03-05")));
    }

    @Test
    void refusesNulls() {
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(null));
        Map<LocalDate, DayKind> nullKind = new HashMap<>();
        nullKind.put(d("2025-03-04"), null);
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(nullKind));
        Map<LocalDate, DayKind> nullDay = new HashMap<>();
        nullDay.put(null, DayKind.OFF);
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(nullDay));
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.isWorkingDay(null));
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.nextWorkingDay(null));
        assertThrows(IllegalArgumentException.class, () -> OFFICIAL.arrangement(null));
    }
}
