package cn.xinfang.petition.it.http;

import jakarta.json.Json;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accountability API over HTTP: the to-do list and the notification counter of a demo account,
 * the refusals by role and unit, bad input answered 400 naming the field (no stack trace), and
 * the endpoints in the OpenAPI document.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AccountabilityApiIT {

    @ArquillianResource
    URL base;

    @Test
    void todoNotificationsSupervisionAndTheirRefusals() throws Exception {
        Http http = new Http(base);
        JsonObject todo = http.ok("GET", "accountability/todo", "clerk1", null);
        assertTrue(todo.containsKey("items") && todo.containsKey("notices") && todo.containsKey("perClock"), todo.toString());
        assertTrue(http.ok("GET", "notifications/count", "clerk1", null).containsKey("unread"));
        assertEquals(200, http.call("GET", "notifications", "clerk1", null).status());
        JsonObject run = http.ok("POST", "accountability/watch/run", "officer", null);
        assertTrue(run.getJsonNumber("clocks").longValue() >= 0);

        // roles: a clerk neither runs the watch nor urges; an appraiser has no to-do list
        assertEquals(403, http.call("POST", "accountability/watch/run", "clerk1", null).status());
        assertEquals(403, http.call("POST", "supervision/notices", "clerk1", "{\"matterId\":1,\"replyBy\":\"2099-01-01\"}").status());
        assertEquals(403, http.call("GET", "accountability/todo", "appraiser", null).status());
        // unknown things: 404; another's notification: 404
        assertEquals(404, http.call("GET", "supervision/notices/999999999", "officer", null).status());
        assertEquals(404, http.call("POST", "notifications/999999999/read", "clerk1", null).status());

        // bad input names the field
        field(http, "officer", "GET", "supervision/records?from=2026-13-01&to=2026-12-31", null, "from");
        field(http, "officer", "GET", "supervision/records?from=2026-06-01&to=2026-01-01", null, "to");
        field(http, "officer", "GET", "supervision/notices?level=NONSENSE", null, "level");
        field(http, "clerk1", "PUT", "notifications/address", "{\"email\":\"not-an-address\"}", "email");

        // scoping: the officer urges 住建局 (clerk1); 青石镇's clerk2 neither finds nor reads the notice
        JsonObject m = http.ok("POST", "matters", "registrar", MattersApiIT.registration(MattersApiIT.idNumber(), "")
                .replace("%PLACE%", "" + http.unitId("331199102201")));
        long matter = m.getJsonObject("summary").getJsonNumber("id").longValue();
        m = http.ok("POST", "matters/" + matter + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        http.ok("POST", "matters/" + matter + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + http.unitId("331199004")
                + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");
        field(http, "officer", "POST", "supervision/notices", "{\"matterId\":" + matter + ",\"replyBy\":\"2000-01-01\"}", "replyBy");
        Http.Reply urged = http.call("POST", "supervision/notices", "officer", "{\"matterId\":" + matter
                + ",\"category\":\"SPECIAL\",\"priority\":\"URGENT\",\"requirement\":\"请报送进展。\",\"replyBy\":\"2099-01-01\"}");
        assertEquals(201, urged.status(), urged.body());
        long notice = urged.json().getJsonNumber("id").longValue();
        assertEquals(200, http.call("GET", "supervision/notices/" + notice, "clerk1", null).status());
        assertEquals(404, http.call("GET", "supervision/notices/" + notice, "clerk2", null).status());
        assertEquals(404, http.call("POST", "supervision/notices/" + notice + "/sign", "clerk2", "{\"version\":0}").status());
        long town = http.unitId("331199102");
        try (JsonReader r = Json.createReader(new StringReader(http.call("GET", "supervision/notices", "clerk2", null).body()))) {
            for (JsonObject n : r.readArray().getValuesAs(JsonObject.class)) {
                assertEquals(town, n.getJsonNumber("unitId").longValue(), "clerk2 sees only its own unit's notices: " + n);
            }
        }
        JsonObject signed = http.ok("POST", "supervision/notices/" + notice + "/sign", "clerk1",
                "{\"version\":" + urged.json().getJsonNumber("version").longValue() + "}");
        assertEquals("SIGNED", signed.getString("status"));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/supervision/notices/" + notice + "/pdf")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("clerk1:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "a PDF");

        // the OpenAPI document lists the endpoints
        HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String path : new String[] {"/api/accountability/todo", "/api/notifications", "/api/supervision/notices",
                "/api/supervision/notices/{id}/escalation", "/api/supervision/records"}) {
            assertTrue(doc.body().contains(path), "OpenAPI lists " + path);
        }
    }

    private static void field(Http http, String user, String method, String path, String body, String field) throws Exception {
        Http.Reply r = http.call(method, path, user, body);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertTrue(r.json().getJsonObject("fields").containsKey(field), path + " names " + field + ": " + r.body());
    }
}
