package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.AttachmentFile;
import cn.xinfang.petition.casehandling.boundary.Attachments;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.web.shared.ContentDisposition;
import cn.xinfang.petition.web.shared.Ids;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * /cases/attachment?matter=…&amp;id=… downloads one attachment of a matter. Always as a download
 * (never shown inline), with the type decided from its bytes when it was stored and the browser
 * told not to guess another. Protected like every /cases/ page; the EJB decides whether this
 * caller may have it (403), or whether it exists under that matter (404).
 */
@WebServlet("/cases/attachment")
public class AttachmentServlet extends HttpServlet {

    @Inject
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Long matter = Ids.parse(req.getParameter("matter"));
        Long id = Ids.parse(req.getParameter("id"));
        if (matter == null || id == null) {
            res.sendError(404);
            return;
        }
        AttachmentFile file;
        try {
            file = attachments.content(matter, id);
        } catch (NotPermittedException | EJBAccessException e) {
            res.sendError(403);
            return;
        } catch (BusinessException e) {
            res.sendError(404);
            return;
        }
        send(res, file);
    }

    static void send(HttpServletResponse res, AttachmentFile file) throws IOException {
        res.setContentType(file.contentType());
        res.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Cache-Control", "no-store");
        // should a browser render it after all, nothing in it may run
        res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        res.setContentLength(file.data().length);
        res.getOutputStream().write(file.data());
    }
}
