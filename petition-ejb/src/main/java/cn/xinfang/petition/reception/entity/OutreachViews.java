package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The view records of 带案下访, 约访, 回访 and the duty rosters (no entity leaves the EJB layer). */
public final class OutreachViews {

    private OutreachViews() {
    }

    /** A matter carried to a session (带案下访). */
    public record CarriedRow(long id, long version, long sessionId, long matterId, String matterNumber, String purpose, String result,
                             String addedBy, Instant addedAt) implements Serializable {

        public static CarriedRow of(CarriedMatter c) {
            return new CarriedRow(c.getId(), c.getVersion(), c.getSession().getId(), c.getMatterId(), c.getMatterNumber(), c.getPurpose(),
                    c.getResult(), c.getAddedBy(), c.getAddedAt());
        }
    }

    /** A 回访 of a 批示件's matter. */
    public record FollowUpRow(long id, long instructionId, String matterNumber, String unitName, LocalDate visitedOn, String visitors,
                              FollowUpVisit.Method method, FollowUpVisit.Attitude attitude, String note, String recordedBy)
            implements Serializable {

        public static FollowUpRow of(FollowUpVisit f) {
            return new FollowUpRow(f.getId(), f.getInstruction().getId(), f.getInstruction().getMatterNumber(), f.getUnit().getName(),
                    f.getVisitedOn(), f.getVisitors(), f.getMethod(), f.getAttitude(), f.getNote(), f.getRecordedBy());
        }
    }

    public record MemberRow(long id, String name, String post, boolean leader, String phone, boolean replaced) implements Serializable {

        public static MemberRow of(DutyMember m) {
            return new MemberRow(m.getId(), m.getName(), m.getPost(), m.isLeader(), m.getPhone(), m.isReplaced());
        }
    }

    public record SwapRow(long id, String memberName, String replacedByName, String reason, String swappedBy, Instant swappedAt)
            implements Serializable {

        public static SwapRow of(DutySwap w) {
            return new SwapRow(w.getId(), w.getMember().getName(), w.getReplacedBy().getName(), w.getReason(), w.getSwappedBy(),
                    w.getSwappedAt());
        }
    }

    public record LogRow(long id, Instant at, DutyLogEntry.Kind kind, String summary, String matterNumber, String recordedBy)
            implements Serializable {

        public static LogRow of(DutyLogEntry e) {
            return new LogRow(e.getId(), e.getAt(), e.getKind(), e.getSummary(), e.getMatterNumber(), e.getRecordedBy());
        }
    }

    /**
     * One shift of the roster: who is on duty now ({@code onDuty}: members not swapped out),
     * {@code understaffed} when fewer than the required number are, the swaps and the log.
     */
    public record ShiftView(long id, long version, long unitId, String unitName, LocalDate day, LocalTime startTime, LocalTime endTime,
                            DutyShift.Period period, String occasion, int required, List<MemberRow> members, List<SwapRow> swaps,
                            List<LogRow> log) implements Serializable {

        public List<MemberRow> onDuty() {
            return members.stream().filter(m -> !m.replaced()).toList();
        }

        public boolean understaffed() {
            return onDuty().size() < required;
        }

        public boolean hasLeader() {
            return onDuty().stream().anyMatch(MemberRow::leader);
        }
    }
}
