package cn.xinfang.petition.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The last net for failures outside Faces: log an incident, show the error page, never a trace.
 * A form post whose parameters the container cannot read (more than the listener's
 * {@code max-parameters}, say) is refused with 400 and a sentence before Faces sees it; and on a
 * post that is not multipart, the file inputs of the form read "no file" instead of failing (a file
 * form sent as a plain form, which no page sends but anybody can).
 */
@WebFilter(filterName = "incidents", urlPatterns = "/*")
public class IncidentFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = req;
        if ("POST".equals(req.getMethod()) && req.getServletPath().endsWith(".xhtml")) {
            try {
                req.getParameterMap();
            } catch (RuntimeException e) {
                Incidents.badRequest(req.getRequestURI(), e);
                res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                res.setContentType("text/plain;charset=UTF-8");
                res.getWriter().write(Bundle.text(Bundle.currentLocale(), "error.badRequest"));
                return;
            }
            if (!isMultipart(req)) {
                request = new WithoutParts(req);
            }
        }
        try {
            chain.doFilter(request, res);
        } catch (IOException | ServletException | RuntimeException e) {
            String id = Incidents.record(req.getRequestURI(), e);
            if (res.isCommitted()) {
                return;
            }
            res.reset();
            res.sendRedirect(req.getContextPath() + "/error.xhtml?incident=" + id);
        }
    }

    static boolean isMultipart(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** A request that is not multipart has no parts (the container would throw "not a multipart request"). */
    static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
