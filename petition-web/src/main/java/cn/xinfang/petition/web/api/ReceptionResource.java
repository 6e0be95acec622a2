package cn.xinfang.petition.web.api;

import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.ReceptionBookings;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingView;
import cn.xinfang.petition.reception.entity.Views.ChangeView;
import cn.xinfang.petition.reception.entity.Views.GroupView;
import cn.xinfang.petition.reception.entity.Views.LeaderView;
import cn.xinfang.petition.reception.entity.Views.LeaveView;
import cn.xinfang.petition.reception.entity.Views.ProposedSession;
import cn.xinfang.petition.reception.entity.Views.RuleView;
import cn.xinfang.petition.reception.entity.Views.SchedulePreview;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 领导接待日 over HTTP for staff: leaders, rotation groups, rules, the year's preview and
 * generation, sessions with publication, cancellation, swaps and moves, leaves, and bookings by
 * staff. Roles and unit scoping are the boundaries' (ReceptionDays, ReceptionBookings); refusals
 * become JSON errors through {@link ApiExceptionMapper}.
 */
@Path("reception")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceptionResource {

    @Inject
    ReceptionDays days;

    @Inject
    ReceptionBookings bookings;

    public record PublishRequest(long version, String overrideReason) {
    }

    public record CancelRequest(long version, String reason) {
    }

    public record SwapRequest(long version, Long leaderId, String reason, boolean late) {
    }

    public record MoveRequest(long version, LocalDate day, String reason, boolean late) {
    }

    public record LeaveRequest(Long leaderId, LocalDate fromDay, LocalDate toDay, String reason) {
    }

    public record VersionRequest(long version) {
    }

    public record CodeRequest(String code) {
    }

    @GET
    @Path("leaders")
    public List<LeaderView> leaders() {
        return days.leaders();
    }

    @POST
    @Path("leaders")
    public Response addLeader(Forms.LeaderForm f) {
        noId(body(f).id());
        return Response.status(201).entity(days.saveLeader(f)).build();
    }

    @PUT
    @Path("leaders/{id}")
    public LeaderView updateLeader(@PathParam("id") long id, Forms.LeaderForm f) {
        Forms.LeaderForm b = body(f);
        return days.saveLeader(new Forms.LeaderForm(id, b.version(), b.name(), b.post(), b.portfolio(), b.portfolioCategories(),
                b.level(), b.unitId(), b.linkedUnitId(), b.username(), b.sortOrder()));
    }

    @GET
    @Path("groups")
    public List<GroupView> groups() {
        return days.groups();
    }

    @POST
    @Path("groups")
    public Response addGroup(Forms.GroupForm f) {
        Forms.GroupForm b = body(f);
        return Response.status(201).entity(days.saveGroup(new Forms.GroupForm(null, 0, b.name(), b.unitId(), b.memberIds()))).build();
    }

    @PUT
    @Path("groups/{id}")
    public GroupView updateGroup(@PathParam("id") long id, Forms.GroupForm f) {
        Forms.GroupForm b = body(f);
        return days.saveGroup(new Forms.GroupForm(id, b.version(), b.name(), b.unitId(), b.memberIds()));
    }

    @GET
    @Path("rules")
    public List<RuleView> rules() {
        return days.rules();
    }

    @POST
    @Path("rules")
    public Response addRule(Forms.RuleForm f) {
        return Response.status(201).entity(days.saveRule(withId(body(f), null))).build();
    }

    @PUT
    @Path("rules/{id}")
    public RuleView updateRule(@PathParam("id") long id, Forms.RuleForm f) {
        return days.saveRule(withId(body(f), id));
    }

    public record ActivationRequest(long version, boolean active) {
    }

    /**
     * The next sessions a rule would make from {@code from} (default today; count default 10, at most 50),
     * before it is saved: the same body as
     * {@code POST rules}, with the recurrence as {@code recurrence} (frequency, interval, weekdays,
     * monthDay or nth, months) or as {@code rrule}.
     */
    @POST
    @Path("rules/preview")
    public List<ProposedSession> previewRule(@QueryParam("from") String from, @QueryParam("count") Integer count, Forms.RuleForm f) {
        return days.previewRule(withId(body(f), null), PublicReceptionResource.date("from", from, null), count == null ? 10 : count);
    }

    /** Activates or deactivates a rule: a deactivated rule makes no new sessions (those saved stay). */
    @POST
    @Path("rules/{id}/activation")
    public RuleView activate(@PathParam("id") long id, ActivationRequest r) {
        return days.setRuleActive(id, body(r).version(), r.active());
    }

    /** What generating the year would add, with the conflicts and the leaders without a session; saves nothing. */
    @GET
    @Path("schedule/{year}")
    public SchedulePreview preview(@PathParam("year") int year, @QueryParam("unit") Long unit) {
        return days.preview(year, unit);
    }

    /** Saves the year's sessions from the rules (as planned); the answer lists what was added. */
    @POST
    @Path("schedule/{year}")
    public SchedulePreview generate(@PathParam("year") int year, @QueryParam("unit") Long unit) {
        return days.generate(year, unit);
    }

    @GET
    @Path("sessions")
    public List<SessionView> sessions(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = PublicReceptionResource.date("from", from, LocalDate.now(Clocks.ZONE));
        return days.sessions(f, PublicReceptionResource.date("to", to, f.plusWeeks(4)));
    }

    public record SessionRequest(Long unitId, Long leaderId, LocalDate day, java.time.LocalTime startTime, java.time.LocalTime endTime,
                                 String place, cn.xinfang.petition.reception.entity.ReceptionForm form, String portfolio, int capacity) {
    }

    /** A session outside the rules (带案下访, 约访, a one-off day), planned. */
    @POST
    @Path("sessions")
    public Response addSession(SessionRequest r) {
        if (body(r).leaderId() == null) {
            throw BusinessException.onField("leaderId", "error.required");
        }
        if (r.day() == null) {
            throw BusinessException.onField("day", "error.required");
        }
        return Response.status(201).entity(days.addSession(r.unitId(), r.leaderId(), r.day(), r.startTime(), r.endTime(), r.place(),
                r.form(), r.portfolio(), r.capacity())).build();
    }

    @GET
    @Path("sessions/{id}")
    public SessionView session(@PathParam("id") long id) {
        return days.session(id);
    }

    @GET
    @Path("sessions/{id}/changes")
    public List<ChangeView> changes(@PathParam("id") long id) {
        return days.changes(id);
    }

    /** 公示 of one session; later than the notice period only with {@code overrideReason}. */
    @POST
    @Path("sessions/{id}/publication")
    public SessionView publish(@PathParam("id") long id, PublishRequest r) {
        return days.publish(id, body(r).version(), r.overrideReason());
    }

    /** Publishes every planned session {@code from}–{@code to} that is still on time; answers how many. */
    @POST
    @Path("publication")
    public Map<String, Integer> publishOnTime(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = PublicReceptionResource.date("from", from, LocalDate.now(Clocks.ZONE));
        return Map.of("published", days.publishOnTime(f, PublicReceptionResource.date("to", to, f.plusWeeks(4))));
    }

    @POST
    @Path("sessions/{id}/cancellation")
    public SessionView cancel(@PathParam("id") long id, CancelRequest r) {
        return days.cancel(id, body(r).version(), r.reason());
    }

    @POST
    @Path("sessions/{id}/swap")
    public SessionView swap(@PathParam("id") long id, SwapRequest r) {
        if (body(r).leaderId() == null) {
            throw BusinessException.onField("leaderId", "error.required");
        }
        return days.swapLeader(id, r.version(), r.leaderId(), r.reason(), r.late());
    }

    @POST
    @Path("sessions/{id}/move")
    public SessionView move(@PathParam("id") long id, MoveRequest r) {
        if (body(r).day() == null) {
            throw BusinessException.onField("day", "error.required");
        }
        return days.move(id, r.version(), r.day(), r.reason(), r.late());
    }

    @GET
    @Path("sessions/{id}/bookings")
    public List<BookingView> bookings(@PathParam("id") long id) {
        return bookings.bookings(id);
    }

    /** A booking by staff for a petitioner (same rules as the public page); the code is in this answer only. */
    @POST
    @Path("sessions/{id}/bookings")
    public Response book(@PathParam("id") long id, Forms.BookingForm f) {
        Forms.BookingForm b = body(f);
        BookingReceipt receipt = bookings.book(new Forms.BookingForm(id, b.name(), b.idNumber(), b.phone(), b.subject(), b.categoryCode()));
        return Response.status(201).entity(receipt).header("Cache-Control", "no-store").build();
    }

    /** The booking a petitioner shows on the day, by its code (in the body, never the URL). */
    @POST
    @Path("bookings/lookup")
    public BookingView lookup(CodeRequest r) {
        return bookings.byCode(body(r).code()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("bookings/{id}/cancellation")
    public BookingView cancelBooking(@PathParam("id") long id, VersionRequest r) {
        return bookings.cancel(id, body(r).version());
    }

    @GET
    @Path("leaves")
    public List<LeaveView> leaves(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = PublicReceptionResource.date("from", from, LocalDate.now(Clocks.ZONE));
        return days.leaves(f, PublicReceptionResource.date("to", to, f.plusYears(1)));
    }

    @POST
    @Path("leaves")
    public Response addLeave(LeaveRequest r) {
        if (body(r).leaderId() == null) {
            throw BusinessException.onField("leaderId", "error.required");
        }
        if (r.fromDay() == null || r.toDay() == null) {
            throw BusinessException.onField(r.fromDay() == null ? "fromDay" : "toDay", "error.required");
        }
        return Response.status(201).entity(days.addLeave(r.leaderId(), r.fromDay(), r.toDay(), r.reason())).build();
    }

    private static Forms.RuleForm withId(Forms.RuleForm f, Long id) {
        return new Forms.RuleForm(id, f.version(), f.name(), f.unitId(), f.leaderId(), f.groupId(), f.assignment(), f.rrule(),
                f.validFrom(), f.validUntil(), f.startTime(), f.endTime(), f.place(), f.atLinkedUnit(), f.form(), f.portfolio(),
                f.shift(), f.capacity(), f.recurrence());
    }

    private static boolean noId(Long id) {
        if (id != null) {
            throw BusinessException.onField("id", "reception.error.idOnCreate");
        }
        return true;
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return request;
    }
}
