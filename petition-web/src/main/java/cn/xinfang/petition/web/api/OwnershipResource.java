package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.entity.OwnershipFilter;
import cn.xinfang.petition.accountability.entity.OwnershipForm;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
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

/**
 * 领导包案 over HTTP (issue 11 item 5): take a matter ({@code POST /accountability/ownerships}),
 * milestones, progress reports, the end (化解 or not); the list (filters {@code leader}, {@code unit},
 * {@code status}, {@code matter}, {@code from}/{@code to} taken), the caller's own ({@code mine});
 * 包案化解率 ({@code rates?from&to&by=LEADER|UNIT|ALL}) and its drill-down ({@code rates/detail},
 * the 包案 counted in the denominator). Every write carries the {@code version} last read.
 */
@Path("accountability/ownerships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnershipResource {

    @Inject
    CaseOwnerships ownerships;

    public record TakeRequest(long matterId, String leader, Long unitId, String responsiblePerson, String workingGroup,
                              String plan, LocalDate targetDate, List<OwnershipForm.MilestoneForm> milestones) {
    }

    public record MilestoneRequest(String title, LocalDate dueOn, long version) {
    }

    public record DoneRequest(String note, long version) {
    }

    public record ProgressRequest(String progress, long version) {
    }

    public record EndRequest(boolean resolved, String note, LocalDate endedOn, long version) {
    }

    @POST
    public Response take(TakeRequest r) {
        if (r == null) {
            throw BusinessException.onField("matterId", "accountability2.error.required");
        }
        OwnershipView o = ownerships.take(r.matterId(), new OwnershipForm(r.leader(), r.unitId(), r.responsiblePerson(),
                r.workingGroup(), r.plan(), r.targetDate(), r.milestones()));
        return Response.status(Response.Status.CREATED).entity(o).build();
    }

    @GET
    public List<OwnershipView> list(@QueryParam("leader") String leader, @QueryParam("unit") Long unit,
                                    @QueryParam("status") String status, @QueryParam("matter") Long matter,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return ownerships.list(new OwnershipFilter(leader, unit, Params.choice("status", OwnershipStatus.class, status), matter,
                Params.date("from", from), Params.date("to", to)), first, size);
    }

    @GET
    @Path("mine")
    public List<OwnershipView> mine() {
        return ownerships.mine();
    }

    @GET
    @Path("{id}")
    public OwnershipView get(@PathParam("id") long id) {
        return ownerships.get(id);
    }

    @POST
    @Path("{id}/milestones")
    public OwnershipView addMilestone(@PathParam("id") long id, MilestoneRequest r) {
        return ownerships.addMilestone(id, r == null ? null : r.title(), r == null ? null : r.dueOn(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/milestones/{milestone}/done")
    public OwnershipView milestoneDone(@PathParam("id") long id, @PathParam("milestone") long milestone, DoneRequest r) {
        return ownerships.completeMilestone(id, milestone, r == null ? null : r.note(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/progress")
    public OwnershipView report(@PathParam("id") long id, ProgressRequest r) {
        return ownerships.report(id, r == null ? null : r.progress(), r == null ? -1 : r.version());
    }

    @POST
    @Path("{id}/end")
    public OwnershipView end(@PathParam("id") long id, EndRequest r) {
        if (r == null) {
            throw BusinessException.onField("resolved", "accountability2.error.required");
        }
        return ownerships.end(id, r.resolved(), r.note(), r.endedOn(), r.version());
    }

    @GET
    @Path("rates")
    public List<OwnershipRate> rates(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("by") String by) {
        return ownerships.rates(Params.date("from", from), Params.date("to", to),
                Params.choice("by", CaseOwnerships.Grouping.class, by));
    }

    @GET
    @Path("rates/detail")
    public List<OwnershipView> rateDetail(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("by") String by, @QueryParam("group") String group) {
        return ownerships.rateDetail(Params.date("from", from), Params.date("to", to),
                Params.choice("by", CaseOwnerships.Grouping.class, by), group);
    }
}
