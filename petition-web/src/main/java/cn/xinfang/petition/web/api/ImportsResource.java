package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.LedgerImport;
import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerReport;
import cn.xinfang.petition.web.shared.ContentDisposition;
import cn.xinfang.petition.web.statistics.LedgerFiles;
import cn.xinfang.petition.web.statistics.LedgerMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * 历史台账导入 over HTTP (administrator): {@code POST /api/imports} with the .xlsx or .csv ledger as
 * the body ({@code name} the file's name), a dry run unless {@code dryRun=false}. Answers the
 * report: per row what is (or would be) created, every problem with its line, column and message
 * in the client's language. A real run with problems creates nothing and answers 422 with the same
 * report. {@code GET /api/imports/template.xlsx} (or {@code .csv}) is the template.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @Inject
    LedgerImport imports;

    /** The report as JSON: counts, the rows, the problems with their messages. */
    public record ImportResponse(String fileName, boolean dryRun, boolean committed, long created, long existing,
                                 long refused, List<LedgerReport.Row> rows, List<ProblemView> problems) {
    }

    public record ProblemView(int line, String column, String columnLabel, String key, String message) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("dryRun") String dryRun, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, InputStream body)
            throws IOException {
        // security before the body is read or parsed: without this call an anonymous client had the
        // server read and parse a spreadsheet and answer 422 with its problems (AuthorizationMatrixIT)
        imports.maxRows();
        Locale locale = ApiLocale.of(acceptLanguage);
        boolean dry = dryRun == null || !"false".equalsIgnoreCase(dryRun.strip());
        String fileName = name == null || name.isBlank() ? "ledger" : name.strip();
        Ledger ledger;
        try {
            ledger = LedgerFiles.read(fileName, read(body));
        } catch (LedgerFiles.Unreadable e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ImportResponse(fileName, dry, false, 0, 0, 0, List.of(), views(e.problems(), locale))).build();
        }
        LedgerReport r = dry ? imports.check(ledger) : imports.run(ledger);
        ImportResponse out = new ImportResponse(r.fileName(), r.dryRun(), r.committed(), r.count(LedgerReport.Status.NEW),
                r.count(LedgerReport.Status.EXISTS), r.count(LedgerReport.Status.REFUSED), r.rows(),
                views(r.problems(), locale));
        return Response.status(!dry && !r.committed() ? 422 : 200).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(out).build();
    }

    @GET
    @Path("template.{format}")
    @Produces({LedgerFiles.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    public Response template(@PathParam("format") String format,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        imports.maxRows(); // the administrator's only, like the import
        Locale locale = ApiLocale.of(acceptLanguage);
        return switch (format) {
            case "xlsx" -> Response.ok(LedgerFiles.template(locale), LedgerFiles.XLSX)
                    .header("Content-Disposition", ContentDisposition.attachment("ledger-template.xlsx")).build();
            case "csv" -> Response.ok(LedgerFiles.csvTemplate(locale), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", ContentDisposition.attachment("ledger-template.csv")).build();
            default -> throw new jakarta.ws.rs.NotFoundException();
        };
    }

    private static List<ProblemView> views(List<LedgerReport.Problem> problems, Locale locale) {
        return problems.stream().map(p -> new ProblemView(p.line(), p.column(), LedgerMessages.column(locale, p.column()),
                p.key(), LedgerMessages.text(locale, p))).toList();
    }

    private static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = body.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > LedgerFiles.MAX_BYTES) {
                // LedgerFiles refuses it with its message
                return out.toByteArray();
            }
        }
        return out.toByteArray();
    }
}
