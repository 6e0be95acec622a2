package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.AttachmentFile;
import cn.xinfang.petition.casehandling.boundary.AttachmentView;
import cn.xinfang.petition.casehandling.boundary.Attachments;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.shared.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The attachments of a matter over HTTP. An upload is the file's raw bytes as the request body,
 * with any {@code Content-Type}: the type is decided from the bytes. Too large answers 413 before
 * the body is read when the client announced its length.
 */
@Path("matters/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    Attachments attachments;

    @Context
    UriInfo uri;

    @GET
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(@PathParam("id") long id, @QueryParam("kind") String kind, @QueryParam("name") String name,
                        @HeaderParam("Content-Length") String length, InputStream body) throws IOException {
        AttachmentKind k = kind(kind);
        long max = attachments.maxBytes();
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > max) {
            throw tooLarge(max);
        }
        byte[] data = read(body, max);
        AttachmentView added = attachments.add(id, k, name, data);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @GET
    @Path("{aid}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("aid") long aid) {
        AttachmentFile file = attachments.content(id, aid);
        return Response.ok(file.data(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    public record WithdrawalRequest(String reason) {
    }

    /** A case officer withdraws the file with a reason: kept and listed, left out of the whole file. */
    @POST
    @Path("{aid}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttachmentView withdraw(@PathParam("id") long id, @PathParam("aid") long aid, WithdrawalRequest r) {
        return attachments.withdraw(id, aid, r == null ? null : r.reason());
    }

    private static AttachmentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw BusinessException.onField("kind", "error.required");
        }
        return Arrays.stream(AttachmentKind.values()).filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst()
                .orElseThrow(() -> BusinessException.onField("kind", "error.attachment.kind"));
    }

    /** At most max + 1 bytes are read: enough to know that a body without a length is too large. */
    private static byte[] read(InputStream body, long max) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = body.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw tooLarge(max);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static BusinessException tooLarge(long max) {
        return BusinessException.onField("file", "error.attachment.tooLarge", (int) (max / (1024 * 1024)));
    }
}
