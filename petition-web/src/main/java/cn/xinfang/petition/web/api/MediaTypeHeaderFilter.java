package cn.xinfang.petition.web.api;

import cn.xinfang.petition.web.shared.Bundle;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Enumeration;

/**
 * Refuses an API request whose Accept or Content-Type header cannot be parsed (a media range
 * without a subtype, a quality value that is no number between 0 and 1) with 400 and a JSON
 * message. RESTEasy's own parser fails on them with an exception no mapper sees (500) or with a
 * bare HTML page; this filter runs before it.
 */
@WebFilter(filterName = "apiMediaTypeHeaders", urlPatterns = "/api/*")
public class MediaTypeHeaderFilter extends HttpFilter {

    /** Created on first use only: the parsing rules are tested without a JSON-B provider. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern RANGE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile(TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\")");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String bad = null;
        for (Enumeration<String> e = req.getHeaders("Accept"); e.hasMoreElements(); ) {
            if (!acceptValid(e.nextElement())) {
                bad = "Accept";
            }
        }
        String contentType = req.getHeader("Content-Type");
        if (bad == null && contentType != null && !contentType.isBlank() && !contentTypeValid(contentType)) {
            bad = "Content-Type";
        }
        if (bad == null) {
            chain.doFilter(req, res);
            return;
        }
        Locale locale = ApiLocale.of(req.getHeader("Accept-Language"));
        String message = Bundle.text(locale, "api.mediaTypeHeader", bad);
        res.setStatus(400);
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter().write(Json.JSONB.toJson(new ApiError(400, "invalid_header", message, Map.of(bad, message), null)));
    }

    /**
     * A Content-Type: its type and subtype, and a quality value if it has one (RESTEasy parses it when
     * it matches the resource method and fails with 500 on {@code q=bogus}); other parameters are not
     * checked: multipart boundaries are often sloppy.
     */
    static boolean contentTypeValid(String header) {
        String[] parts = header.split(";", -1);
        if (!RANGE.matcher(parts[0].strip()).matches()) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.regionMatches(true, 0, "q=", 0, 2) && !quality(p.substring(2).strip())) {
                return false;
            }
        }
        return true;
    }

    /** A comma-separated list of media ranges, each with optional parameters; q between 0 and 1. */
    static boolean acceptValid(String header) {
        for (String range : header.split(",", -1)) {
            String r = range.strip();
            if (r.isEmpty()) {
                continue; // "a/b, " is tolerated, as RESTEasy does
            }
            if (!mediaTypeValid(r, true)) {
                return false;
            }
        }
        return true;
    }

    /** One media range of an Accept header (a Content-Type is checked by its type and subtype only: multipart boundaries are often sloppy). */
    static boolean mediaTypeValid(String value, boolean range) {
        String[] parts = value.split(";", -1);
        String type = parts[0].strip();
        // a lone "*" is what java.net.HttpURLConnection sends: "*; q=.2"
        if (!(RANGE.matcher(type).matches() || (range && type.equals("*")))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!PARAMETER.matcher(p).matches()) {
                return false;
            }
            if (range && p.regionMatches(true, 0, "q=", 0, 2) && !quality(p.substring(2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean quality(String q) {
        try {
            float f = Float.parseFloat(q);
            return f >= 0 && f <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
