package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.reception.entity.Conflict;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.Unavailability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The conflicts of a schedule: a leader at two sessions whose times overlap on one day, a
 * session on the leader's leave, a session of an inactive leader. Works on saved and proposed
 * sessions alike ({@link Slot}); pure, so it is unit-tested without a database.
 */
public final class ScheduleConflicts {

    /** One session, saved ({@code sessionId} set) or proposed. */
    public record Slot(Leader leader, LocalDate day, LocalTime start, LocalTime end, String place, Long sessionId) {
    }

    private record Key(Leader leader, LocalDate day) {
    }

    private ScheduleConflicts() {
    }

    public static List<Conflict> find(List<Slot> slots, List<Unavailability> leaves) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<Key, List<Slot>> byLeaderAndDay = slots.stream()
                .collect(Collectors.groupingBy(s -> new Key(s.leader(), s.day()), java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<Slot> same : byLeaderAndDay.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Slot a = same.get(i);
                    Slot b = same.get(j);
                    if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                        conflicts.add(new Conflict(Conflict.Kind.DOUBLE_BOOKED, a.leader().getId(), a.leader().getName(), a.day(),
                                a.place(), b.place(), a.sessionId() != null ? a.sessionId() : b.sessionId()));
                    }
                }
            }
        }
        for (Slot s : slots) {
            for (Unavailability u : leaves) {
                if (u.getLeader().equals(s.leader()) && u.covers(s.day())) {
                    conflicts.add(new Conflict(Conflict.Kind.ON_LEAVE, s.leader().getId(), s.leader().getName(), s.day(), s.place(),
                            u.getReason(), s.sessionId()));
                }
            }
            if (!s.leader().isActive()) {
                conflicts.add(new Conflict(Conflict.Kind.INACTIVE_LEADER, s.leader().getId(), s.leader().getName(), s.day(), s.place(),
                        null, s.sessionId()));
            }
        }
        conflicts.sort(Comparator.comparing(Conflict::day).thenComparing(Conflict::leaderName));
        return conflicts;
    }
}
