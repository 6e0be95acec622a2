package cn.xinfang.petition.web.api;

import cn.xinfang.petition.accountability.boundary.Responsibilities;
import cn.xinfang.petition.accountability.entity.ChainView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * A matter's responsibility chain over HTTP (首问负责, issue 11 items 4 and 6): the responsible
 * unit, leader and person now and who held each role when; a handover of the responsible person
 * (to whom, why); the bureau names the responsible leader. Scoped like the matter itself.
 */
@Path("accountability/matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponsibilityResource {

    @Inject
    Responsibilities responsibilities;

    public record HandoverRequest(String to, String reason) {
    }

    public record LeaderRequest(String leader, String reason) {
    }

    @GET
    @Path("{id}/responsibility")
    public ChainView chain(@PathParam("id") long id) {
        return responsibilities.chain(id);
    }

    @POST
    @Path("{id}/responsibility/handover")
    public ChainView handOver(@PathParam("id") long id, HandoverRequest r) {
        return responsibilities.handOver(id, r == null ? null : r.to(), r == null ? null : r.reason());
    }

    @POST
    @Path("{id}/responsibility/leader")
    public ChainView nameLeader(@PathParam("id") long id, LeaderRequest r) {
        return responsibilities.nameLeader(id, r == null ? null : r.leader(), r == null ? null : r.reason());
    }

    /** The staff of the caller's county a matter can be handed over to. */
    @GET
    @Path("staff")
    public Map<String, String> staff() {
        return responsibilities.staff();
    }
}
