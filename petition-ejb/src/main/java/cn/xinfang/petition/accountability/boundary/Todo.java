package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.AccountabilitySettings;
import cn.xinfang.petition.accountability.control.Recipients;
import cn.xinfang.petition.accountability.entity.NoticeFilter;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.TodoItem;
import cn.xinfang.petition.accountability.entity.TodoList;
import cn.xinfang.petition.casehandling.boundary.MatterClocks;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 工作台's to-do list (待办): what waits for the caller, read live — the steps whose clocks run
 * for them ({@link MatterClocks#waitingForMe}), overdue first, then due soon, then by due day, with
 * counts per kind of step; and the 督办 notices that wait for them (a unit: to sign for and answer;
 * the bureau: answers to assess and notices past their reply-by day; a county leader: the flagged
 * matters they supervise).
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Todo {

    @Inject
    MatterClocks clocks;

    @Inject
    Supervision supervision;

    @Inject
    CurrentUser currentUser;

    @Inject
    Recipients recipients;

    @Inject
    HolidayCalendar calendar;

    @Inject
    AccountabilitySettings settings;

    @Inject
    Clock clock;

    public TodoList mine() {
        AppUser me = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        var deadlines = calendar.deadlines();
        int soon = settings.dueSoonDays();
        List<TodoItem> items = new ArrayList<>();
        for (ClockReading r : clocks.waitingForMe(today)) {
            if (recipients.mayBeTold(me, r)) {
                items.add(new TodoItem(r.matterId(), r.number(), r.clock(), r.dueOn(), deadlines.urgency(today, r.dueOn(), soon)));
            }
        }
        items.sort(Comparator.comparing((TodoItem i) -> rank(i.urgency())).thenComparing(TodoItem::dueOn)
                .thenComparing(TodoItem::number));
        Map<DueClock, Long> perClock = new EnumMap<>(DueClock.class);
        items.forEach(i -> perClock.merge(i.clock(), 1L, Long::sum));
        long overdue = items.stream().filter(i -> i.urgency() == Urgency.OVERDUE).count();
        long dueSoon = items.stream().filter(i -> i.urgency() == Urgency.DUE_SOON).count();
        return new TodoList(items, perClock, overdue, dueSoon, notices(me, today));
    }

    private List<NoticeView> notices(AppUser me, LocalDate today) {
        if (me.hasRole(Role.REGISTRAR) && !me.hasRole(Role.OFFICER)) {
            return List.of();
        }
        List<NoticeView> open = supervision.list(new NoticeFilter(null, null, null, true, null, null, null), 0, 500);
        List<NoticeView> out = new ArrayList<>();
        for (NoticeView n : open) {
            boolean waits;
            if (me.hasRole(Role.OFFICER)) {
                waits = n.status() == NoticeStatus.ANSWERED || (n.status() == NoticeStatus.ISSUED || n.status() == NoticeStatus.SIGNED)
                        && n.replyBy().isBefore(today);
            } else if (me.hasRole(Role.UNIT_CLERK) || me.hasRole(Role.UNIT_LEADER)) {
                waits = n.unitId() == me.getUnit().getId() && (n.status() == NoticeStatus.ISSUED || n.status() == NoticeStatus.SIGNED
                        || n.flagged() && n.status() == NoticeStatus.ANSWERED && !n.replyBy().isAfter(today.plusDays(settings.dueSoonDays())));
            } else {
                waits = me.getUsername().equals(n.leader());
            }
            if (waits) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(NoticeView::replyBy));
        return out;
    }

    private static int rank(Urgency u) {
        return switch (u) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NORMAL -> 2;
        };
    }
}
