package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.WorkCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * "约访 by 17:00 the day before, holidays not counted": booking closes at the cut-off time of
 * the last working day before the session's day (a Monday session closes on Friday, one after
 * the Spring Festival on the last working day before it), China Standard Time.
 */
public final class BookingCutoff {

    private BookingCutoff() {
    }

    public static Instant of(LocalDate sessionDay, LocalTime time, WorkCalendar calendar) {
        LocalDate d = sessionDay.minusDays(1);
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d.atTime(time).atZone(Clocks.ZONE).toInstant();
    }
}
