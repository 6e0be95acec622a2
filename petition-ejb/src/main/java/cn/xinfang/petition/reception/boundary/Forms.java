package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.DutyShift;
import cn.xinfang.petition.reception.entity.FollowUpVisit;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.Recurrence;
import cn.xinfang.petition.reception.entity.ShiftRule;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the pages and the API send to the reception boundaries (id null: a new record). */
public final class Forms {

    private Forms() {
    }

    public record LeaderForm(Long id, long version, String name, String post, String portfolio, List<String> portfolioCategories,
                             LeaderLevel level, Long unitId, Long linkedUnitId, String username, int sortOrder)
            implements Serializable {
    }

    public record GroupForm(Long id, long version, String name, Long unitId, List<Long> memberIds) implements Serializable {
    }

    public record RuleForm(Long id, long version, String name, Long unitId, Long leaderId, Long groupId, Assignment assignment,
                           String rrule, LocalDate validFrom, LocalDate validUntil, LocalTime startTime, LocalTime endTime,
                           String place, boolean atLinkedUnit, ReceptionForm form, String portfolio, ShiftRule shift,
                           int capacity, Recurrence recurrence) implements Serializable {

        /** The RRULE to store: written from the friendly {@code recurrence} when it is given, else the RRULE as typed. */
        public String effectiveRrule() {
            return recurrence != null ? recurrence.toRrule() : rrule;
        }
    }

    /** A booking by the petitioner on the public page or by staff for them. */
    public record BookingForm(Long sessionId, String name, String idNumber, String phone, String subject, String categoryCode)
            implements Serializable {

        @Override
        public String toString() {
            // never the ID number or the phone in a log line
            return "BookingForm[session=" + sessionId + "]";
        }
    }

    /** 约访: staff invite a petitioner to a session, usually about one of their matters (its number). */
    public record InvitationForm(String name, String idNumber, String phone, String subject, String matterNumber) implements Serializable {

        @Override
        public String toString() {
            return "InvitationForm[matter=" + matterNumber + "]";
        }
    }

    /** 回访 of a 批示件's matter. */
    public record FollowUpForm(LocalDate visitedOn, String visitors, FollowUpVisit.Method method, FollowUpVisit.Attitude attitude,
                               String note) implements Serializable {
    }

    /** A person on a duty shift. */
    public record MemberForm(String name, String post, boolean leader, String phone) implements Serializable {
    }

    /** A duty shift with the people on it (at least {@code required}). */
    public record ShiftForm(Long unitId, LocalDate day, LocalTime startTime, LocalTime endTime, DutyShift.Period period, String occasion,
                            int required, List<MemberForm> members) implements Serializable {
    }
}
