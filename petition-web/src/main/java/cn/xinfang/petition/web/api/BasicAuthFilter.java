package cn.xinfang.petition.web.api;

import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.LoginState;
import cn.xinfang.petition.web.shared.Bundle;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP Basic for the API: the credentials go to the container (Elytron jdbc-realm) through
 * {@link HttpServletRequest#login}, with the same lockout bookkeeping as the login page. No
 * session is kept; every request authenticates. Authorisation is the EJBs' business.
 */
@WebFilter(filterName = "apiBasicAuth", urlPatterns = "/api/*")
public class BasicAuthFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Locale locale = ApiLocale.of(req.getHeader("Accept-Language"));
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/api/public/") || path.equals("/api/public")) {
            // the citizen's side: no account; the EJB applies its own abuse limits
            chain.doFilter(req, res);
            return;
        }
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            unauthorized(res, locale, "api.authRequired");
            return;
        }
        String user;
        String password;
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException();
            }
            user = decoded.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            password = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            unauthorized(res, locale, "api.authRequired");
            return;
        }
        LoginState state = accounts.loginState(user);
        if (state.status() == LoginState.Status.LOCKED || state.status() == LoginState.Status.DISABLED) {
            unauthorized(res, locale, state.status() == LoginState.Status.LOCKED ? "api.locked" : "login.disabled");
            return;
        }
        try {
            req.login(user, password);
        } catch (ServletException e) {
            accounts.recordFailedLogin(user);
            unauthorized(res, locale, "login.failed");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            req.logout();
        }
    }

    private static void unauthorized(HttpServletResponse res, Locale locale, String key) throws IOException {
        res.setStatus(401);
        res.setHeader("WWW-Authenticate", "Basic realm=\"petition\", charset=\"UTF-8\"");
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter().write(JSON.toJson(new ApiError(401, "unauthorized", Bundle.text(locale, key), Map.of(), null)));
    }
}
