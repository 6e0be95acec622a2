package cn.xinfang.petition.web.api;

import cn.xinfang.petition.organization.boundary.ApiTokenView;
import cn.xinfang.petition.organization.boundary.ApiTokens;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Set;

/**
 * API tokens for machine clients, for the administrator: list (with the last use), issue (the
 * token is in this answer only) and revoke. A client then sends {@code Authorization: Bearer <token>}.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    ApiTokens tokens;

    /** {@code roles}: some of the user's roles (e.g. ["REGISTRAR"]), never ADMIN. */
    public record IssueRequest(String name, String username, Set<Role> roles) {
    }

    @GET
    public List<ApiTokenView> list() {
        return tokens.list();
    }

    @POST
    public Response issue(IssueRequest r) {
        if (r == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return Response.status(201).entity(tokens.issue(r.name(), r.username(), r.roles())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
