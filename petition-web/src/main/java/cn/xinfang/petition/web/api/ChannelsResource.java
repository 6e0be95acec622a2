package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.ChannelView;
import cn.xinfang.petition.casehandling.boundary.CodeTables;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The channels a client registers matters by, active and inactive (a client shows matters filed
 * under a retired one too); the administrator adds channels here as on the code tables page.
 */
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject
    CodeTables codeTables;

    public record NewChannel(String code, String name, ChannelGroup group, boolean transfer) {
    }

    @GET
    public List<ChannelView> channels() {
        return codeTables.channels();
    }

    @POST
    public Response addChannel(NewChannel c) {
        NewChannel body = c == null ? new NewChannel(null, null, null, false) : c;
        return Response.status(Response.Status.CREATED)
                .entity(codeTables.addChannel(body.code(), body.name(), body.group(), body.transfer())).build();
    }
}
