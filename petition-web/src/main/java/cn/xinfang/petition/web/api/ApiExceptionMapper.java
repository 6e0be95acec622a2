package cn.xinfang.petition.web.api;

import cn.xinfang.petition.shared.boundary.Conflicts;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Incidents;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;

/**
 * Every failure becomes a JSON {@link ApiError} in the client's language: bad input 400 with
 * field messages, refused scope or role 403, unknown record 404, an illegal transition or a
 * concurrent change 409 (a race lost at a database constraint too), a file above the attachment limit 413, another business rule 422,
 * anything unexpected 500 with an incident id
 * (the stack trace is in the server log only).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        Locale locale = ApiLocale.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (t instanceof StaleDataException e) {
            return error(409, "conflict", text(locale, e), Map.of(), null);
        }
        if (t instanceof NotPermittedException || t instanceof EJBAccessException) {
            // an expected refusal: one line, no stack trace (the EJB container logs none either, server.cli)
            Incidents.refused(where(), t);
            return error(403, "forbidden", Bundle.text(locale, "error.notPermitted"), Map.of(), null);
        }
        if (t instanceof NotFoundException e) {
            return error(404, "not_found", text(locale, e), Map.of(), null);
        }
        if (t instanceof BusinessException e) {
            if (e.key().startsWith("error.public.tooMany") || e.key().startsWith("reception.error.tooMany")) {
                return error(429, "too_many_requests", text(locale, e), Map.of(), null);
            }
            if ("error.attachment.tooLarge".equals(e.key())) {
                return error(413, "too_large", text(locale, e), Map.of(e.field() == null ? "file" : e.field(), text(locale, e)), null);
            }
            if ("error.attachment.unreadable".equals(e.key())) {
                return error(422, "refused", text(locale, e), Map.of("file", text(locale, e)), null);
            }
            if ("error.transition".equals(e.key()) || "reception.error.transition".equals(e.key())) {
                return error(409, "illegal_transition", text(locale, e), Map.of(), null);
            }
            if (e.field() != null) {
                return error(400, "invalid", text(locale, e), Map.of(e.field(), text(locale, e)), null);
            }
            return error(422, "refused", text(locale, e), Map.of(), null);
        }
        if (t instanceof ConstraintViolationException cve) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                fields.put(String.valueOf(v.getPropertyPath()), v.getMessage());
            }
            return error(400, "invalid", Bundle.text(locale, "api.invalid"), fields, null);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException
                || t instanceof BadRequestException) {
            return error(400, "invalid", Bundle.text(locale, "api.unreadable"), Map.of(), null);
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return error(status, "http_" + status, Bundle.text(locale, status == 404 ? "error.notFound" : "api.invalid"), Map.of(), null);
        }
        if (Conflicts.isLostRace(thrown)) {
            // a concurrent writer of the same record committed first (seen at flush or at commit)
            Incidents.conflict(where(), thrown);
            return error(409, "conflict", Bundle.text(locale, "error.stale"), Map.of(), null);
        }
        if (Conflicts.isConstraintViolation(thrown)) {
            // a race lost at a unique index or another constraint: the other request won
            Incidents.conflict(where(), thrown);
            return error(409, "conflict", Bundle.text(locale, "error.conflict"), Map.of(), null);
        }
        String incident = Incidents.record("api", thrown);
        return error(500, "incident", Bundle.text(locale, "error.text", incident), Map.of(), incident);
    }

    private String where() {
        String path = uri == null ? "?" : uri.getPath();
        String user = security == null || security.getUserPrincipal() == null ? "-" : security.getUserPrincipal().getName();
        // the path and the account name only: no personal data from the request
        return "api/" + path + " for " + user;
    }

    private static String text(Locale locale, BusinessException e) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> constant) {
                args[i] = Bundle.label(locale, constant);
            }
        }
        return Bundle.text(locale, e.key(), args);
    }

    private static Response error(int status, String code, String message, Map<String, String> fields, String incident) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, code, message, fields, incident)).build();
    }
}
