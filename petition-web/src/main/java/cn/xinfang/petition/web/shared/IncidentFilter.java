package cn.xinfang.petition.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The last net for failures outside Faces: log an incident, show the error page, never a trace. */
@WebFilter(filterName = "incidents", urlPatterns = "/*")
public class IncidentFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            String id = Incidents.record(req.getRequestURI(), e);
            if (res.isCommitted()) {
                return;
            }
            res.reset();
            res.sendRedirect(req.getContextPath() + "/error.xhtml?incident=" + id);
        }
    }
}
