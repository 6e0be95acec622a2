package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.entity.AppealRefusalView;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.CoHandlingView;
import cn.xinfang.petition.casehandling.entity.CoInboxRow;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import java.util.Arrays;

/**
 * 信访事项 over HTTP: register (idempotent with the {@code Idempotency-Key} header), read,
 * search, and every step of handling. Each step carries the {@code version} the client last read;
 * a concurrent change answers 409.
 */
@Path("matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MattersResource {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Appeals appeals;

    @Inject
    Documents documents;

    @Context
    UriInfo uri;

    public record Page(long total, List<MatterSummary> items) {
    }

    /** {@code lowerMatterId}: with HANDLED_BELOW (2022 Art 19), the lower level's matter (one of handling.handledBelow). */
    public record DecisionRequest(Decision decision, String text, Long lowerMatterId, long version) {
    }

    /** {@code coDue}: the day the co-handling units' contributions are due (optional). */
    public record RoutingRequest(RoutingMode mode, Long mainUnitId, List<Long> coUnitIds, LocalDate coDue, long version) {
    }

    public record TextRequest(String text, long version) {
    }

    public record ExtensionRequest(int days, String reason, long version) {
    }

    public record HearingRequest(LocalDate from, LocalDate to, String place, String participants, long version) {
    }

    public record ReplyRequest(ReplyOutcome outcome, String text, long version) {
    }

    public record VersionRequest(long version) {
    }

    @POST
    public Response register(RegistrationForm form, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (form == null) {
            throw new BusinessException("api.bodyRequired");
        }
        // committed before the answer is read: the county's numbering lock is held for the registration only
        Petitions.Registration r = petitions.registerOnly(form, idempotencyKey);
        MatterDetail matter = petitions.answer(r);
        if (!r.created()) {
            return Response.ok(matter).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build()).entity(matter).build();
    }

    @GET
    @Path("{id}")
    public MatterDetail get(@PathParam("id") long id) {
        return petitions.get(id);
    }

    /**
     * The search by number, name, words and the other criteria in the query string. A text that
     * is an ID number or a phone is refused (400): personal data never travels in a URL, where
     * proxies and access logs keep it; such a search is {@code POST /api/matters/search}.
     */
    @GET
    public Page search(@QueryParam("text") String text, @QueryParam("channel") String channel,
                       @QueryParam("kind") String kind, @QueryParam("category") String category,
                       @QueryParam("state") String state, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("overdue") String overdue, @QueryParam("evaluationOverdue") boolean evaluationOverdue,
                       @QueryParam("unit") String unit,
                       @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        PersonalData.refuseInUrl("text", text, "POST /petition/api/matters/search");
        // the kind and state as text, refused on the field (JAX-RS answers an unknown enum constant in a query with a bare 404)
        return search(new SearchRequest(text, channel, Params.choice("kind", MatterKind.class, kind), category,
                Params.choice("state", MatterState.class, state), from, to, overdue, evaluationOverdue, id("unit", unit), first, size));
    }

    /** The criteria of a search in the request body (for an ID number or phone, which never go into a URL). */
    public record SearchRequest(String text, String channel, MatterKind kind, String category, MatterState state,
                                String from, String to, String overdue, boolean evaluationOverdue, Long unit,
                                Integer first, Integer size) {
    }

    @POST
    @Path("search")
    public Page search(SearchRequest r) {
        body(r);
        MatterFilter f = new MatterFilter(r.text(), r.channel(), r.kind(), r.category(), r.state(), date("from", r.from()),
                date("to", r.to()), false, r.evaluationOverdue()).within(r.unit(), clock("overdue", r.overdue()));
        int first = r.first() == null ? 0 : r.first();
        int size = r.size() == null ? 20 : r.size();
        return new Page(petitions.count(f), petitions.search(f, first, size));
    }

    /** The repeat check's question: an ID number, or a name and phone. */
    public record EarlierRequest(String idNumber, String name, String phone) {
    }

    /** The repeat check: a petitioner's earlier matters by ID number, or by name and phone (in the body). */
    @POST
    @Path("earlier")
    public EarlierMatters earlier(EarlierRequest r) {
        return petitions.earlierMatters(body(r).idNumber(), r.name(), r.phone());
    }

    /** The former GET of the repeat check: refused (400) with the way to the POST, whatever it carries. */
    @GET
    @Path("earlier")
    public EarlierMatters earlierInUrl(@QueryParam("idNumber") String idNumber, @QueryParam("name") String name,
                                       @QueryParam("phone") String phone) {
        throw BusinessException.onField(idNumber != null || phone == null ? "idNumber" : "phone", "api.personalDataInUrl",
                "POST /petition/api/matters/earlier");
    }

    /**
     * A new lookup code (查询码) for a petitioner who lost theirs: the earlier one stops working;
     * the new one is in this answer's {@code followUp.lookupCode}, and never again.
     */
    @POST
    @Path("{id}/lookup-code")
    public MatterDetail issueLookupCode(@PathParam("id") long id, VersionRequest r) {
        return handling.issueLookupCode(id, body(r).version());
    }

    @GET
    @Path("inbox")
    public List<MatterSummary> inbox(@QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return handling.inbox(first, size);
    }

    @POST
    @Path("{id}/decision")
    public MatterDetail decide(@PathParam("id") long id, DecisionRequest r) {
        return handling.decide(id, body(r).decision(), r.text(), r.lowerMatterId(), r.version());
    }

    /** 2022 Art 30: whom an accusation accuses; {@code accusedUnitId} null: no unit of this county. */
    public record AccusedRequest(Long accusedUnitId, String accusedParty, long version) {
    }

    @POST
    @Path("{id}/accused")
    public MatterDetail identifyAccused(@PathParam("id") long id, AccusedRequest r) {
        return handling.identifyAccused(id, body(r).accusedUnitId(), r.accusedParty(), r.version());
    }

    @POST
    @Path("{id}/routing")
    public MatterDetail route(@PathParam("id") long id, RoutingRequest r) {
        return handling.route(id, body(r).mode(), r.mainUnitId(), r.coUnitIds(), r.coDue(), r.version());
    }

    /** 协办: every co-handling unit's part in the matter (asked when, due when, contributed what). */
    @GET
    @Path("{id}/co-handling")
    public List<CoHandlingView> coHandling(@PathParam("id") long id) {
        return handling.coHandling(id);
    }

    /** 协办意见 of the caller's unit, a co-handling unit. */
    @POST
    @Path("{id}/co-handling/opinion")
    public MatterDetail contribute(@PathParam("id") long id, TextRequest r) {
        return handling.contribute(id, body(r).text(), r.version());
    }

    public record CoDueRequest(Long unitId, LocalDate dueOn, long version) {
    }

    /** The day a co-handling unit's contribution is due, moved by the main unit or the bureau. */
    @POST
    @Path("{id}/co-handling/due")
    public MatterDetail setCoHandlingDue(@PathParam("id") long id, CoDueRequest r) {
        return handling.setCoHandlingDue(id, body(r).unitId(), r.dueOn(), r.version());
    }

    /** 协办待办: the matters the caller's unit is asked to contribute to, the earliest due first. */
    @GET
    @Path("co-inbox")
    public List<CoInboxRow> coInbox(@QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return handling.coInbox(first, size);
    }

    @POST
    @Path("{id}/objection")
    public MatterDetail object(@PathParam("id") long id, TextRequest r) {
        return handling.object(id, body(r).text(), r.version());
    }

    @POST
    @Path("{id}/notes")
    public MatterDetail note(@PathParam("id") long id, TextRequest r) {
        return handling.note(id, body(r).text(), r.version());
    }

    @POST
    @Path("{id}/extension")
    public MatterDetail extend(@PathParam("id") long id, ExtensionRequest r) {
        return handling.extend(id, body(r).days(), r.reason(), r.version());
    }

    @POST
    @Path("{id}/hearings")
    public MatterDetail hearing(@PathParam("id") long id, HearingRequest r) {
        return appeals.scheduleHearing(id, body(r).from(), r.to(), r.place(), r.participants(), r.version());
    }

    public record HearingRecordRequest(String minutes, String conclusion, long version) {
    }

    /** The minutes and conclusion of a hearing. */
    @POST
    @Path("{id}/hearings/{hearingId}/record")
    public MatterDetail recordHearing(@PathParam("id") long id, @PathParam("hearingId") long hearingId, HearingRecordRequest r) {
        return appeals.recordHearing(id, hearingId, body(r).minutes(), r.conclusion(), r.version());
    }

    public record EvaluationRequest(Rating rating,
                                    RatingVia via, String comment, long version) {
    }

    /** A rating the petitioner gave by phone or in person, recorded by staff. */
    @POST
    @Path("{id}/evaluation")
    public MatterDetail evaluate(@PathParam("id") long id, EvaluationRequest r) {
        return appeals.evaluate(id, body(r).rating(), r.via(), r.comment(), r.version());
    }

    public record AppealRequest(AppealStage stage, LocalDate requestedOn,
                                String reason, AuthorityLevel authorityLevel,
                                String authorityName, long version) {
    }

    /** A review (stage REVIEW) or re-review (RE_REVIEW) request, within its 30-day window. */
    @POST
    @Path("{id}/appeals")
    public MatterDetail requestAppeal(@PathParam("id") long id, AppealRequest r) {
        return appeals.requestAppeal(id, body(r).stage(), r.requestedOn(), r.reason(), r.authorityLevel(), r.authorityName(), r.version());
    }

    public record AppealDecisionRequest(AppealOutcome outcome, String opinion,
                                        String documentNumber, LocalDate decidedOn, long version) {
    }

    /** The open review or re-review decided here, or recorded as decided above (date and document number). */
    @POST
    @Path("{id}/appeals/decision")
    public MatterDetail decideAppeal(@PathParam("id") long id, AppealDecisionRequest r) {
        return appeals.decideAppeal(id, body(r).outcome(), r.opinion(), r.documentNumber(), r.decidedOn(), r.version());
    }

    /** 终结 once the window for the next appeal has lapsed. */
    @POST
    @Path("{id}/termination")
    public MatterDetail terminate(@PathParam("id") long id, VersionRequest r) {
        return appeals.terminate(id, body(r).version());
    }

    public record ResolutionRequest(LocalDate on, String note, long version) {
    }

    /** 息诉息访. */
    @POST
    @Path("{id}/resolution")
    public MatterDetail resolve(@PathParam("id") long id, ResolutionRequest r) {
        return appeals.resolve(id, body(r).on(), r.note(), r.version());
    }

    public record BacklogRequest(boolean flag, String reason, long version) {
    }

    /** A review (REVIEW) or re-review (RE_REVIEW) request not accepted: when it was asked, why refused, the notice. */
    public record AppealRefusalRequest(AppealStage stage, LocalDate requestedOn, String requestReason, String authorityName,
                                       LocalDate refusedOn, String reason, String noticeNumber, long version) {
    }

    /** 复查/复核申请不予受理, recorded; the matter's state stays as it was. */
    @POST
    @Path("{id}/appeal-refusals")
    public MatterDetail refuseAppeal(@PathParam("id") long id, AppealRefusalRequest r) {
        body(r);
        return appeals.refuseAppeal(id, r.stage(), r.requestedOn(), r.requestReason(), r.authorityName(), r.refusedOn(),
                r.reason(), r.noticeNumber(), r.version());
    }

    @GET
    @Path("{id}/appeal-refusals")
    public List<AppealRefusalView> appealRefusals(@PathParam("id") long id) {
        return appeals.refusals(id);
    }

    /** 积案 flagged or cleared by hand. */
    @POST
    @Path("{id}/backlog")
    public MatterDetail backlog(@PathParam("id") long id, BacklogRequest r) {
        return appeals.flagBacklog(id, body(r).flag(), r.reason(), r.version());
    }

    /** The backlog list (积案). */
    @GET
    @Path("backlog")
    public List<MatterSummary> backlogList(@QueryParam("first") @DefaultValue("0") int first,
                                           @QueryParam("size") @DefaultValue("50") int size) {
        return appeals.backlog(first, size);
    }

    @POST
    @Path("{id}/reply")
    public MatterDetail draftReply(@PathParam("id") long id, ReplyRequest r) {
        return handling.draftReply(id, body(r).outcome(), r.text(), r.version());
    }

    @POST
    @Path("{id}/reply/approval")
    public MatterDetail approveReply(@PathParam("id") long id, VersionRequest r) {
        return handling.approveReply(id, body(r).version());
    }

    @POST
    @Path("{id}/reply/return")
    public MatterDetail returnReply(@PathParam("id") long id, TextRequest r) {
        return handling.returnReply(id, body(r).text(), r.version());
    }

    @POST
    @Path("{id}/report")
    public MatterDetail reportBack(@PathParam("id") long id, TextRequest r) {
        return handling.reportBack(id, body(r).text(), r.version());
    }

    @POST
    @Path("{id}/closing")
    public MatterDetail close(@PathParam("id") long id, VersionRequest r) {
        return handling.close(id, body(r).version());
    }

    /** A notice or opinion as PDF; {@code kind=FILE} is the whole file (一案一卷). */
    @GET
    @Path("{id}/documents/{kind}")
    @Produces("application/pdf")
    public Response document(@PathParam("id") long id, @PathParam("kind") String kind) {
        byte[] pdf;
        if ("FILE".equals(kind)) {
            pdf = documents.wholeFile(id);
        } else {
            DocumentKind k = Arrays.stream(
                            DocumentKind.values())
                    .filter(x -> x.name().equals(kind)).findFirst()
                    .orElseThrow(NotFoundException::new);
            pdf = documents.pdf(id, k);
        }
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"matter-" + id + "-" + kind.toLowerCase() + ".pdf\"").build();
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return request;
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, "api.id");
        }
    }

    /** A clock's name ({@link DueClock}); {@code true} is the acceptance clock, as the parameter once was a flag. */
    private static DueClock clock(String field, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return null;
        }
        String name = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (name.equals("TRUE")) {
            return DueClock.ACCEPTANCE;
        }
        return java.util.Arrays.stream(DueClock.values()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> BusinessException.onField(field, "api.dueClock",
                        java.util.Arrays.stream(DueClock.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))));
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
    }
}
