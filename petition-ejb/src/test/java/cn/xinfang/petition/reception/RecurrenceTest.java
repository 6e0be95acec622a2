package cn.xinfang.petition.reception;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.reception.control.ScheduleGenerator;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Occurrence;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.Recurrence;
import cn.xinfang.petition.reception.entity.Recurrence.Frequency;
import cn.xinfang.petition.reception.entity.Recurrence.MonthSet;
import cn.xinfang.petition.reception.entity.ScheduleRule;
import cn.xinfang.petition.reception.entity.ShiftRule;
import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The friendly rule form and its RRULE, both ways, and what the written RRULE makes over the 2026 calendar. */
class RecurrenceTest {

    @Test
    void theCountiesRulesAsFormsWriteTheRrulesTheyPublish() {
        assertEquals("FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", Recurrence.monthlyOnDay(15, Recurrence.ODD_MONTHS).toRrule(),
                "县委书记于单月15日");
        assertEquals("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15",
                Recurrence.monthlyOnDay(15, Recurrence.months(MonthSet.EVEN, null)).toRrule(), "县长于双月15日");
        assertEquals("FREQ=WEEKLY;BYDAY=MO", Recurrence.weekly(1, MONDAY).toRrule(), "每周一");
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", Recurrence.weekly(2, WEDNESDAY, MONDAY).toRrule(), "weekdays in order");
        assertEquals("FREQ=MONTHLY;BYDAY=1MO", Recurrence.monthlyOnNth(1, MONDAY, List.of()).toRrule(), "每月第一个周一");
        assertEquals("FREQ=MONTHLY;BYMONTH=3,9;BYDAY=-1FR", Recurrence.monthlyOnNth(-1, FRIDAY, List.of(9, 3)).toRrule(), "最后一个周五");
        assertEquals("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1",
                new Recurrence(Frequency.MONTHLY, 3, null, -1, null, null).toRrule(), "每季度最后一天");
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=15", Recurrence.monthlyOnDay(15, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)).toRrule(),
                "all twelve months are every month");
    }

    @Test
    void storedRrulesReadBackIntoTheForm() {
        Recurrence odd = Recurrence.of("FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15").orElseThrow();
        assertEquals(Frequency.MONTHLY, odd.frequency());
        assertEquals(15, odd.monthDay());
        assertEquals(MonthSet.ODD, odd.monthSet());
        assertEquals(MonthSet.EVEN, Recurrence.of("rrule:freq=monthly;bymonth=2,4,6,8,10,12;bymonthday=15").orElseThrow().monthSet());
        Recurrence weekly = Recurrence.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=MO").orElseThrow();
        assertEquals(List.of(MONDAY, WEDNESDAY), weekly.weekdays());
        assertEquals(2, weekly.interval());
        Recurrence nth = Recurrence.of("FREQ=MONTHLY;BYDAY=-1FR").orElseThrow();
        assertEquals(-1, nth.nth());
        assertEquals(List.of(FRIDAY), nth.weekdays());
        assertEquals(MonthSet.ALL, nth.monthSet());
        assertEquals(MonthSet.CHOSEN, Recurrence.of("FREQ=WEEKLY;BYMONTH=3,4;BYDAY=TU").orElseThrow().monthSet());
        for (String r : List.of("FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "FREQ=MONTHLY;BYDAY=2TH", "FREQ=WEEKLY;INTERVAL=2;BYMONTH=6;BYDAY=SA")) {
            assertEquals(r, Recurrence.of(r).orElseThrow().toRrule(), "round trip of " + r);
        }
    }

    @Test
    void rrulesTheFormCannotShowStayText() {
        for (String r : List.of("FREQ=DAILY", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
                "FREQ=WEEKLY;COUNT=5;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=MONTHLY;BYDAY=1MO,3TH", "FREQ=WEEKLY;BYDAY=MO;WKST=SU",
                "nonsense", "")) {
            assertTrue(Recurrence.of(r).isEmpty(), r);
        }
    }

    @Test
    void incompleteFormsAreRefusedNamingTheField() {
        assertEquals("weekdays", field(() -> new Recurrence(Frequency.WEEKLY, 1, List.of(), null, null, null).toRrule()));
        assertEquals("interval", field(() -> Recurrence.weekly(0, MONDAY).toRrule()));
        assertEquals("interval", field(() -> Recurrence.weekly(13, MONDAY).toRrule()));
        assertEquals("monthDay", field(() -> new Recurrence(Frequency.MONTHLY, 1, List.of(), null, null, null).toRrule()),
                "a monthly rule needs a day of the month or an n-th weekday");
        assertEquals("monthDay", field(() -> Recurrence.monthlyOnDay(32, List.of()).toRrule()));
        assertEquals("nth", field(() -> Recurrence.monthlyOnNth(5, MONDAY, List.of()).toRrule()));
        assertEquals("weekdays", field(() -> new Recurrence(Frequency.MONTHLY, 1, List.of(MONDAY, FRIDAY), null, 2, null).toRrule()));
        assertEquals("months", field(() -> Recurrence.monthlyOnDay(15, List.of(13)).toRrule()));
        assertEquals("frequency", field(() -> new Recurrence(null, 1, List.of(), 15, null, null).toRrule()));
    }

    @Test
    void theWrittenRruleMakesTheSessionsOverThe2026Calendar() {
        Unit county = new Unit("331199", "青山县", UnitKind.COUNTY, null);
        Leader head = new Leader("陈县长", "县长", LeaderLevel.COUNTY, county);
        ScheduleRule rule = new ScheduleRule(county);
        rule.assign(head, null, null);
        rule.recur(Recurrence.monthlyOnNth(1, MONDAY, Recurrence.EVEN_MONTHS).toRrule(), LocalDate.of(2026, 1, 1), null,
                LocalTime.of(8, 30), LocalTime.NOON, ShiftRule.NEXT_WORKING_DAY);
        rule.describe("县长每双月第一个周一", "县信访局", false, ReceptionForm.FIXED, null, 10);
        List<LocalDate> days = ScheduleGenerator.occurrences(rule, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), HolidayData.calendar())
                .stream().map(Occurrence::day).toList();
        // first Mondays of Feb, Apr, Jun, Aug, Oct, Dec 2026; 6 Apr (清明 4-6 Apr) → 顺延 to Tue 7 Apr,
        // 5 Oct (国庆 1-7 Oct) → Thu 8 Oct
        assertEquals(List.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 12, 7)), days);
    }

    private static String field(Runnable r) {
        return assertThrows(BusinessException.class, r::run).field();
    }
}
