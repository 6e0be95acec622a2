package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The view records of the reception day the boundaries return (no entity leaves the EJB layer). */
public final class DayViews {

    private DayViews() {
    }

    /** The staff's screen of one session: the queue in order, who is in conversation, attendees and 批示件. */
    public record Day(long sessionId, long version, String unitName, String leaderName, String leaderPost, LocalDate day,
                      LocalTime startTime, LocalTime endTime, String place, ReceptionForm form, SessionState state,
                      List<VisitRow> queue, List<AttendeeRow> attendees, List<InstructionRow> instructions,
                      List<BookingRow> expected) implements Serializable {

        public List<VisitRow> waiting() {
            return queue.stream().filter(v -> v.state() == VisitState.WAITING).toList();
        }

        public List<VisitRow> inConversation() {
            return queue.stream().filter(v -> v.state() == VisitState.IN_CONVERSATION).toList();
        }

        public List<VisitRow> done() {
            return queue.stream().filter(v -> v.state() == VisitState.DONE || v.state() == VisitState.LEFT).toList();
        }
    }

    /** One petitioner of the day; the ID number is masked. */
    public record VisitRow(long id, long version, String ticket, boolean booked, String name, String maskedIdNumber,
                           String subject, String categoryCode, int peopleCount, VisitState state, Instant arrivedAt,
                           Instant calledAt, long waitingMinutes, String conversation, String opinion, Outcome outcome,
                           LocalDate resolveBy, String matterNumber, Long matterId) implements Serializable {
    }

    /** A booking not yet checked in (who is expected). */
    public record BookingRow(int number, String name, String maskedIdNumber, String subject) implements Serializable {
    }

    public record AttendeeRow(long id, String unitName, String name, String post) implements Serializable {
    }

    /** The waiting-room display (叫号): numbers and masked names only, nothing else about anyone. */
    public record Display(long sessionId, String leaderName, String leaderPost, LocalDate day, String place,
                          List<Ticket> called, List<Ticket> next, int waitingCount) implements Serializable {
    }

    public record Ticket(String ticket, String maskedName) implements Serializable {
    }

    /** A 批示件 as a row of the leader's and the unit's lists. */
    public record InstructionRow(long id, long version, long sessionId, LocalDate sessionDay, String leaderName,
                                 String petitionerName, String subject, Outcome outcome, String text, LocalDate instructedOn,
                                 long matterId, String matterNumber, boolean linked, LocalDate routingDue,
                                 LocalDate routedOn, boolean routingOverdue, String mainUnitName, Long mainUnitId,
                                 LocalDate replyDue, boolean replyOverdue, Instruction.Stage stage, String reportText,
                                 Boolean reportResolved, LocalDate reportedOn, String reportedBy) implements Serializable {
    }
}
