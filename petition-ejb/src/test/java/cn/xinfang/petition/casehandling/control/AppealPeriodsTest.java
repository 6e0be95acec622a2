package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.entity.CountingMode;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The windows after the reply, on the official 2024–2026 holiday arrangements. */
class AppealPeriodsTest {

    static final Deadlines DEADLINES = new Deadlines(HolidayData.calendar());
    final AppealPeriods calendarDays = new AppealPeriods(DEADLINES, CountingMode.CALENDAR_DAYS, 30);
    final AppealPeriods workingDays = new AppealPeriods(DEADLINES, CountingMode.WORKING_DAYS, 30);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void reviewRequestWindowEndingInTheNationalDayHolidayMovesToTheNextWorkingDay() {
        // 2026-09-01 + 30 days = 2026-10-01, a holiday through 10-07: the window ends on Thursday 10-08
        assertEquals(d("2026-10-08"), calendarDays.reviewRequestEnd(d("2026-09-01")));
        // an ordinary month: 2026-11-02 + 30 = 2026-12-02, a Wednesday
        assertEquals(d("2026-12-02"), calendarDays.reviewRequestEnd(d("2026-11-02")));
    }

    @Test
    void reReviewWindowCountsFromTheReviewOpinion() {
        assertEquals(calendarDays.reviewRequestEnd(d("2026-04-01")), calendarDays.reReviewRequestEnd(d("2026-04-01")));
        assertNull(calendarDays.reReviewRequestEnd(null), "no review opinion, no re-review window");
    }

    @Test
    void workingDayModeSkipsWeekendsHolidaysAndCountsMakeUpDays() {
        LocalDate end = workingDays.reviewRequestEnd(d("2026-09-21"));
        assertTrue(end.isAfter(calendarDays.reviewRequestEnd(d("2026-09-21"))), end.toString());
        assertTrue(DEADLINES.calendar().isWorkingDay(end), end + " is a working day");
        // 30 working days: count them back
        int n = 0;
        for (LocalDate x = d("2026-09-22"); !x.isAfter(end); x = x.plusDays(1)) {
            if (DEADLINES.calendar().isWorkingDay(x)) {
                n++;
            }
        }
        assertEquals(30, n);
        // 2026-10-10 is a Saturday made a working day (调休) and counts
        assertEquals(DayOfWeek.SATURDAY, d("2026-10-10").getDayOfWeek());
        assertTrue(DEADLINES.calendar().isWorkingDay(d("2026-10-10")));
    }

    @Test
    void decisionPeriodExcludesHearingDays() {
        LocalDate requested = d("2026-11-02");
        assertEquals(d("2026-12-02"), calendarDays.decisionDue(requested, List.of()));
        // a five-day hearing (11-10..11-14) moves the decision by five days, to Monday 12-07
        assertEquals(d("2026-12-07"), calendarDays.decisionDue(requested,
                List.of(new Deadlines.Pause(d("2026-11-10"), d("2026-11-14")))));
        // a hearing before the request does not count
        assertEquals(d("2026-12-02"), calendarDays.decisionDue(requested,
                List.of(new Deadlines.Pause(d("2026-10-20"), d("2026-10-25")))));
    }

    @Test
    void evaluationWindowIsConfigurable() {
        assertEquals(d("2026-10-20"), calendarDays.evaluationDue(d("2026-09-20")));
        AppealPeriods fifteen = new AppealPeriods(DEADLINES, CountingMode.CALENDAR_DAYS, 15);
        // 09-20 + 15 = 10-05, inside the National Day holiday: 10-08
        assertEquals(d("2026-10-08"), fifteen.evaluationDue(d("2026-09-20")));
        assertNull(fifteen.evaluationDue(null), "no reply, nothing to rate");
        assertThrows(IllegalArgumentException.class, () -> new AppealPeriods(DEADLINES, CountingMode.CALENDAR_DAYS, 0));
    }

    @Test
    void evaluationOverdueMeansTheWindowClosedBeforeToday() {
        // a reply of 09-20 may be rated through 10-20; on 10-21 it is overdue, on 10-20 not yet
        assertEquals(d("2026-09-20"), calendarDays.lastReplyWithLapsedEvaluation(d("2026-10-21")));
        assertEquals(d("2026-09-19"), calendarDays.lastReplyWithLapsedEvaluation(d("2026-10-20")));
        // with 15 days, replies of 09-17 … 09-22 all end on 10-08 (National Day): none lapses before 10-09
        AppealPeriods fifteen = new AppealPeriods(DEADLINES, CountingMode.CALENDAR_DAYS, 15);
        assertEquals(d("2026-09-15"), fifteen.lastReplyWithLapsedEvaluation(d("2026-10-08")));
        assertEquals(d("2026-09-23"), fifteen.lastReplyWithLapsedEvaluation(d("2026-10-09")));
        for (LocalDate today = d("2026-01-01"); today.isBefore(d("2027-01-01")); today = today.plusDays(1)) {
            for (AppealPeriods p : List.of(calendarDays, workingDays, fifteen)) {
                LocalDate last = p.lastReplyWithLapsedEvaluation(today);
                assertTrue(p.evaluationDue(last).isBefore(today), today + ": " + last);
                assertTrue(!p.evaluationDue(last.plusDays(1)).isBefore(today), today + ": " + last);
            }
        }
    }
}
