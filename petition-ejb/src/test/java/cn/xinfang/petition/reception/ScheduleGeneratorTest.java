package cn.xinfang.petition.reception;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.reception.control.ScheduleGenerator;
import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Occurrence;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.RotationGroup;
import cn.xinfang.petition.reception.entity.ScheduleRule;
import cn.xinfang.petition.reception.entity.ShiftRule;
import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules over the whole year 2026 with the State Council's 2026 holidays and 调休
 * (the reference data), the dates worked out by hand from the 2026 calendar.
 */
class ScheduleGeneratorTest {

    static final WorkCalendar CAL = HolidayData.calendar();
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC31 = LocalDate.of(2026, 12, 31);

    final Unit county = new Unit("331199", "青山县", UnitKind.COUNTY, null);
    final Unit qingshi = new Unit("331199101", "青石镇", UnitKind.TOWNSHIP, county);
    final Unit baiyun = new Unit("331199102", "白云镇", UnitKind.TOWNSHIP, county);
    final Leader secretary = leader("林建国", "县委书记", null);
    final Leader head = leader("陈志明", "县长", null);
    final List<Leader> deputies = List.of(leader("王立新", "县委常委、常务副县长", qingshi), leader("赵红梅", "副县长", baiyun),
            leader("刘海涛", "县委常委、政法委书记", qingshi), leader("孙丽华", "副县长", baiyun));

    Leader leader(String name, String post, Unit linked) {
        Leader l = new Leader(name, post, LeaderLevel.COUNTY, county);
        l.describe(name, post, null, null, LeaderLevel.COUNTY, linked, 0);
        return l;
    }

    ScheduleRule rule(Leader leader, RotationGroup group, Assignment a, String rrule, ShiftRule shift, boolean atLinked) {
        ScheduleRule r = new ScheduleRule(county);
        r.assign(leader, group, a);
        r.recur(rrule, JAN1, null, LocalTime.of(8, 30), LocalTime.of(12, 0), shift);
        r.describe("rule", atLinked ? "信访接待室" : "县信访局接待大厅", atLinked, ReceptionForm.FIXED, null, 20);
        return r;
    }

    static List<LocalDate> days(List<Occurrence> os) {
        return os.stream().map(Occurrence::day).toList();
    }

    @Test
    void secretaryOnTheFifteenthOfOddMonthsShiftedToTheNextWorkingDay() {
        List<Occurrence> os = ScheduleGenerator.occurrences(rule(secretary, null, null,
                "FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", ShiftRule.NEXT_WORKING_DAY, false), JAN1, DEC31, CAL);
        assertEquals(List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 16)), days(os),
                "15 March and 15 November 2026 are Sundays: 顺延 to Monday");
        assertTrue(os.get(1).shifted());
        assertEquals(LocalDate.of(2026, 3, 15), os.get(1).scheduledDay());
        assertTrue(os.stream().allMatch(o -> o.leader() == secretary && "县信访局接待大厅".equals(o.place())));
    }

    @Test
    void countyHeadOnTheFifteenthOfEvenMonthsAcrossTheSpringFestival() {
        List<Occurrence> os = ScheduleGenerator.occurrences(rule(head, null, null,
                "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15", ShiftRule.NEXT_WORKING_DAY, false), JAN1, DEC31, CAL);
        assertEquals(List.of(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 8, 17), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 15)), days(os),
                "15 February is in the Spring Festival (15–23 off): the next working day is Tuesday 24 February; 15 August is a Saturday");
    }

    @Test
    void mondayRotationTakesTurnsAndMergesTwoHolidayMondays() {
        RotationGroup group = new RotationGroup("常委、副县长轮值", county, deputies);
        List<Occurrence> os = ScheduleGenerator.occurrences(rule(null, group, Assignment.ROTATION, "FREQ=WEEKLY;BYDAY=MO",
                ShiftRule.NEXT_WORKING_DAY, false), JAN1, DEC31, CAL);
        // 52 Mondays in 2026; 16 and 23 February (Spring Festival) both move to 24 February and are held once
        assertEquals(51, os.size());
        assertEquals(LocalDate.of(2026, 1, 5), os.get(0).day());
        assertEquals(deputies.get(0), os.get(0).leader());
        assertEquals(deputies.get(1), os.get(1).leader());
        assertEquals(deputies.get(3), os.get(3).leader());
        assertEquals(deputies.get(0), os.get(4).leader(), "after the fourth member the first again");
        Map<LocalDate, Occurrence> byDay = os.stream().collect(Collectors.toMap(Occurrence::day, o -> o));
        assertEquals(deputies.get(2), byDay.get(LocalDate.of(2026, 2, 24)).leader(), "the 7th date (index 6) → third member");
        assertEquals(LocalDate.of(2026, 2, 16), byDay.get(LocalDate.of(2026, 2, 24)).scheduledDay());
        assertEquals(deputies.get(3), byDay.get(LocalDate.of(2026, 3, 2)).leader(), "23 February merged, so it took no turn: 2 March is index 7");
        assertEquals(LocalDate.of(2026, 4, 6), byDay.get(LocalDate.of(2026, 4, 7)).scheduledDay(), "清明 Monday → Tuesday");
        assertEquals(LocalDate.of(2026, 5, 4), byDay.get(LocalDate.of(2026, 5, 6)).scheduledDay(), "劳动节 1–5 May → Wednesday 6 May");
        assertEquals(LocalDate.of(2026, 10, 5), byDay.get(LocalDate.of(2026, 10, 8)).scheduledDay(), "国庆 1–7 October → Thursday 8 October");
        assertEquals(deputies.get(2), byDay.get(LocalDate.of(2026, 10, 8)).leader());
        assertTrue(os.stream().allMatch(o -> CAL.isWorkingDay(o.day())));
        long notMonday = os.stream().filter(o -> o.day().getDayOfWeek() != DayOfWeek.MONDAY).count();
        assertEquals(4, notMonday, "24 Feb, 7 Apr, 6 May, 8 Oct");
    }

    @Test
    void eachCountyLeaderAtTheLinkedTownshipOnTheFifteenth() {
        RotationGroup group = new RotationGroup("县级领导挂钩镇", county, deputies);
        List<Occurrence> os = ScheduleGenerator.occurrences(rule(null, group, Assignment.EACH_MEMBER, "FREQ=MONTHLY;BYMONTHDAY=15",
                ShiftRule.NEXT_WORKING_DAY, true), JAN1, DEC31, CAL);
        assertEquals(48, os.size(), "four leaders, twelve months");
        Occurrence first = os.get(0);
        assertEquals(LocalDate.of(2026, 1, 15), first.day());
        assertEquals("青石镇 信访接待室", first.place());
        assertEquals("白云镇 信访接待室", os.get(1).place());
        assertEquals(4, os.stream().filter(o -> o.day().equals(LocalDate.of(2026, 8, 17))).count());
    }

    @Test
    void townshipHalfDayEveryWednesdayAndTheOtherShiftRules() {
        Leader mayor = new Leader("周文斌", "青石镇镇长", LeaderLevel.TOWNSHIP, qingshi);
        ScheduleRule weekly = rule(mayor, null, null, "FREQ=WEEKLY;BYDAY=WE", ShiftRule.NEXT_WORKING_DAY, false);
        List<Occurrence> os = ScheduleGenerator.occurrences(weekly, JAN1, DEC31, CAL);
        // 52 Wednesdays: 18 Feb → 24 Feb, 7 Oct → 8 Oct
        assertEquals(52, os.size());
        assertTrue(days(os).contains(LocalDate.of(2026, 2, 24)) && days(os).contains(LocalDate.of(2026, 10, 8)));

        ScheduleRule skip = rule(mayor, null, null, "FREQ=WEEKLY;BYDAY=WE", ShiftRule.SKIP, false);
        assertEquals(50, ScheduleGenerator.occurrences(skip, JAN1, DEC31, CAL).size());
        ScheduleRule before = rule(mayor, null, null, "FREQ=WEEKLY;BYDAY=WE", ShiftRule.PREVIOUS_WORKING_DAY, false);
        List<LocalDate> early = days(ScheduleGenerator.occurrences(before, JAN1, DEC31, CAL));
        assertTrue(early.contains(LocalDate.of(2026, 2, 14)), "18 Feb back to Saturday 14 Feb, a 调休 working day");
        assertTrue(early.contains(LocalDate.of(2026, 9, 30)), "7 Oct back to 30 Sep");
        ScheduleRule keep = rule(mayor, null, null, "FREQ=WEEKLY;BYDAY=WE", ShiftRule.KEEP, false);
        assertTrue(days(ScheduleGenerator.occurrences(keep, JAN1, DEC31, CAL)).contains(LocalDate.of(2026, 2, 18)));
    }

    @Test
    void aWindowAgreesWithTheWholeYear() {
        RotationGroup group = new RotationGroup("轮值", county, deputies);
        ScheduleRule r = rule(null, group, Assignment.ROTATION, "FREQ=WEEKLY;BYDAY=MO", ShiftRule.NEXT_WORKING_DAY, false);
        List<Occurrence> year = ScheduleGenerator.occurrences(r, JAN1, DEC31, CAL);
        List<Occurrence> october = ScheduleGenerator.occurrences(r, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), CAL);
        assertEquals(year.stream().filter(o -> o.day().getMonthValue() == 10).toList(), october);
    }

    @Test
    void badRulesAreRefusedWithTheirField() {
        assertEquals("rrule", assertThrows(BusinessException.class, () -> ScheduleRule.checkRrule("FREQ=SOMETIMES")).field());
        assertEquals("reception.error.rruleFrequency",
                assertThrows(BusinessException.class, () -> ScheduleRule.checkRrule("FREQ=DAILY")).key());
        assertEquals("FREQ=MONTHLY;BYMONTHDAY=15", ScheduleRule.checkRrule(" rrule:freq=monthly;bymonthday=15 "));
        ScheduleRule r = new ScheduleRule(county);
        assertEquals("reception.error.leaderOrGroup", assertThrows(BusinessException.class, () -> r.assign(null, null, null)).key());
        assertEquals("reception.error.endBeforeStart", assertThrows(BusinessException.class,
                () -> r.recur("FREQ=WEEKLY;BYDAY=MO", JAN1, null, LocalTime.NOON, LocalTime.of(9, 0), null)).key());
    }
}
