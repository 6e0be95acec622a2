package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.Supervision;
import cn.xinfang.petition.accountability.entity.Assessment;
import cn.xinfang.petition.accountability.entity.EscalationForm;
import cn.xinfang.petition.accountability.entity.NoticeCategory;
import cn.xinfang.petition.accountability.entity.NoticeFilter;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticePriority;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.ReportFrequency;
import cn.xinfang.petition.accountability.entity.UnitRecord;
import cn.xinfang.petition.accountability.entity.UrgeForm;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * 督办 over HTTP: the bureau issues a 催办单 ({@code POST /supervision/notices}), assesses answers,
 * escalates to 挂牌督办 / 联合督办, suspends, resumes and closes; the unit signs for and answers
 * the notices addressed to it; the list (filters {@code unit}, {@code level} — {@code FLAGGED}
 * covers joint ones too —, {@code status}, {@code open}, {@code from}/{@code to} issued,
 * {@code matter}); each unit's record per period; the 督办单 as PDF. Scoped like the pages: a unit
 * sees only its own notices. Every write carries the {@code version} last read.
 */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    @Inject
    Supervision supervision;

    public record UrgeRequest(long matterId, NoticeCategory category, NoticePriority priority, String requirement,
                              LocalDate replyBy) {
    }

    public record VersionRequest(long version) {
    }

    public record AnswerRequest(String progress, long version) {
    }

    public record AssessmentRequest(Assessment assessment, String note, long version) {
    }

    public record EscalationRequest(NoticeLevel level, String leader, String reason, ReportFrequency frequency,
                                    String jointBodies, LocalDate replyBy, long version) {
    }

    public record ReasonRequest(String reason, LocalDate replyBy, long version) {
    }

    public record NoteRequest(String note, long version) {
    }

    @GET
    @Path("notices")
    public List<NoticeView> list(@QueryParam("unit") Long unit, @QueryParam("level") String level,
                                 @QueryParam("status") String status, @QueryParam("open") @DefaultValue("false") boolean open,
                                 @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("matter") Long matter,
                                 @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return supervision.list(new NoticeFilter(unit, choice("level", NoticeLevel.class, level),
                choice("status", NoticeStatus.class, status), open, date("from", from), date("to", to), matter), first, size);
    }

    @POST
    @Path("notices")
    public Response urge(UrgeRequest r) {
        if (r == null) {
            throw BusinessException.onField("matterId", "acc.error.required");
        }
        NoticeView n = supervision.urge(r.matterId(), new UrgeForm(r.category(), r.priority(), r.requirement(), r.replyBy()));
        return Response.status(Response.Status.CREATED).entity(n).build();
    }

    @GET
    @Path("notices/{id}")
    public NoticeView get(@PathParam("id") long id) {
        return supervision.get(id);
    }

    @POST
    @Path("notices/{id}/sign")
    public NoticeView sign(@PathParam("id") long id, VersionRequest r) {
        return supervision.sign(id, r == null ? -1 : r.version());
    }

    @POST
    @Path("notices/{id}/answer")
    public NoticeView answer(@PathParam("id") long id, AnswerRequest r) {
        return supervision.answer(id, r == null ? null : r.progress(), r == null ? -1 : r.version());
    }

    @POST
    @Path("notices/{id}/assessment")
    public NoticeView assess(@PathParam("id") long id, AssessmentRequest r) {
        return supervision.assess(id, r == null ? null : r.assessment(), r == null ? null : r.note(), r == null ? -1 : r.version());
    }

    @POST
    @Path("notices/{id}/escalation")
    public NoticeView escalate(@PathParam("id") long id, EscalationRequest r) {
        if (r == null) {
            throw BusinessException.onField("level", "acc.error.level");
        }
        return supervision.escalate(id, new EscalationForm(r.level(), r.leader(), r.reason(), r.frequency(), r.jointBodies(),
                r.replyBy()), r.version());
    }

    @POST
    @Path("notices/{id}/suspension")
    public NoticeView suspend(@PathParam("id") long id, ReasonRequest r) {
        return supervision.suspend(id, r == null ? null : r.reason(), r == null ? -1 : r.version());
    }

    @POST
    @Path("notices/{id}/resumption")
    public NoticeView resume(@PathParam("id") long id, ReasonRequest r) {
        return supervision.resume(id, r == null ? null : r.reason(), r == null ? null : r.replyBy(), r == null ? -1 : r.version());
    }

    @POST
    @Path("notices/{id}/closure")
    public NoticeView close(@PathParam("id") long id, NoteRequest r) {
        return supervision.close(id, r == null ? null : r.note(), r == null ? -1 : r.version());
    }

    @GET
    @Path("notices/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(supervision.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"supervision-" + id + ".pdf\"").build();
    }

    @GET
    @Path("records")
    public List<UnitRecord> records(@QueryParam("from") String from, @QueryParam("to") String to) {
        return supervision.records(date("from", from), date("to", to));
    }

    @GET
    @Path("leaders")
    public Map<String, String> leaders() {
        return supervision.leaders();
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField(field, "acc.error.choice");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
        // PostgreSQL holds no date before 4713 BC (found by ApiFuzzIT: -999999999-01-01 failed the query)
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw BusinessException.onField(field, "api.date");
        }
        return d;
    }
}
