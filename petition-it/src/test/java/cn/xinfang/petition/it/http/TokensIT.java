package cn.xinfang.petition.it.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API tokens (Bearer) issued by the administrator, and an API without sessions: a token acts as
 * its user within the user's unit and with its roles (the EJBs' @RolesAllowed and unit scoping
 * unchanged), a revoked or unknown token gets 401, the last use is shown, and no API answer —
 * Bearer, Basic or public — sets a cookie.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TokensIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonObject json, JsonArray array, HttpResponse<String> raw) {
    }

    private Reply call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), method + " " + path + " set a cookie: " + r.headers().allValues("Set-Cookie"));
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
        JsonObject json = null;
        JsonArray array = null;
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            if (r.body().startsWith("{")) {
                json = reader.readObject();
            } else if (r.body().startsWith("[")) {
                array = reader.readArray();
            }
        }
        return new Reply(r.statusCode(), json, array, r);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private JsonObject issue(String name, String username, String roles) throws Exception {
        Reply r = call("POST", "tokens", basic("admin", "demo"),
                "{\"name\":\"" + name + "\",\"username\":\"" + username + "\",\"roles\":[" + roles + "]}");
        assertEquals(201, r.status(), r.raw().body());
        return r.json();
    }

    @Test
    void aTokenActsAsItsUserWithinItsUnitUntilRevokedAndNoApiCallOpensASession() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObject issued = issue("12345 热线 " + tag, "registrar", "\"REGISTRAR\"");
        String token = issued.getString("token");
        assertTrue(token.startsWith("pt_") && token.length() > 40, token);
        long tokenId = issued.getJsonObject("view").getJsonNumber("id").longValue();
        assertFalse(call("GET", "tokens", basic("admin", "demo"), null).raw().body().contains(token), "the token is shown once");

        // the registrar's work through the token: registered as the registrar, in the EJBs' eyes
        long place = new Http(base).unitId("331199102201");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Reply created = call("POST", "matters", bearer(token), """
                {"channelCode":"HOTLINE_12345","receivedOn":"%s","petitionerName":"卫某","idNumber":"%s","phone":"13600001111",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"井盖缺失。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(today, PersonalDataApiIT.idNumber(), place));
        assertEquals(201, created.status(), created.raw().body());
        assertEquals("registrar", created.json().getString("registeredBy"));
        long matterId = created.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertEquals(200, call("GET", "matters/" + matterId, bearer(token), null).status());
        // the token's roles only: the registrar may not decide (the officer's step)
        assertEquals(403, call("POST", "matters/" + matterId + "/decision", bearer(token),
                "{\"decision\":\"ACCEPT\",\"version\":0}").status());

        // a token of the housing department's clerk: its unit's scope, not a matter still at the bureau
        String township = issue("住建局对接 " + tag, "clerk1", "\"UNIT_CLERK\"").getString("token");
        assertEquals(403, call("GET", "matters/" + matterId, basic("clerk1", "demo"), null).status(), "as with the clerk's password");
        assertEquals(403, call("GET", "matters/" + matterId, bearer(township), null).status(), "outside the token's unit");
        assertEquals(200, call("GET", "matters/inbox", bearer(township), null).status());

        // what cannot be issued, and who may not issue
        assertEquals(400, call("POST", "tokens", basic("admin", "demo"),
                "{\"name\":\"x\",\"username\":\"registrar\",\"roles\":[\"OFFICER\"]}").status(), "a role the user lacks");
        assertEquals(400, call("POST", "tokens", basic("admin", "demo"),
                "{\"name\":\"x\",\"username\":\"admin\",\"roles\":[\"ADMIN\"]}").status(), "never the administrator's");
        assertEquals(400, call("POST", "tokens", basic("admin", "demo"),
                "{\"name\":\"x\",\"username\":\"nobody-" + tag + "\",\"roles\":[\"REGISTRAR\"]}").status());
        assertEquals(403, call("POST", "tokens", basic("officer", "demo"),
                "{\"name\":\"x\",\"username\":\"officer\",\"roles\":[\"OFFICER\"]}").status());
        assertEquals(403, call("GET", "tokens", bearer(token), null).status(), "a token never administers");

        // unknown tokens: 401 with a Bearer challenge
        Reply unknown = call("GET", "matters/inbox", bearer("pt_" + tag), null);
        assertEquals(401, unknown.status());
        assertTrue(unknown.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        // the administrator sees the last use, then revokes
        JsonObject listed = call("GET", "tokens", basic("admin", "demo"), null).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == tokenId).findFirst().orElseThrow();
        assertNotNull(listed.get("lastUsedAt"), listed.toString());
        assertFalse(listed.isNull("lastUsedAt"), listed.toString());
        assertTrue(listed.getBoolean("active"));
        Reply revoked = call("DELETE", "tokens/" + tokenId, basic("admin", "demo"), null);
        assertEquals(200, revoked.status(), revoked.raw().body());
        assertEquals("admin", revoked.json().getString("revokedBy"));
        assertEquals(401, call("GET", "matters/" + matterId, bearer(token), null).status(), "a revoked token");
        assertEquals(200, call("GET", "matters/inbox", bearer(township), null).status(), "the other token still works");
    }

    @Test
    void basicAuthenticationOpensNoSessionAndARememberedPasswordIsOnlyThatPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call("GET", "units", basic("officer", "demo"), null).status());
        }
        assertEquals(401, call("GET", "units", basic("officer", "wrong"), null).status());
        assertEquals(200, call("GET", "units", basic("officer", "demo"), null).status());
        assertEquals(401, call("GET", "units", null, null).status());
        // the citizen's side opens none either
        assertEquals(422, call("POST", "public/lookup", null, "{\"number\":\"331199-1999-999999\",\"code\":\"AAAAAAAA\"}").status());
    }
}
