package cn.xinfang.petition.web.api;

import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The unit directory, for choosing the problem's place and the units to route to. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    Units units;

    @GET
    public List<UnitView> directory() {
        return units.directory();
    }
}
