package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.accountability.entity.CaseFilter;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.DecisionForm;
import cn.xinfang.petition.accountability.entity.DecisionKind;
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
import java.util.List;
import java.util.Map;

/**
 * 责任追究 over HTTP (issue 11 item 7): open a case on a matter ({@code POST /accountability/cases},
 * with the 倒查 suggestion as its first parties), open or dismiss a proposed one, add people or
 * units, mark who is concerned, decide (measure, date, document number); the list (filters
 * {@code status}, {@code unit}, {@code matter}, {@code from}/{@code to} opened); the overdue rule by
 * hand ({@code POST proposals}). Scoped: a unit sees only its own open and decided cases.
 */
@Path("accountability/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountabilityCaseResource {

    @Inject
    AccountabilityCases cases;

    public record OpenRequest(long matterId, CaseGround ground, String facts) {
    }

    public record AcceptRequest(CaseGround ground, String facts, long version) {
    }

    public record NoteRequest(String note, long version) {
    }

    public record PartyRequest(String username, Long unitId, long version) {
    }

    public record ConcernRequest(boolean concerned, long version) {
    }

    public record DecisionRequest(DecisionKind decision, LocalDate decidedOn, String documentNumber, String note, long version) {
    }

    @POST
    public Response open(OpenRequest r) {
        if (r == null) {
            throw BusinessException.onField("matterId", "accountability2.error.required");
        }
        return Response.status(Response.Status.CREATED).entity(cases.open(r.matterId(), r.ground(), r.facts())).build();
    }

    @GET
    public List<CaseView> list(@QueryParam("status") String status, @QueryParam("unit") Long unit,
                               @QueryParam("matter") Long matter, @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("size") @DefaultValue("50") int size) {
        return cases.list(new CaseFilter(Params.choice("status", CaseStatus.class, status), unit, matter,
                Params.date("from", from), Params.date("to", to)), first, size);
    }

    @GET
    @Path("{id}")
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @POST
    @Path("{id}/acceptance")
    public CaseView accept(@PathParam("id") long id, AcceptRequest r) {
        return cases.accept(id, r == null ? null : r.ground(), r == null ? null : r.facts(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/dismissal")
    public CaseView dismiss(@PathParam("id") long id, NoteRequest r) {
        return cases.dismiss(id, r == null ? null : r.note(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/parties")
    public CaseView addParty(@PathParam("id") long id, PartyRequest r) {
        return cases.addParty(id, r == null ? null : r.username(), r == null ? null : r.unitId(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/parties/{party}")
    public CaseView concern(@PathParam("id") long id, @PathParam("party") long party, ConcernRequest r) {
        return cases.concern(id, party, r != null && r.concerned(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/decision")
    public CaseView decide(@PathParam("id") long id, DecisionRequest r) {
        if (r == null) {
            throw BusinessException.onField("decision", "accountability2.error.decision");
        }
        return cases.decide(id, new DecisionForm(r.decision(), r.decidedOn(), r.documentNumber(), r.note()), r.version());
    }

    @POST
    @Path("proposals")
    public Map<String, Integer> propose() {
        return Map.of("proposed", cases.proposeNow());
    }
}
