package cn.xinfang.petition.web.workspace;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A user whose password was set by an administrator must choose a new one before anything else. */
@WebFilter(filterName = "passwordChange", urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

    @Inject
    CurrentAccountHolder holder;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getServletPath();
        if (req.getUserPrincipal() != null && holder.mustChangePassword()
                && !path.equals("/account/password.xhtml") && !path.equals("/login.xhtml") && !path.equals("/error.xhtml")) {
            res.sendRedirect(req.getContextPath() + "/account/password.xhtml");
            return;
        }
        chain.doFilter(req, res);
    }
}
