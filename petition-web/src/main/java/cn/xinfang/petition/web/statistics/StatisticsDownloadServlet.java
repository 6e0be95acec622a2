package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.casehandling.boundary.Printing;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * /statistics/download?format=xlsx|docx|pdf&amp;from=…&amp;to=…[&amp;asOf=…][&amp;unit=ID]: the tables as
 * Excel, the generated report text as Word or PDF. Protected like every /statistics/ page; the figures
 * are the caller's own (scoped in the EJB). Bad input is a 400 with the message in Chinese.
 */
@WebServlet("/statistics/download")
public class StatisticsDownloadServlet extends HttpServlet {

    @Inject
    Statistics statistics;

    @Inject
    Units units;

    @Inject
    Printing printing;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String format = req.getParameter("format");
        if (!"xlsx".equals(format) && !"docx".equals(format) && !"pdf".equals(format)) {
            res.sendError(404);
            return;
        }
        Summary s;
        try {
            Long unit = req.getParameter("unit") == null || req.getParameter("unit").isBlank() ? null
                    : Long.valueOf(req.getParameter("unit").strip());
            s = statistics.summary(date(req, "from"), date(req, "to"), date(req, "asOf"), unit);
        } catch (NumberFormatException e) {
            res.sendError(400, Bundle.text("error.statistics.unit"));
            return;
        } catch (NotPermittedException | EJBAccessException e) {
            res.sendError(403);
            return;
        } catch (BusinessException e) {
            res.sendError(400, Bundle.text(e.key(), e.args()));
            return;
        }
        String unitName = s.unit() == null ? null : units.directory().stream().filter(u -> u.id() == s.unit())
                .map(UnitView::name).findFirst().orElse(null);
        ReportDocuments docs = new ReportDocuments(s, unitName);
        byte[] body;
        try {
            body = "xlsx".equals(format) ? docs.xlsx() : "docx".equals(format) ? docs.docx() : docs.pdf(printing);
        } catch (BusinessException e) {
            res.sendError(422, Bundle.text(e.key(), e.args()));
            return;
        }
        String name = "信访统计_" + s.from() + "_" + s.to() + "." + format;
        res.setContentType("xlsx".equals(format) ? ReportDocuments.XLSX : "docx".equals(format) ? ReportDocuments.DOCX
                : ReportDocuments.PDF);
        res.setHeader("Content-Disposition", "attachment; filename=\"statistics-" + s.from() + "-" + s.to() + "." + format
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static LocalDate date(HttpServletRequest req, String field) {
        String text = req.getParameter(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
    }
}
