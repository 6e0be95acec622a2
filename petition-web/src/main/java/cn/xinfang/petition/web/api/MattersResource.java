package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterDetail;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.MatterSummary;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.boundary.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
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
    cn.xinfang.petition.casehandling.boundary.Documents documents;

    @Context
    UriInfo uri;

    public record Page(long total, List<MatterSummary> items) {
    }

    public record DecisionRequest(Decision decision, String text, long version) {
    }

    public record RoutingRequest(RoutingMode mode, Long mainUnitId, List<Long> coUnitIds, long version) {
    }

    public record TextRequest(String text, long version) {
    }

    public record ExtensionRequest(int days, String reason, long version) {
    }

    public record HearingRequest(LocalDate from, LocalDate to, long version) {
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
        Petitions.Registered r = petitions.register(form, idempotencyKey);
        if (!r.created()) {
            return Response.ok(r.matter()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.matter().summary().id())).build())
                .entity(r.matter()).build();
    }

    @GET
    @Path("{id}")
    public MatterDetail get(@PathParam("id") long id) {
        return petitions.get(id);
    }

    @GET
    public Page search(@QueryParam("text") String text, @QueryParam("channel") String channel,
                       @QueryParam("kind") MatterKind kind, @QueryParam("category") String category,
                       @QueryParam("state") MatterState state, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("overdue") boolean overdue,
                       @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        MatterFilter f = new MatterFilter(text, channel, kind, category, state, date("from", from), date("to", to), overdue);
        return new Page(petitions.count(f), petitions.search(f, first, size));
    }

    /** The repeat check: a petitioner's earlier matters by ID number, or by name and phone. */
    @GET
    @Path("earlier")
    public EarlierMatters earlier(@QueryParam("idNumber") String idNumber, @QueryParam("name") String name,
                                  @QueryParam("phone") String phone) {
        return petitions.earlierMatters(idNumber, name, phone);
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
        return handling.decide(id, body(r).decision(), r.text(), r.version());
    }

    @POST
    @Path("{id}/routing")
    public MatterDetail route(@PathParam("id") long id, RoutingRequest r) {
        return handling.route(id, body(r).mode(), r.mainUnitId(), r.coUnitIds(), r.version());
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
        return handling.hearing(id, body(r).from(), r.to(), r.version());
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
            cn.xinfang.petition.casehandling.boundary.DocumentKind k = java.util.Arrays.stream(
                            cn.xinfang.petition.casehandling.boundary.DocumentKind.values())
                    .filter(x -> x.name().equals(kind)).findFirst()
                    .orElseThrow(cn.xinfang.petition.shared.boundary.NotFoundException::new);
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
