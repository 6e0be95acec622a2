package cn.xinfang.petition.it.http;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web hardening: the security headers on every kind of answer, the session cookie's attributes,
 * and a login that takes as long for an unknown account as for a known one.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @ArquillianResource
    URL base;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient plain = HttpClient.newHttpClient();

    private static void hardened(HttpResponse<?> r) {
        String where = r.uri() + " (" + r.statusCode() + ")";
        String csp = r.headers().firstValue("Content-Security-Policy").orElse(null);
        assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), where + " CSP: " + csp);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertTrue(r.headers().firstValue("Referrer-Policy").orElse("").matches("same-origin|no-referrer|strict-origin"), where);
    }

    private HttpResponse<String> get(HttpClient client, String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everySurfaceCarriesTheSecurityHeaders() throws Exception {
        Http api = new Http(base);
        JsonObject created = api.ok("POST", "matters", "registrar",
                MattersApiIT.registration(MattersApiIT.idNumber(), "").replace("%PLACE%", String.valueOf(api.unitId("331199102201"))));
        long id = created.getJsonObject("summary").getJsonNumber("id").longValue();

        HttpResponse<String> login = get(browser, "login.xhtml", null);
        hardened(login);
        hardened(get(plain, "public/index.xhtml", null));
        hardened(get(plain, "api/units", "officer"));
        hardened(get(plain, "api/units", null)); // the 401 too
        HttpResponse<byte[]> pdf = plain.send(HttpRequest.newBuilder(URI.create(base + "api/matters/" + id + "/documents/FILE"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        hardened(pdf);

        // signed in with the form: the workspace and the matter page
        HttpResponse<String> workspace = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm&loginForm%3Ausername=officer&loginForm%3Apassword=demo"
                        + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState(login.body()), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(workspace.body().contains("menuForm"), "signed in");
        hardened(workspace);
        HttpResponse<String> matter = get(browser, "cases/matter.xhtml?id=" + id, null);
        assertEquals(200, matter.statusCode());
        assertTrue(matter.body().contains(created.getJsonObject("summary").getString("number")), "the matter page shows the matter");
        hardened(matter);
        HttpResponse<byte[]> servletPdf = browser.send(HttpRequest.newBuilder(URI.create(base + "cases/document?id=" + id + "&kind=FILE"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        hardened(servletPdf);
    }

    @Test
    void sessionCookieIsSameSiteAndHttpOnly() throws Exception {
        HttpResponse<String> login = get(plain, "login.xhtml", null);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("session cookie: " + login.headers().map()));
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("samesite=lax") || lower.contains("samesite=strict"), cookie);
        assertTrue(lower.contains("httponly"), cookie);
        assertTrue(!lower.contains("secure"), "no Secure over plain HTTP, or the browser would drop it: " + cookie);
    }

    /**
     * A wrong password for an existing account and any password for an account that does not
     * exist take about as long (each median at least half the other): the bcrypt check is made
     * either way. The known account (clerk2, which no other HTTP test signs in with a wrong
     * password) signs in with the form after each failure, which resets its count: it never locks.
     */
    @Test
    void loginTakesAsLongForAnUnknownAccount() throws Exception {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        formLogin("clerk2");
        timed("nobody-warm-up", "x");
        for (int i = 0; i < 7; i++) {
            unknown.add(timed("no-such-user-" + i, "wrong"));
            known.add(timed("clerk2", "wrong"));
            formLogin("clerk2");
        }
        long k = median(known);
        long u = median(unknown);
        assertTrue(u * 2 >= k && k * 2 >= u, "known " + known + " ms, unknown " + unknown + " ms");
    }

    /** A successful sign-in through the login page, which clears the account's failure count. */
    private void formLogin(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = get(client, "login.xhtml", null);
        HttpResponse<String> in = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm&loginForm%3Ausername=" + user
                        + "&loginForm%3Apassword=demo&loginForm%3Asubmit=&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState(login.body()), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(in.body().contains("menuForm"), user + " signs in with the form");
    }

    private long timed(String user, String password) throws Exception {
        long start = System.nanoTime();
        assertEquals(401, status(user, password));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private int status(String user, String password) throws Exception {
        return plain.send(HttpRequest.newBuilder(URI.create(base + "api/units")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "view state in the page");
        return m.group(1);
    }
}
