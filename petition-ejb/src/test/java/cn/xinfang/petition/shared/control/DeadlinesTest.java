package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.control.Deadlines.Pause;
import cn.xinfang.petition.shared.entity.Urgency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static cn.xinfang.petition.shared.entity.CountingMode.CALENDAR_DAYS;
import static cn.xinfang.petition.shared.entity.CountingMode.WORKING_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every expected date is counted by hand on the official 2024-2026 arrangements; the comment
 * beside each case shows the count. Days named with their weekday where it matters.
 */
class DeadlinesTest {

    final Deadlines deadlines = new Deadlines(HolidayData.calendar());

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Pause pause(String from, String to) {
        return new Pause(d(from), d(to));
    }

    @Nested
    class CalendarDays {

        @Test
        void plainPeriodEndingOnAWorkingDay() {
            // 2025-03-10 + 60: +21 -> 03-31, +30 -> 04-30 (51), +9 -> 05-09 Friday, a working day
            assertEquals(d("2025-05-09"), deadlines.due(d("2025-03-10"), 60, CALENDAR_DAYS));
        }

        @Test
        void fifteenDaysLandingInNationalDayMoveToTheNextWorkingDay() {
            // 2025-09-20 + 15: +10 -> 09-30, +5 -> 10-05, off (国庆 10-01..08) -> Thursday 10-09
            assertEquals(d("2025-10-09"), deadlines.due(d("2025-09-20"), 15, CALENDAR_DAYS));
        }

        @Test
        void sixtyDaysLandingInLabourDay() {
            // 2025-03-03 + 60: +28 -> 03-31, +30 -> 04-30 (58), +2 -> 05-02, off (劳动节 05-01..05)
            // -> Tuesday 05-06
            assertEquals(d("2025-05-06"), deadlines.due(d("2025-03-03"), 60, CALENDAR_DAYS));
        }

        @Test
        void thirtyDaysIntoSpringFestival2026() {
            // 2026-01-20 + 30: +11 -> 01-31, +19 -> 02-19, off (春节 02-15..23) -> Tuesday 02-24
            assertEquals(d("2026-02-24"), deadlines.due(d("2026-01-20"), 30, CALENDAR_DAYS));
        }

        @Test
        void thirtyDaysEndingOnAMakeUpSaturdayStayThere() {
            // 2026-01-15 + 30: +16 -> 01-31, +14 -> 02-14, Saturday but 春节调休上班
            assertEquals(d("2026-02-14"), deadlines.due(d("2026-01-15"), 30, CALENDAR_DAYS));
            // 2026-01-29 + 30: +2 -> 01-31, +28 -> 02-28, Saturday but 春节调休上班
            assertEquals(d("2026-02-28"), deadlines.due(d("2026-01-29"), 30, CALENDAR_DAYS));
        }

        @Test
        void acrossTheYearEndOntoAMakeUpSunday() {
            // 2025-12-20 + 15: +11 -> 12-31, +4 -> 2026-01-04, Sunday but 元旦调休上班
            assertEquals(d("2026-01-04"), deadlines.due(d("2025-12-20"), 15, CALENDAR_DAYS));
        }

        @Test
        void triggerOnAHoliday() {
            // 2025-10-03 (holiday) + 15 -> 10-18, an ordinary Saturday -> Monday 10-20
            assertEquals(d("2025-10-20"), deadlines.due(d("2025-10-03"), 15, CALENDAR_DAYS));
        }

        @Test
        void oneDayFromFridayEndsOnMonday() {
            // 2025-03-07 Friday + 1 -> Saturday 03-08 -> Monday 03-10
            assertEquals(d("2025-03-10"), deadlines.due(d("2025-03-07"), 1, CALENDAR_DAYS));
        }

        @Test
        void zeroDays() {
            // the trigger itself when it is a working day (Monday 2025-03-03) ...
            assertEquals(d("2025-03-03"), deadlines.due(d("2025-03-03"), 0, CALENDAR_DAYS));
            // ... else the next working day: 2025-10-03 is inside 10-01..08 -> 10-09
            assertEquals(d("2025-10-09"), deadlines.due(d("2025-10-03"), 0, CALENDAR_DAYS));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void fiveWorkingDaysAcrossNationalDay() {
            // from Friday 2025-09-26: 09-27 Sat off, 09-28 Sun make-up (1), 09-29 (2), 09-30 (3),
            // 10-01..08 off, 10-09 (4), 10-10 (5)
            assertEquals(d("2025-10-10"), deadlines.due(d("2025-09-26"), 5, WORKING_DAYS));
            // one more: 10-11, the make-up Saturday (6)
            assertEquals(d("2025-10-11"), deadlines.due(d("2025-09-26"), 6, WORKING_DAYS));
        }

        @Test
        void aMakeUpSaturdayCountsAsWorkingDay() {
            // from 2025-09-30: 10-01..08 off, 10-09 (1), 10-10 (2), 10-11 Sat make-up (3),
            // 10-12 Sun off, 10-13 (4), 10-14 (5)
            assertEquals(d("2025-10-14"), deadlines.due(d("2025-09-30"), 5, WORKING_DAYS));
        }

        @Test
        void fiveWorkingDaysAcrossNationalDay2024() {
            // from Friday 2024-09-27: 09-28 Sat off, 09-29 Sun make-up (1), 09-30 (2),
            // 10-01..07 off, 10-08 (3), 10-09 (4), 10-10 (5)
            assertEquals(d("2024-10-10"), deadlines.due(d("2024-09-27"), 5, WORKING_DAYS));
        }

        @Test
        void acrossSpringFestival2026() {
            // from Thursday 2026-02-12: 02-13 Fri (1), 02-14 Sat make-up (2), 02-15..23 off,
            // 02-24 (3), 02-25 (4), 02-26 (5)
            assertEquals(d("2026-02-26"), deadlines.due(d("2026-02-12"), 5, WORKING_DAYS));
        }

        @Test
        void triggerOnAHoliday() {
            // from 2025-10-03 (holiday): 10-04..08 off, 10-09 (1), 10-10 (2), 10-11 Sat make-up (3),
            // 10-13 (4), 10-14 (5)
            assertEquals(d("2025-10-14"), deadlines.due(d("2025-10-03"), 5, WORKING_DAYS));
        }

        @Test
        void objectionPeriodAcrossNationalDay2026() {
            // from 2026-09-30: 10-01..07 off, 10-08 (1), 10-09 (2), 10-10 Sat make-up (3),
            // 10-11 Sun off, 10-12 (4), 10-13 (5)
            assertEquals(d("2026-10-13"), deadlines.due(d("2026-09-30"), 5, WORKING_DAYS));
        }

        @Test
        void oneWorkingDayFromFriday() {
            // Friday 2025-03-07: Sat, Sun off, Monday 03-10 (1)
            assertEquals(d("2025-03-10"), deadlines.due(d("2025-03-07"), 1, WORKING_DAYS));
        }

        @Test
        void zeroDaysIsTheNextWorkingDayLikeCalendarMode() {
            assertEquals(d("2025-03-03"), deadlines.due(d("2025-03-03"), 0, WORKING_DAYS));
            // 2025-10-03 inside 10-01..08 -> 10-09
            assertEquals(d("2025-10-09"), deadlines.due(d("2025-10-03"), 0, WORKING_DAYS));
        }
    }

    @Nested
    class Pauses {

        @Test
        void tenDayHearingInCalendarMode() {
            // 2025-03-03 + 60 -> 05-02 without the hearing (see sixtyDaysLandingInLabourDay);
            // hearing 03-10..03-19 = 10 days after the trigger -> + 70: 03-31 (28), 04-30 (58),
            // +12 -> 05-12, a Monday
            assertEquals(d("2025-05-12"),
                    deadlines.due(d("2025-03-03"), 60, CALENDAR_DAYS, List.of(pause("2025-03-10", "2025-03-19"))));
        }

        @Test
        void tenDayHearingInWorkingDaysMode() {
            // 10 working days from Monday 2025-03-03 without a hearing: 03-04..07 (4), 03-10..14 (9),
            // 03-17 (10). Hearing Wed 03-05..Fri 03-14 holds 8 working days: 03-04 (1), then
            // 03-17..21 (6), 03-24..27 (10)
            assertEquals(d("2025-03-17"), deadlines.due(d("2025-03-03"), 10, WORKING_DAYS));
            assertEquals(d("2025-03-27"),
                    deadlines.due(d("2025-03-03"), 10, WORKING_DAYS, List.of(pause("2025-03-05", "2025-03-14"))));
        }

        @Test
        void sameHearingInCalendarMode() {
            // 2025-03-03 + 15 -> 03-18; + 10 paused days -> 03-28, a Friday
            assertEquals(d("2025-03-28"),
                    deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, List.of(pause("2025-03-05", "2025-03-14"))));
        }

        @Test
        void onlyPausedWorkingDaysCountInWorkingDaysMode() {
            // from Friday 2025-09-26, hearing 09-29..10-08: its working days are only 09-29 and 09-30.
            // 09-28 Sun make-up (1), paused to 10-08, 10-09 (2), 10-10 (3), 10-11 Sat make-up (4),
            // 10-13 (5); without the hearing 10-10
            assertEquals(d("2025-10-13"),
                    deadlines.due(d("2025-09-26"), 5, WORKING_DAYS, List.of(pause("2025-09-29", "2025-10-08"))));
        }

        @Test
        void overlappingPausesAreMerged() {
            // 03-05..10 and 03-08..14 are together 03-05..14, 10 days: 03-18 + 10 -> 03-28
            List<Pause> overlapping = List.of(pause("2025-03-08", "2025-03-14"), pause("2025-03-05", "2025-03-10"));
            assertEquals(d("2025-03-28"), deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, overlapping));
            // 03-07..09 lies inside 03-05..14 and adds nothing
            List<Pause> nested = List.of(pause("2025-03-05", "2025-03-14"), pause("2025-03-07", "2025-03-09"));
            assertEquals(d("2025-03-28"), deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, nested));
            // working days: same 8 paused working days as tenDayHearingInWorkingDaysMode -> 03-27
            assertEquals(d("2025-03-27"), deadlines.due(d("2025-03-03"), 10, WORKING_DAYS, overlapping));
        }

        @Test
        void aPauseReachedOnlyAfterMovingTheEnd() {
            // 2025-03-03 + 15 -> 03-18; first pause 03-10..14 (5) -> 03-23, which now passes the second
            // pause 03-19..21 (3) -> 03-26 Wednesday. Count: 03-04..09 (6), 03-15..18 (10), 03-22..26 (15)
            List<Pause> two = List.of(pause("2025-03-10", "2025-03-14"), pause("2025-03-19", "2025-03-21"));
            assertEquals(d("2025-03-26"), deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, two));
        }

        @Test
        void aPauseAcrossTheEnd() {
            // 2025-03-03 + 15 -> 03-18, hearing 03-15..24: counted 03-04..14 (11), 03-25..28 (15) -> Friday 03-28
            assertEquals(d("2025-03-28"),
                    deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, List.of(pause("2025-03-15", "2025-03-24"))));
        }

        @Test
        void aPauseAfterTheEndChangesNothing() {
            // 2025-03-03 + 15 -> 03-18; a hearing from 03-20 comes too late to matter
            assertEquals(d("2025-03-18"),
                    deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, List.of(pause("2025-03-20", "2025-03-25"))));
        }

        @Test
        void pausesBeforeTheTriggerAreIgnored() {
            // a pause ending on the trigger: nothing after the trigger is paused -> 03-03 + 15 = 03-18
            List<Pause> before = List.of(pause("2025-02-20", "2025-03-03"));
            assertEquals(d("2025-03-18"), deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, before));
            assertEquals(d("2025-03-17"), deadlines.due(d("2025-03-03"), 10, WORKING_DAYS, before));
            // a pause across the trigger: only 03-04 and 03-05 count -> 03-18 + 2 = 03-20
            List<Pause> across = List.of(pause("2025-02-25", "2025-03-05"));
            assertEquals(d("2025-03-20"), deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, across));
            // working days: 03-04, 03-05 paused, 03-06 (1) .. 03-19 (10)
            assertEquals(d("2025-03-19"), deadlines.due(d("2025-03-03"), 10, WORKING_DAYS, across));
        }

        @Test
        void theNextWorkingDayRuleStillAppliesAfterAPause() {
            // 2025-09-10 + 15 -> 09-25; hearing 09-11..20 (10) -> 10-05, off -> 10-09
            assertEquals(d("2025-10-09"),
                    deadlines.due(d("2025-09-10"), 15, CALENDAR_DAYS, List.of(pause("2025-09-11", "2025-09-20"))));
        }

        /** The literal rule: trigger + days + paused days up to the end, recomputed until stable. */
        LocalDate untilStable(LocalDate trigger, int days, List<Pause> pauses) {
            LocalDate end = trigger.plusDays(days);
            while (true) {
                long paused = 0;
                for (LocalDate x = trigger.plusDays(1); !x.isAfter(end); x = x.plusDays(1)) {
                    LocalDate day = x;
                    if (pauses.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()))) {
                        paused++;
                    }
                }
                LocalDate next = trigger.plusDays(days + paused);
                if (next.equals(end)) {
                    return deadlines.calendar().nextWorkingDay(end);
                }
                end = next;
            }
        }

        @Test
        void agreesWithRecomputingUntilStable() {
            Random random = new Random(20251001);
            for (int i = 0; i < 2000; i++) {
                LocalDate trigger = d("2024-01-01").plusDays(random.nextInt(900));
                int days = random.nextInt(70);
                List<Pause> pauses = new ArrayList<>();
                for (int p = random.nextInt(4); p > 0; p--) {
                    LocalDate from = trigger.plusDays(random.nextInt(80) - 10);
                    pauses.add(new Pause(from, from.plusDays(random.nextInt(15))));
                }
                assertEquals(untilStable(trigger, days, pauses), deadlines.due(trigger, days, CALENDAR_DAYS, pauses),
                        () -> "trigger " + trigger + ", " + days + " days, pauses " + pauses);
            }
        }
    }

    @Nested
    class Remaining {

        @Test
        void remainingDays() {
            assertEquals(4, deadlines.remainingDays(d("2025-10-05"), d("2025-10-09")));
            assertEquals(0, deadlines.remainingDays(d("2025-10-09"), d("2025-10-09")));
            assertEquals(-1, deadlines.remainingDays(d("2025-10-10"), d("2025-10-09")));
            // 2025-12-30 -> 2026-01-04: 31st, 1st, 2nd, 3rd, 4th
            assertEquals(5, deadlines.remainingDays(d("2025-12-30"), d("2026-01-04")));
        }

        @Test
        void urgencyBoundaries() {
            LocalDate due = d("2025-10-09");
            assertEquals(Urgency.NORMAL, deadlines.urgency(d("2025-10-05"), due, 3), "4 days left");
            assertEquals(Urgency.DUE_SOON, deadlines.urgency(d("2025-10-06"), due, 3), "3 days left");
            assertEquals(Urgency.DUE_SOON, deadlines.urgency(d("2025-10-09"), due, 3), "due today");
            assertEquals(Urgency.OVERDUE, deadlines.urgency(d("2025-10-10"), due, 3), "one day late");
            assertEquals(Urgency.NORMAL, deadlines.urgency(d("2025-10-08"), due, 0), "1 day left, no warning window");
            assertEquals(Urgency.DUE_SOON, deadlines.urgency(due, due, 0), "due today, no warning window");
        }
    }

    @Nested
    class Arguments {

        @Test
        void refused() {
            LocalDate t = d("2025-03-03");
            assertThrows(IllegalArgumentException.class, () -> new Deadlines(null));
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(t, -1, CALENDAR_DAYS));
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(t, -1, WORKING_DAYS));
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(null, 5, CALENDAR_DAYS));
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(t, 5, null));
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(t, 5, CALENDAR_DAYS, null));
            List<Pause> withNull = new ArrayList<>();
            withNull.add(null);
            assertThrows(IllegalArgumentException.class, () -> deadlines.due(t, 5, WORKING_DAYS, withNull));
            assertThrows(IllegalArgumentException.class, () -> new Pause(null, t));
            assertThrows(IllegalArgumentException.class, () -> new Pause(t, null));
            assertThrows(IllegalArgumentException.class, () -> new Pause(t, t.minusDays(1)));
            assertThrows(IllegalArgumentException.class, () -> deadlines.remainingDays(null, t));
            assertThrows(IllegalArgumentException.class, () -> deadlines.remainingDays(t, null));
            assertThrows(IllegalArgumentException.class, () -> deadlines.urgency(t, t, -1));
            assertThrows(IllegalArgumentException.class, () -> deadlines.urgency(null, t, 3));
        }

        @Test
        void aOneDayPauseIsAllowed() {
            // 2025-03-03 + 15 -> 03-18, one paused day 03-10 -> 03-19
            assertEquals(d("2025-03-19"),
                    deadlines.due(d("2025-03-03"), 15, CALENDAR_DAYS, List.of(pause("2025-03-10", "2025-03-10"))));
        }
    }
}
