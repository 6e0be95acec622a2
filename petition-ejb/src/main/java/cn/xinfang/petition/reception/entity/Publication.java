package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 公示: a session is published at least {@code minDays} calendar days before its day (5 by
 * default, {@code petition.reception.publish-days-ahead}); later only with an override whose
 * reason is recorded; never on or after the day itself. The same notice period holds for a
 * leader who cannot attend and swaps.
 */
public final class Publication {

    public static final int DEFAULT_DAYS_AHEAD = 5;

    private Publication() {
    }

    /** Whether publishing (or swapping) on {@code today} for {@code day} is late. */
    public static boolean isLate(LocalDate day, LocalDate today, int minDays) {
        return ChronoUnit.DAYS.between(today, day) < minDays;
    }

    /** The first day a session on {@code day} may still be published without an override. */
    public static LocalDate lastOnTime(LocalDate day, int minDays) {
        return day.minusDays(minDays);
    }

    /**
     * The override reason to record: null when on time; the stripped reason when late and given.
     * Refuses a late action without a reason, and any action for a day already come.
     */
    public static String check(LocalDate day, LocalDate today, int minDays, String overrideReason, String field) {
        if (!day.isAfter(today)) {
            throw BusinessException.onField(field, "reception.error.dayPassed", day.toString());
        }
        if (!isLate(day, today, minDays)) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw BusinessException.onField(field, "reception.error.lateWithoutReason", minDays, lastOnTime(day, minDays).toString());
        }
        return Texts.required(field, overrideReason, 200);
    }
}
