package cn.xinfang.petition.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under /petition/api/. HTTP Basic with the same users, roles and unit scoping as
 * the pages ({@link ApiAuthFilter}; Bearer API tokens for machine clients); the OpenAPI document is served at /petition/openapi.
 */
@ApplicationPath("/api")
public class PetitionApi extends Application {
}
