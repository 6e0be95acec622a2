package cn.xinfang.petition.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver RESTEasy builds a new Jsonb for every
 * request body and every answer, and Yasson then introspects every class it meets again: a profile
 * of the intake benchmark put more than a third of the server's CPU there. Jsonb is thread-safe and
 * caches its class models, so one instance serves every request.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
