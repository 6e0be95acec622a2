package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.ClockWatch;
import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.Urgency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchRunTest {

    static final LocalDate DUE = LocalDate.of(2026, 10, 9);
    final Deadlines deadlines = new Deadlines(WorkCalendar.weekOnly());
    final Map<WatchRun.Key, ClockWatch> rows = new HashMap<>();

    static ClockReading reading(long matter, DueClock clock, LocalDate due) {
        return new ClockReading(matter, "M" + matter, clock, due, clock == DueClock.HANDLING ? 7L : null, 1L, 2L, "reg", null, false);
    }

    /** One run on {@code today} with due soon 3 days before, writing its result back as the database would. */
    WatchRun.Outcome run(LocalDate today, List<ClockReading> readings) {
        WatchRun.Outcome o = WatchRun.compare(readings, rows, today, due -> deadlines.urgency(today, due, 3));
        o.created().forEach(w -> rows.put(new WatchRun.Key(w.getMatterId(), w.getClock()), w));
        o.ended().forEach(w -> rows.remove(new WatchRun.Key(w.getMatterId(), w.getClock())));
        return o;
    }

    @Test
    void normalThenDueSoonOnTheNthDayBeforeThenOverdueTheDayAfterTheDueDay() {
        List<ClockReading> r = List.of(reading(1, DueClock.HANDLING, DUE));
        WatchRun.Outcome first = run(DUE.minusDays(4), r);
        assertEquals(1, first.created().size());
        assertEquals(List.of(), first.changes(), "a normal clock seen the first time is no change");
        assertEquals(List.of(), run(DUE.minusDays(4), r).changes(), "the same day again: nothing");

        List<DeadlineChanged> soon = run(DUE.minusDays(3), r).changes();
        assertEquals(1, soon.size());
        assertEquals(Urgency.NORMAL, soon.get(0).from());
        assertEquals(Urgency.DUE_SOON, soon.get(0).to());
        assertTrue(soon.get(0).worsened());
        assertEquals(List.of(), run(DUE.minusDays(3), r).changes(), "a second run changes nothing");
        assertEquals(List.of(), run(DUE, r).changes(), "the due day itself is still due soon");

        List<DeadlineChanged> late = run(DUE.plusDays(1), r).changes();
        assertEquals(1, late.size());
        assertEquals(Urgency.OVERDUE, late.get(0).to());
        assertEquals(List.of(), run(DUE.plusDays(1), r).changes());
        assertEquals(List.of(), run(DUE.plusDays(2), r).changes(), "still overdue the day after: recorded once");
    }

    @Test
    void aClockFirstSeenOverdueIsOneChangeFromNone() {
        WatchRun.Outcome o = run(DUE.plusDays(10), List.of(reading(2, DueClock.ACCEPTANCE, DUE)));
        assertEquals(1, o.changes().size());
        assertNull(o.changes().get(0).from());
        assertEquals(Urgency.OVERDUE, o.changes().get(0).to());
    }

    @Test
    void anExtensionMovesTheDueDayBackToNormalAndAStoppedClockEnds() {
        run(DUE.plusDays(1), List.of(reading(3, DueClock.HANDLING, DUE), reading(3, DueClock.OBJECTION, DUE)));
        WatchRun.Outcome o = run(DUE.plusDays(1), List.of(reading(3, DueClock.HANDLING, DUE.plusDays(30))));
        assertEquals(1, o.changes().size());
        assertEquals(Urgency.OVERDUE, o.changes().get(0).from());
        assertEquals(Urgency.NORMAL, o.changes().get(0).to());
        assertTrue(!o.changes().get(0).worsened(), "nobody is told of a clock that got better");
        assertEquals(1, o.ended().size());
        assertEquals(DueClock.OBJECTION, o.ended().get(0).getClock());
        assertEquals(DUE.plusDays(30), rows.get(new WatchRun.Key(3, DueClock.HANDLING)).getDueOn());
    }
}
