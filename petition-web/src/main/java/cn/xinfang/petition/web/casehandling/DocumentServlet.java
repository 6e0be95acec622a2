package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.web.shared.Ids;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * /cases/document?id=…&kind=OPINION (one notice) or kind=FILE (the whole file, 一案一卷) as PDF.
 * Protected like every /cases/ page; the EJB decides whether this caller may have it.
 */
@WebServlet("/cases/document")
public class DocumentServlet extends HttpServlet {

    @Inject
    Documents documents;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Long id = Ids.parse(req.getParameter("id"));
        String kindParam = req.getParameter("kind");
        boolean whole = "FILE".equals(kindParam);
        DocumentKind kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kindParam)).findFirst().orElse(null);
        if (id == null || (!whole && kind == null)) {
            res.sendError(404);
            return;
        }
        byte[] pdf;
        try {
            pdf = whole ? documents.wholeFile(id) : documents.pdf(id, kind);
        } catch (NotPermittedException | EJBAccessException e) {
            res.sendError(403);
            return;
        } catch (NotFoundException e) {
            res.sendError(404);
            return;
        } catch (BusinessException e) {
            res.sendError(409);
            return;
        }
        String name = "matter-" + id + "-" + (whole ? "file" : kind.name().toLowerCase()) + ".pdf";
        res.setContentType("application/pdf");
        res.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(pdf.length);
        res.getOutputStream().write(pdf);
    }
}
