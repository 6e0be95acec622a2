package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.Printing;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.web.statistics.ReportDocuments;
import cn.xinfang.petition.web.statistics.ReportText;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 统计报表 over HTTP: the summary of a period beside the same period last year. Bad input is a
 * 400 naming the field (from, to, asOf, unit), through {@link ApiExceptionMapper}.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @Inject
    Printing printing;

    /** The summary as JSON, with each figure's label and definition in the client's language. */
    public record SummaryResponse(LocalDate from, LocalDate to, LocalDate asOf, LocalDate previousFrom,
                                  LocalDate previousTo, Long unit, Map<String, Summary.FigureValue> figures,
                                  Map<String, Summary.RateValue> rates, List<Summary.CategoryShare> categories,
                                  Map<String, List<Summary.CategoryShare>> categoriesByGroup,
                                  List<Summary.TableRow> channels, List<Summary.TableRow> units,
                                  List<Summary.TableRow> townships, Map<String, Label> labels) {
    }

    public record Label(String label, String definition) {
    }

    @GET
    @Path("summary")
    public SummaryResponse summary(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("asOf") String asOf, @QueryParam("unit") String unit,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Summary s = statistics.summary(date("from", from), date("to", to), date("asOf", asOf), id("unit", unit));
        Locale locale = ApiLocale.of(acceptLanguage);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            labels.put(f.key(), new Label(Bundle.text(locale, "figure." + f.key()), Bundle.text(locale, "figure." + f.key() + ".def")));
        }
        return new SummaryResponse(s.from(), s.to(), s.asOf(), s.previousFrom(), s.previousTo(), s.unit(), s.figures(),
                s.rates(), s.categories(), s.categoriesByGroup(), s.channels(), s.units(), s.townships(), labels);
    }

    /** The generated 工作总结 (statistics section) and 信访通报 sentences, in Chinese. */
    public record TextResponse(LocalDate from, LocalDate to, LocalDate asOf, List<String> summary, List<String> bulletin) {
    }

    @GET
    @Path("text")
    public TextResponse text(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("asOf") String asOf, @QueryParam("unit") String unit) {
        Summary s = statistics.summary(date("from", from), date("to", to), date("asOf", asOf), id("unit", unit));
        ReportText t = ReportText.chinese(s);
        return new TextResponse(s.from(), s.to(), s.asOf(), t.summary(), t.bulletin());
    }

    /** The tables as .xlsx, the report text as .docx or .pdf ({@code format}), the same as the page's downloads. */
    @GET
    @Path("report.{format}")
    @Produces({ReportDocuments.XLSX, ReportDocuments.DOCX, ReportDocuments.PDF, MediaType.APPLICATION_JSON})
    public Response report(@PathParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("asOf") String asOf, @QueryParam("unit") String unit) {
        if (!"xlsx".equals(format) && !"docx".equals(format) && !"pdf".equals(format)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Summary s = statistics.summary(date("from", from), date("to", to), date("asOf", asOf), id("unit", unit));
        ReportDocuments docs = new ReportDocuments(s, null);
        boolean xlsx = "xlsx".equals(format);
        boolean docx = "docx".equals(format);
        return Response.ok(xlsx ? docs.xlsx() : docx ? docs.docx() : docs.pdf(printing),
                        xlsx ? ReportDocuments.XLSX : docx ? ReportDocuments.DOCX : ReportDocuments.PDF)
                .header("Content-Disposition", "attachment; filename=\"statistics-" + s.from() + "-" + s.to() + "." + format + "\"")
                .build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, "error.statistics.unit");
        }
    }
}
