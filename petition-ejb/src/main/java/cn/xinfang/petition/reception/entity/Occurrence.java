package cn.xinfang.petition.reception.entity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session a rule produces, before it is saved: the rule's own date, the day after the
 * shift (顺延), the leader (after rotation) and the place. {@link #shifted()} when they differ.
 */
public record Occurrence(ScheduleRule rule, Leader leader, LocalDate scheduledDay, LocalDate day, LocalTime start,
                         LocalTime end, String place) {

    public boolean shifted() {
        return !scheduledDay.equals(day);
    }

    /** Whether the two take the same leader at overlapping times of the same day. */
    public boolean overlaps(Leader l, LocalDate d, LocalTime s, LocalTime e) {
        return leader.equals(l) && day.equals(d) && start.isBefore(e) && s.isBefore(end);
    }
}
