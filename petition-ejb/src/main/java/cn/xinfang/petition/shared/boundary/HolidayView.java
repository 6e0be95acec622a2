package cn.xinfang.petition.shared.boundary;

import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.shared.entity.HolidayDate;

import java.io.Serializable;
import java.time.LocalDate;

/** One date of the holiday arrangement as pages and clients see it. */
public record HolidayView(LocalDate day, DayKind kind, String name, long version) implements Serializable {

    static HolidayView of(HolidayDate h) {
        return new HolidayView(h.getDay(), h.getKind(), h.getName(), h.getVersion());
    }
}
