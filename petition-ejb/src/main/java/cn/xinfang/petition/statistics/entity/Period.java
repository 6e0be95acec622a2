package cn.xinfang.petition.statistics.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A statistics period: receipt dates {@code from} to {@code to}, both inclusive, and the cut-off
 * day {@code asOf} on which states (accepted, undecided …) are read, by default the period's end.
 * The comparison period is the same range one year earlier ({@link #previous()}).
 */
public record Period(LocalDate from, LocalDate to, LocalDate asOf) {

    public static final int MAX_YEARS = 10;

    /** Checks the request: both dates present, in order, at most ten years, the cut-off not before the end. */
    public static Period of(LocalDate from, LocalDate to, LocalDate asOf) {
        if (from == null) {
            throw BusinessException.onField("from", "error.statistics.required");
        }
        if (to == null) {
            throw BusinessException.onField("to", "error.statistics.required");
        }
        inRange("from", from);
        inRange("to", to);
        if (asOf != null) {
            inRange("asOf", asOf);
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "error.statistics.reversed");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw BusinessException.onField("to", "error.statistics.tooLong", MAX_YEARS);
        }
        if (asOf != null && asOf.isBefore(to)) {
            throw BusinessException.onField("asOf", "error.statistics.asOfBeforeEnd");
        }
        return new Period(from, to, asOf == null ? to : asOf);
    }

    /** The days a period, its comparison year and its cut-off can be computed on without leaving the calendar. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static void inRange(String field, LocalDate d) {
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw BusinessException.onField(field, "error.statistics.dateRange", EARLIEST, LATEST);
        }
    }

    /**
     * The same range one year earlier, cut-off included. A day that does not exist a year earlier
     * (29 February) becomes the 28th; a date on the last day of its month stays on the last day
     * of that month, so that February 2025 compares with the whole of February 2024.
     */
    public Period previous() {
        return new Period(yearEarlier(from, false), yearEarlier(to, true), yearEarlier(asOf, true));
    }

    static LocalDate yearEarlier(LocalDate d, boolean keepMonthEnd) {
        LocalDate earlier = d.minusYears(1);
        if (keepMonthEnd && d.getDayOfMonth() == YearMonth.from(d).lengthOfMonth()) {
            return YearMonth.from(earlier).atEndOfMonth();
        }
        return earlier;
    }
}
