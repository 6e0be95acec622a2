package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.Urgency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place where the product computes a deadline (告知, 办理, 延期, 复查, 复核 …), so that
 * every screen, reminder and appraisal figure agrees on it. Rules (DOMAIN.md, "The life of a
 * matter"): counting starts the day after the trigger; in calendar mode a period whose last day
 * is not a working day ends on the next working day; time spent in a pause (a hearing, 听证) does
 * not count.
 */
public final class Deadlines {

    /** Days that do not count against a period, both ends included (e.g. a hearing). */
    public record Pause(LocalDate from, LocalDate to) {

        public Pause {
            if (from == null || to == null) {
                throw new IllegalArgumentException("a pause needs both dates");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a pause ends before it starts: " + from + ".." + to);
            }
        }
    }

    private final WorkCalendar calendar;

    public Deadlines(WorkCalendar calendar) {
        if (calendar == null) {
            throw new IllegalArgumentException("calendar must not be null");
        }
        this.calendar = calendar;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** The last day of a period of {@code days} days after {@code trigger}. */
    public LocalDate due(LocalDate trigger, int days, CountingMode mode) {
        return due(trigger, days, mode, List.of());
    }

    /**
     * The last day of a period of {@code days} days after {@code trigger}, not counting the days
     * of the pauses that lie after the trigger. A period of 0 days ends on the trigger, or on the
     * next working day when the trigger is not one, in both modes.
     */
    public LocalDate due(LocalDate trigger, int days, CountingMode mode, List<Pause> pauses) {
        if (trigger == null || mode == null) {
            throw new IllegalArgumentException("trigger and mode must not be null");
        }
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        List<Pause> paused = effective(pauses, trigger);
        return switch (mode) {
            case CALENDAR_DAYS -> calendar.nextWorkingDay(calendarDaysEnd(trigger, days, paused));
            case WORKING_DAYS -> days == 0 ? calendar.nextWorkingDay(trigger) : workingDaysEnd(trigger, days, paused);
        };
    }

    /**
     * trigger + days, moved later by every paused day up to the result. Walking the sorted,
     * disjoint pauses gives in one pass what recomputing "trigger + days + paused days before the
     * end" until it is stable gives.
     */
    private static LocalDate calendarDaysEnd(LocalDate trigger, int days, List<Pause> paused) {
        LocalDate last = trigger; // the last day already accounted for
        long remaining = days;
        for (Pause p : paused) {
            long free = ChronoUnit.DAYS.between(last, p.from()) - 1; // counted days before this pause
            if (remaining <= free) {
                break;
            }
            remaining -= free;
            last = p.to();
        }
        return last.plusDays(remaining);
    }

    /** The days-th working day after the trigger that is not paused. */
    private LocalDate workingDaysEnd(LocalDate trigger, int days, List<Pause> paused) {
        LocalDate d = trigger;
        int counted = 0;
        int next = 0; // index of the first pause not yet behind d
        while (counted < days) {
            d = d.plusDays(1);
            while (next < paused.size() && paused.get(next).to().isBefore(d)) {
                next++;
            }
            if (next < paused.size() && !d.isBefore(paused.get(next).from())) {
                d = paused.get(next).to(); // skip the whole pause at once
                continue;
            }
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Only the paused days after the trigger matter; overlapping or adjacent pauses are merged. */
    private static List<Pause> effective(List<Pause> pauses, LocalDate trigger) {
        if (pauses == null) {
            throw new IllegalArgumentException("pauses must not be null (use an empty list)");
        }
        LocalDate firstCounted = trigger.plusDays(1);
        List<Pause> clipped = new ArrayList<>();
        for (Pause p : pauses) {
            if (p == null) {
                throw new IllegalArgumentException("pauses must not contain null");
            }
            if (p.to().isAfter(trigger)) {
                clipped.add(p.from().isBefore(firstCounted) ? new Pause(firstCounted, p.to()) : p);
            }
        }
        clipped.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause p : clipped) {
            Pause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !p.from().isAfter(last.to().plusDays(1))) {
                if (p.to().isAfter(last.to())) {
                    merged.set(merged.size() - 1, new Pause(last.from(), p.to()));
                }
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /** Calendar days from today to the due date; negative when overdue. */
    public long remainingDays(LocalDate today, LocalDate due) {
        if (today == null || due == null) {
            throw new IllegalArgumentException("today and due must not be null");
        }
        return ChronoUnit.DAYS.between(today, due);
    }

    /** DUE_SOON from {@code dueSoonDays} days before the due date to the due date itself. */
    public Urgency urgency(LocalDate today, LocalDate due, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        long remaining = remainingDays(today, due);
        if (remaining < 0) {
            return Urgency.OVERDUE;
        }
        return remaining <= dueSoonDays ? Urgency.DUE_SOON : Urgency.NORMAL;
    }
}
