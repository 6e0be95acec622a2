package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.ClockWatch;
import cn.xinfang.petition.accountability.entity.DeadlineChanged;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.shared.entity.Urgency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One run of the deadline watch, without the database: the running clocks read today against the
 * rows of the last run. A clock seen for the first time gets a row (a change from none when it is
 * already due soon or overdue); a clock whose status differs is a change; a row whose clock no
 * longer runs ends. Running it again on the same day with its own result changes nothing.
 */
public final class WatchRun {

    public record Key(long matterId, DueClock clock) {
    }

    /** What to write: new rows, changes (each also a {@link DeadlineChanged}), rows to remove. */
    public record Outcome(List<ClockWatch> created, List<DeadlineChanged> changes, List<ClockWatch> ended) {
    }

    private WatchRun() {
    }

    public static Outcome compare(List<ClockReading> readings, Map<Key, ClockWatch> last, LocalDate today,
                                  Function<LocalDate, Urgency> urgency) {
        Map<Key, ClockWatch> remaining = new HashMap<>(last);
        List<ClockWatch> created = new ArrayList<>();
        List<DeadlineChanged> changes = new ArrayList<>();
        for (ClockReading r : readings) {
            Urgency now = urgency.apply(r.dueOn());
            ClockWatch w = remaining.remove(new Key(r.matterId(), r.clock()));
            if (w == null) {
                created.add(new ClockWatch(r.matterId(), r.number(), r.clock(), r.unitId(), r.dueOn(), now, today));
                if (now != Urgency.NORMAL) {
                    changes.add(new DeadlineChanged(r, null, now, today));
                }
            } else if (!w.sameDay(r.unitId(), r.dueOn(), now)) {
                Urgency before = w.update(r.unitId(), r.dueOn(), now, today);
                if (before != null) {
                    changes.add(new DeadlineChanged(r, before, now, today));
                }
            }
        }
        return new Outcome(created, changes, List.copyOf(remaining.values()));
    }
}
