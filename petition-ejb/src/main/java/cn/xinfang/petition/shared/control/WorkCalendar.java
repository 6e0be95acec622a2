package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.entity.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days are working days: the week (Monday to Friday) corrected by the official holiday
 * arrangements. Immutable and free of persistence so that deadline rules can be tested alone.
 */
public final class WorkCalendar {

    private final Map<LocalDate, DayKind> arrangements;
    private final Set<Integer> years;

    public WorkCalendar(Map<LocalDate, DayKind> arrangements) {
        if (arrangements == null) {
            throw new IllegalArgumentException("arrangements must not be null");
        }
        arrangements.forEach((day, kind) -> {
            if (day == null || kind == null) {
                throw new IllegalArgumentException("null date or kind in the arrangements");
            }
        });
        this.arrangements = Map.copyOf(arrangements);
        this.years = this.arrangements.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    /** A calendar without any holiday arrangement: only the week counts. */
    public static WorkCalendar weekOnly() {
        return new WorkCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        requireDay(day);
        DayKind kind = arrangements.get(day);
        if (kind != null) {
            return kind == DayKind.WORK;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate nextWorkingDay(LocalDate day) {
        requireDay(day);
        LocalDate d = day;
        // ends: the arrangements are finite, so an ordinary weekday always comes
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Whether any arrangement of that year is known. A year without one is almost certainly
     * missing (every year has holidays), and its deadlines would ignore the holidays.
     */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The arrangement of one date, or null when the date simply follows the week. */
    public DayKind arrangement(LocalDate day) {
        requireDay(day);
        return arrangements.get(day);
    }

    private static void requireDay(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("day must not be null");
        }
    }
}
