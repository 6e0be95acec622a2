package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.Receipt;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.citizen.boundary.OnlineSubmission;
import cn.xinfang.petition.citizen.boundary.PublicMatter;
import cn.xinfang.petition.citizen.boundary.PublicPetitions;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.shared.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;

/**
 * The citizen's side over HTTP, without authentication: submit online (网上信访), look a matter
 * up with its number and lookup code, rate the reply, fetch a document issued to the petitioner.
 * The code travels in the JSON body, never in a URL (so it stays out of access logs). Same abuse
 * limits as the public pages, per client address ({@link ClientAddress}: X-Forwarded-For only from
 * trusted proxies).
 */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicResource {

    @Inject
    PublicPetitions petitions;

    @Context
    HttpServletRequest request;

    public record LookupRequest(String number, String code) {
    }

    public record EvaluationRequest(String number, String code, Rating rating, String comment) {
    }

    public record DocumentRequest(String number, String code, String kind) {
    }

    @POST
    @Path("submissions")
    public Response submit(OnlineSubmission submission) {
        Receipt receipt = petitions.submit(body(submission), ClientAddress.of(request));
        return Response.status(201).entity(receipt).build();
    }

    @POST
    @Path("lookup")
    public PublicMatter lookup(LookupRequest r) {
        return petitions.lookup(body(r).number(), r.code(), ClientAddress.of(request));
    }

    @POST
    @Path("evaluation")
    public PublicMatter evaluate(EvaluationRequest r) {
        return petitions.evaluate(body(r).number(), r.code(), r.rating(), r.comment(), ClientAddress.of(request));
    }

    @POST
    @Path("documents")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(DocumentRequest r) {
        DocumentKind kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(body(r).kind())).findFirst()
                .orElseThrow(() -> BusinessException.onField("kind", "error.document.notAvailable"));
        byte[] pdf = petitions.document(r.number(), r.code(), kind, ClientAddress.of(request));
        return Response.ok(pdf, "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"" + kind.name().toLowerCase() + ".pdf\"").build();
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new BusinessException("api.bodyRequired");
        }
        return request;
    }
}
