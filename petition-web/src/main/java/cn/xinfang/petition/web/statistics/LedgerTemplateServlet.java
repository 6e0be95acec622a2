package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.ContentDisposition;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * /admin/ledger-template.xlsx and .csv: the historical ledger's template in the user's language
 * (protected like every /admin/ page: administrators).
 */
@WebServlet({"/admin/ledger-template.xlsx", "/admin/ledger-template.csv"})
public class LedgerTemplateServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean xlsx = req.getServletPath().endsWith(".xlsx");
        byte[] body = xlsx ? LedgerFiles.template(Bundle.currentLocale()) : LedgerFiles.csvTemplate(Bundle.currentLocale());
        res.setContentType(xlsx ? LedgerFiles.XLSX : "text/csv; charset=UTF-8");
        res.setHeader("Content-Disposition", ContentDisposition.attachment(
                Bundle.text("statistics2.ledger.templateFile") + (xlsx ? ".xlsx" : ".csv")));
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
