package cn.xinfang.petition.web.api;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
import cn.xinfang.petition.appraisal.boundary.Appraisals;
import cn.xinfang.petition.appraisal.boundary.Objections;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ObjectionView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.IndicatorView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 年终考核 over HTTP: schemes (考核细则) with their versions, the appraiser's entries, runs with
 * their progress, the ranking and each unit's breakdown. Read for the roles the appraisal concerns
 * (a unit's staff read only their own unit's result), written by the appraisal office; roles and
 * scoping are the boundaries'. Bad input is a 400 naming the field, a locked scheme a 422, a
 * stale version a 409 (through {@link ApiExceptionMapper}).
 */
@Path("appraisal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    @Inject
    Appraisals appraisals;

    @Inject
    AppraisalRuns runs;

    @Inject
    Objections objections;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Printing printing;

    public record ObjectionRequest(String itemCode, String reason, String evidence) {
    }

    public record DecisionRequest(boolean accept, BigDecimal score, String reason, long version) {
    }

    @GET
    @Path("runs/{id}/objections")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return objections.list(id);
    }

    /** A unit's 申辩 against one item of its own provisional result. */
    @POST
    @Path("runs/{id}/objections")
    public Response object(@PathParam("id") long id, ObjectionRequest r) {
        if (r == null) {
            throw BusinessException.onField("reason", "appraisal.error.reason");
        }
        return Response.status(Response.Status.CREATED).entity(objections.file(id, r.itemCode(), r.reason(), r.evidence())).build();
    }

    @POST
    @Path("objections/{id}/decision")
    public ObjectionView decide(@PathParam("id") long id, DecisionRequest r) {
        if (r == null) {
            throw BusinessException.onField("decisionReason", "appraisal.error.reason");
        }
        return objections.decide(id, r.accept(), r.score(), r.reason(), r.version());
    }

    public record IndicatorLabel(String key, boolean rate, boolean available, String label, String definition) {
    }

    public record SchemeRequest(Integer year, UnitGroup group, BigDecimal weight, Integer objectionDays, List<ItemForm> items) {
    }

    public record ItemsRequest(List<ItemForm> items, String note, long version) {
    }

    public record SettingsRequest(BigDecimal weight, Integer objectionDays, long version) {
    }

    public record CopyRequest(Integer year) {
    }

    public record EntryRequest(Long unitId, String itemCode, BigDecimal score, Long events, String comment, String evidence) {
    }

    public record RunRequest(LocalDate from, LocalDate to, LocalDate cutOff) {
    }

    public record VersionRequest(long version) {
    }

    /** The indicator catalogue with each one's definition in the client's language and whether it can be used now. */
    @GET
    @Path("indicators")
    public List<IndicatorLabel> indicators(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = ApiLocale.of(acceptLanguage);
        return appraisals.indicators().stream().map((IndicatorView i) -> new IndicatorLabel(i.key(), i.rate(), i.available(),
                Bundle.text(locale, "appraisal.indicator." + i.key()), Bundle.text(locale, "appraisal.indicator." + i.key() + ".def")))
                .toList();
    }

    @GET
    @Path("schemes")
    public List<SchemeView> schemes() {
        return appraisals.schemes();
    }

    @POST
    @Path("schemes")
    public Response create(SchemeRequest r) {
        if (r == null || r.year() == null) {
            throw BusinessException.onField("year", "appraisal.error.year");
        }
        SchemeView s = appraisals.create(r.year(), r.group(), r.weight(), r.objectionDays() == null ? 7 : r.objectionDays(), r.items());
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    @GET
    @Path("schemes/{id}")
    public SchemeView scheme(@PathParam("id") long id) {
        return appraisals.scheme(id);
    }

    @PUT
    @Path("schemes/{id}/items")
    public SchemeView revise(@PathParam("id") long id, ItemsRequest r) {
        if (r == null) {
            throw BusinessException.onField("items", "appraisal.error.items", 80);
        }
        return appraisals.revise(id, r.version(), r.items(), r.note());
    }

    @PUT
    @Path("schemes/{id}/settings")
    public SchemeView settings(@PathParam("id") long id, SettingsRequest r) {
        if (r == null || r.objectionDays() == null) {
            throw BusinessException.onField("objectionDays", "appraisal.error.objectionDays");
        }
        return appraisals.settings(id, r.version(), r.weight(), r.objectionDays());
    }

    @GET
    @Path("schemes/{id}/versions/{number}")
    public List<ItemForm> version(@PathParam("id") long id, @PathParam("number") int number) {
        return appraisals.items(id, number);
    }

    @POST
    @Path("schemes/{id}/copy")
    public Response copy(@PathParam("id") long id, CopyRequest r) {
        if (r == null || r.year() == null) {
            throw BusinessException.onField("year", "appraisal.error.year");
        }
        return Response.status(Response.Status.CREATED).entity(appraisals.copy(id, r.year())).build();
    }

    @GET
    @Path("schemes/{id}/entries")
    public List<Appraisals.EntryView> entries(@PathParam("id") long id) {
        return appraisals.entries(id);
    }

    @POST
    @Path("schemes/{id}/entries")
    public Appraisals.EntryView enter(@PathParam("id") long id, EntryRequest r) {
        if (r == null || r.unitId() == null) {
            throw BusinessException.onField("unit", "appraisal.error.unit");
        }
        return appraisals.enter(id, r.unitId(), r.itemCode(), r.score(), r.events(), r.comment(), r.evidence());
    }

    @GET
    @Path("schemes/{id}/runs")
    public List<RunView> runs(@PathParam("id") long id) {
        return runs.runs(id);
    }

    /** Queues a run (202): poll {@code GET /appraisal/runs/{id}} for its progress. */
    @POST
    @Path("schemes/{id}/runs")
    public Response start(@PathParam("id") long id, RunRequest r) {
        if (r == null) {
            throw BusinessException.onField("from", "appraisal.error.date");
        }
        return Response.accepted(runs.start(id, r.from(), r.to(), r.cutOff())).build();
    }

    @GET
    @Path("runs/{id}")
    public RunView run(@PathParam("id") long id) {
        return runs.run(id);
    }

    @GET
    @Path("runs/{id}/results")
    public List<ResultView> results(@PathParam("id") long id) {
        return runs.results(id);
    }

    @GET
    @Path("runs/{id}/results/{unitId}")
    public Breakdown breakdown(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return runs.breakdown(id, unitId);
    }

    /** The ranking and every unit's lines as .xlsx (county-wide roles; a unit gets its own row and lines). */
    @GET
    @Path("runs/{id}/results.xlsx")
    @Produces({cn.xinfang.petition.web.appraisal.ResultWorkbook.XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@PathParam("id") long id) {
        RunView run = runs.run(id);
        List<ResultView> ranking = runs.results(id);
        List<Breakdown> lines = ranking.stream().map(r -> runs.breakdown(id, r.unitId())).toList();
        return Response.ok(new cn.xinfang.petition.web.appraisal.ResultWorkbook().xlsx(run, ranking, lines),
                        cn.xinfang.petition.web.appraisal.ResultWorkbook.XLSX)
                .header("Content-Disposition", "attachment; filename=\"appraisal-" + run.year() + "-" + run.id() + ".xlsx\"").build();
    }

    /**
     * The 考核结果通报 as a PDF in Chinese (ranking, every unit's points lost and gained, the
     * adjustments on objections, the cut-off day; marked 暂定 until published). Scoped like the
     * ranking: a unit's staff get their own unit's row and lines only.
     */
    @GET
    @Path("runs/{id}/report.pdf")
    @Produces({cn.xinfang.petition.web.appraisal.ResultReport.PDF, MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        RunView run = runs.run(id);
        List<ResultView> ranking = runs.results(id);
        List<Breakdown> lines = ranking.stream().map(r -> runs.breakdown(id, r.unitId())).toList();
        byte[] pdf = new cn.xinfang.petition.web.appraisal.ResultReport().pdf(printing, run, ranking, lines, objections.list(id));
        return Response.ok(pdf, cn.xinfang.petition.web.appraisal.ResultReport.PDF)
                .header("Content-Disposition", "attachment; filename=\"appraisal-" + run.year() + "-" + run.id() + ".pdf\"").build();
    }

    @POST
    @Path("runs/{id}/publish")
    public RunView publish(@PathParam("id") long id, VersionRequest r) {
        return runs.publish(id, r == null ? -1 : r.version());
    }

    /** 自查: the caller's own unit in the newest run of the year. */
    @GET
    @Path("mine")
    public List<Breakdown> mine(@QueryParam("year") Integer year) {
        return runs.mine(year);
    }
}
