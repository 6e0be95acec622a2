package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The view records the reception boundaries return (no entity leaves a boundary). */
public final class Views {

    private Views() {
    }

    public record LeaderView(Long id, String name, String post, String portfolio, List<String> portfolioCategories,
                             LeaderLevel level, Long unitId, String unitName, Long linkedUnitId, String linkedUnitName,
                             String username, int sortOrder, boolean active, long version) implements Serializable {

        public static LeaderView of(Leader l) {
            return new LeaderView(l.getId(), l.getName(), l.getPost(), l.getPortfolio(), l.getPortfolioCategories(), l.getLevel(),
                    l.getUnit().getId(), l.getUnit().getName(), l.getLinkedUnit() == null ? null : l.getLinkedUnit().getId(),
                    l.getLinkedUnit() == null ? null : l.getLinkedUnit().getName(),
                    l.getUser() == null ? null : l.getUser().getUsername(), l.getSortOrder(), l.isActive(), l.getVersion());
        }
    }

    public record GroupView(Long id, String name, Long unitId, String unitName, List<Long> memberIds, List<String> memberNames,
                            long version) implements Serializable {

        public static GroupView of(RotationGroup g) {
            return new GroupView(g.getId(), g.getName(), g.getUnit().getId(), g.getUnit().getName(),
                    g.getMembers().stream().map(Leader::getId).toList(), g.getMembers().stream().map(Leader::getName).toList(),
                    g.getVersion());
        }
    }

    public record RuleView(Long id, String name, Long unitId, String unitName, Long leaderId, String leaderName, Long groupId,
                           String groupName, Assignment assignment, String rrule, LocalDate validFrom, LocalDate validUntil,
                           LocalTime startTime, LocalTime endTime, String place, boolean atLinkedUnit, ReceptionForm form,
                           String portfolio, ShiftRule shift, int capacity, boolean active, long version,
                           Recurrence recurrence) implements Serializable {

        public static RuleView of(ScheduleRule r) {
            return new RuleView(r.getId(), r.getName(), r.getUnit().getId(), r.getUnit().getName(),
                    r.getLeader() == null ? null : r.getLeader().getId(), r.getLeader() == null ? null : r.getLeader().getName(),
                    r.getGroup() == null ? null : r.getGroup().getId(), r.getGroup() == null ? null : r.getGroup().getName(),
                    r.getAssignment(), r.getRrule(), r.getValidFrom(), r.getValidUntil(), r.getStartTime(), r.getEndTime(),
                    r.getPlace(), r.isAtLinkedUnit(), r.getForm(), r.getPortfolio(), r.getShift(), r.getCapacity(), r.isActive(),
                    r.getVersion(), Recurrence.of(r.getRrule()).orElse(null));
        }
    }

    /** A session as staff see it; {@code booked} counts the active bookings. */
    public record SessionView(Long id, Long unitId, String unitName, Long ruleId, Long leaderId, String leaderName,
                              String leaderPost, LeaderLevel level, Long plannedLeaderId, String plannedLeaderName,
                              LocalDate day, LocalDate scheduledDay, LocalTime startTime, LocalTime endTime, String place,
                              ReceptionForm form, String portfolio, int capacity, long booked, Instant bookingCutoff,
                              SessionState state, Instant publishedAt, String publishedBy, String publicationOverride,
                              String cancelReason, long version) implements Serializable {

        public static SessionView of(ReceptionSession s, long booked) {
            Leader l = s.getLeader();
            return new SessionView(s.getId(), s.getUnit().getId(), s.getUnit().getName(), s.getRule() == null ? null : s.getRule().getId(),
                    l.getId(), l.getName(), l.getPost(), l.getLevel(), s.getPlannedLeader().getId(), s.getPlannedLeader().getName(),
                    s.getDay(), s.getScheduledDay(), s.getStartTime(), s.getEndTime(), s.getPlace(), s.getForm(), s.getPortfolio(),
                    s.getCapacity(), booked, s.getBookingCutoff(), s.getState(), s.getPublishedAt(), s.getPublishedBy(),
                    s.getPublicationOverride(), s.getCancelReason(), s.getVersion());
        }

        public boolean shifted() {
            return !day.equals(scheduledDay);
        }

        public boolean swapped() {
            return !leaderId.equals(plannedLeaderId);
        }

        public long free() {
            return Math.max(0, capacity - booked);
        }
    }

    /** A published session as the public page and the notice show it: no staff, no internal state. */
    public record PublicSession(Long id, String leaderName, String leaderPost, String portfolio, LocalDate day,
                                LocalTime startTime, LocalTime endTime, String place, ReceptionForm form, String unitName,
                                int capacity, long free, Instant bookingCutoff, boolean bookable) implements Serializable {
    }

    /** A booking as staff see it: the ID number and phone masked. */
    public record BookingView(Long id, Long sessionId, int number, String name, String maskedIdNumber, String maskedPhone,
                              String subject, String categoryCode, BookingVia via, BookingState state, Instant createdAt,
                              String createdBy, Instant cancelledAt, long version, String matterNumber) implements Serializable {

        public static BookingView of(Booking b) {
            return new BookingView(b.getId(), b.getSession().getId(), b.getNumber(), b.getName(), b.maskedIdNumber(), b.maskedPhone(),
                    b.getSubject(), b.getCategoryCode(), b.getVia(), b.getState(), b.getCreatedAt(), b.getCreatedBy(),
                    b.getCancelledAt(), b.getVersion(), b.getMatterNumber());
        }
    }

    /** What the petitioner takes away: the code (shown once), the number in the booked order and the session. */
    public record BookingReceipt(String code, int number, String name, PublicSession session) implements Serializable {
    }

    /** A booking found by its code (for the petitioner: to see or cancel it). */
    public record BookingStatus(int number, String name, BookingState state, PublicSession session) implements Serializable {
    }

    public record ChangeView(SessionChange.Kind kind, String fromLeader, String toLeader, LocalDate fromDay, LocalDate toDay,
                             String reason, boolean late, String by, Instant at) implements Serializable {

        public static ChangeView of(SessionChange c) {
            return new ChangeView(c.getKind(), c.getFromLeader() == null ? null : c.getFromLeader().getName(),
                    c.getToLeader() == null ? null : c.getToLeader().getName(), c.getFromDay(), c.getToDay(), c.getReason(),
                    c.isLate(), c.getBy(), c.getAt());
        }
    }

    public record LeaveView(Long id, Long leaderId, String leaderName, LocalDate fromDay, LocalDate toDay, String reason)
            implements Serializable {

        public static LeaveView of(Unavailability u) {
            return new LeaveView(u.getId(), u.getLeader().getId(), u.getLeader().getName(), u.getFromDay(), u.getToDay(), u.getReason());
        }
    }

    /** A session the rules would create (not saved yet). */
    public record ProposedSession(Long ruleId, String ruleName, Long leaderId, String leaderName, LocalDate scheduledDay,
                                  LocalDate day, LocalTime startTime, LocalTime endTime, String place, ReceptionForm form)
            implements Serializable {

        public boolean shifted() {
            return !day.equals(scheduledDay);
        }
    }

    /**
     * What generating a year would do, shown before it is saved: the new sessions, the
     * conflicts among them and the saved ones, and the active leaders who would have no session
     * at all in the year. {@code existing} counts the sessions already saved for these rules.
     */
    public record SchedulePreview(int year, List<ProposedSession> proposed, int existing, List<Conflict> conflicts,
                                  List<LeaderView> withoutSession) implements Serializable {
    }
}
