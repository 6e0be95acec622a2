package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.Occurrence;
import cn.xinfang.petition.reception.entity.ScheduleRule;
import cn.xinfang.petition.shared.control.WorkCalendar;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a rule into its sessions between two days. lib-recur evaluates the RRULE from the rule's
 * first day; on top of it come the shift of a non-working day (the work calendar of the
 * holidays and 调休, {@link cn.xinfang.petition.reception.entity.ShiftRule}) and the rotation:
 * the n-th date of the rule (counted from its first day, so every window agrees) goes to member
 * n mod size of the group. A shifted date that lands on a day the rule already holds (two
 * Mondays of the Spring Festival both moving to the first working day) is merged into it and
 * takes no turn. Free of persistence and of the container, so a whole year is unit-tested.
 */
public final class ScheduleGenerator {

    /** More instances than any weekly rule has in a century: a guard, never reached by a real rule. */
    private static final int MAX_INSTANCES = 6000;

    private ScheduleGenerator() {
    }

    public static List<Occurrence> occurrences(ScheduleRule rule, LocalDate from, LocalDate to, WorkCalendar calendar) {
        List<Occurrence> result = new ArrayList<>();
        if (!rule.isActive() || to.isBefore(rule.getValidFrom())) {
            return result;
        }
        LocalDate start = rule.getValidFrom();
        RecurrenceRuleIterator it = rule.recurrence().iterator(new DateTime(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth()));
        List<Leader> members = rule.getGroup() == null ? List.of(rule.getLeader()) : rule.getGroup().getMembers();
        // a raw date after this cannot shift back into the window (the longest holiday is 9 days)
        LocalDate scanUntil = to.plusDays(31);
        Set<LocalDate> held = new HashSet<>();
        int turn = 0;
        for (int i = 0; i < MAX_INSTANCES && it.hasNext(); i++) {
            DateTime dt = it.nextDateTime();
            LocalDate raw = LocalDate.of(dt.getYear(), dt.getMonth() + 1, dt.getDayOfMonth());
            if (raw.isBefore(start)) {
                continue;
            }
            if (raw.isAfter(scanUntil) || rule.getValidUntil() != null && raw.isAfter(rule.getValidUntil())) {
                break;
            }
            LocalDate day = shift(raw, rule, calendar);
            if (day == null || !held.add(day)) {
                continue;
            }
            List<Leader> assigned = rule.getGroup() == null || rule.getAssignment() == Assignment.EACH_MEMBER
                    ? members : List.of(members.get(turn % members.size()));
            turn++;
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            for (Leader l : assigned) {
                result.add(new Occurrence(rule, l, raw, day, rule.getStartTime(), rule.getEndTime(), rule.placeFor(l)));
            }
        }
        return result;
    }

    /** The day the session is held on, or null when the rule skips a non-working day. */
    static LocalDate shift(LocalDate raw, ScheduleRule rule, WorkCalendar calendar) {
        if (calendar.isWorkingDay(raw)) {
            return raw;
        }
        return switch (rule.getShift()) {
            case NEXT_WORKING_DAY -> calendar.nextWorkingDay(raw);
            case PREVIOUS_WORKING_DAY -> {
                LocalDate d = raw.minusDays(1);
                while (!calendar.isWorkingDay(d)) {
                    d = d.minusDays(1);
                }
                yield d;
            }
            case KEEP -> raw;
            case SKIP -> null;
        };
    }
}
