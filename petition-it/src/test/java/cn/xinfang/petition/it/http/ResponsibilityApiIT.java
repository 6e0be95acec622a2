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
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 首问负责, 领导包案 and 责任追究 over HTTP with the demo accounts: a handover, a 包案 with a
 * milestone and its rate, a case with its suggestion; the refusals by role and unit; bad input
 * answered 400 naming the field (no stack trace); the endpoints in the OpenAPI document.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ResponsibilityApiIT {

    @ArquillianResource
    URL base;

    @Test
    void handoverOwnershipAndCaseOverHttp() throws Exception {
        Http http = new Http(base);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject m = http.ok("POST", "matters", "registrar", MattersApiIT.registration(MattersApiIT.idNumber(), "")
                .replace("%PLACE%", "" + http.unitId("331199102201")));
        long matter = m.getJsonObject("summary").getJsonNumber("id").longValue();
        m = http.ok("POST", "matters/" + matter + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        http.ok("POST", "matters/" + matter + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + http.unitId("331199004")
                + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");

        // the chain and a handover
        JsonObject chain = http.ok("GET", "accountability/matters/" + matter + "/responsibility", "officer", null);
        assertEquals("registrar", chain.getJsonObject("person").getString("holder"));
        assertEquals("FIRST_CONTACT", chain.getJsonObject("firstContact").getString("basis"));
        field(http, "registrar", "POST", "accountability/matters/" + matter + "/responsibility/handover", "{\"to\":\"clerk1\"}", "reason");
        field(http, "registrar", "POST", "accountability/matters/" + matter + "/responsibility/handover",
                "{\"to\":\"nobody\",\"reason\":\"x\"}", "to");
        assertEquals(403, http.call("POST", "accountability/matters/" + matter + "/responsibility/handover", "clerk2",
                "{\"to\":\"clerk2\",\"reason\":\"x\"}").status(), "another unit's clerk");
        JsonObject handed = http.ok("POST", "accountability/matters/" + matter + "/responsibility/handover", "registrar",
                "{\"to\":\"clerk1\",\"reason\":\"已交办住建局。\"}");
        assertEquals("clerk1", handed.getJsonObject("person").getString("holder"));
        assertEquals("已交办住建局。", handed.getJsonObject("person").getString("reason"));

        // 包案 by the county leader, a milestone, the rate and its drill-down
        field(http, "leader", "POST", "accountability/ownerships", "{\"matterId\":" + matter
                + ",\"workingGroup\":\"专班\",\"plan\":\"方案\",\"targetDate\":\"2000-01-01\"}", "targetDate");
        assertEquals(403, http.call("POST", "accountability/ownerships", "clerk1", "{\"matterId\":" + matter
                + ",\"workingGroup\":\"专班\",\"plan\":\"方案\",\"targetDate\":\"2099-01-01\"}").status());
        Http.Reply taken = http.call("POST", "accountability/ownerships", "leader", "{\"matterId\":" + matter
                + ",\"workingGroup\":\"县领导、住建局\",\"plan\":\"核实、整改、回访。\",\"targetDate\":\"" + today.plusDays(60)
                + "\",\"milestones\":[{\"title\":\"核实\",\"dueOn\":\"" + today.plusDays(5) + "\"}]}");
        assertEquals(201, taken.status(), taken.body());
        long ownership = taken.json().getJsonNumber("id").longValue();
        assertEquals(1, taken.json().getJsonArray("milestones").size());
        assertEquals(404, http.call("GET", "accountability/ownerships/" + ownership, "clerk2", null).status());
        JsonObject reported = http.ok("POST", "accountability/ownerships/" + ownership + "/progress", "clerk1",
                "{\"progress\":\"已核实。\",\"version\":" + taken.json().getJsonNumber("version").longValue() + "}");
        assertEquals(1, reported.getJsonArray("reports").size());
        field(http, "officer", "GET", "accountability/ownerships/rates?from=2026-13-01&to=2026-12-31", null, "from");
        field(http, "officer", "GET", "accountability/ownerships/rates?from=" + today + "&to=" + today + "&by=NONSENSE", null, "by");
        try (JsonReader r = Json.createReader(new StringReader(http.call("GET", "accountability/ownerships/rates?from=" + today
                + "&to=" + today + "&by=LEADER", "officer", null).body()))) {
            JsonObject row = r.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(x -> x.getString("groupKey").equals("leader")).findFirst().orElseThrow();
            assertTrue(row.getJsonArray("takenIds").toString().contains(String.valueOf(ownership)), row.toString());
            try (JsonReader d = Json.createReader(new StringReader(http.call("GET", "accountability/ownerships/rates/detail?from="
                    + today + "&to=" + today + "&by=LEADER&group=leader", "officer", null).body()))) {
                assertEquals(row.getJsonArray("takenIds").size(), d.readArray().size(), "the drill-down counts what the rate counts");
            }
        }

        // a case, its suggestion, the unit's view, the decision
        field(http, "officer", "POST", "accountability/cases", "{\"matterId\":" + matter + "}", "ground");
        assertEquals(403, http.call("POST", "accountability/cases", "clerk1", "{\"matterId\":" + matter + ",\"ground\":\"DELAY\"}").status());
        Http.Reply opened = http.call("POST", "accountability/cases", "officer", "{\"matterId\":" + matter + ",\"ground\":\"DELAY\"}");
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().getJsonNumber("id").longValue();
        JsonObject party = opened.json().getJsonArray("parties").getJsonObject(0);
        assertEquals("HANDLING_UNIT", party.getString("basis"), "routed, nobody handled it yet");
        assertEquals(http.unitId("331199004"), party.getJsonNumber("unitId").longValue());
        assertEquals(200, http.call("GET", "accountability/cases/" + caseId, "clerk1", null).status(), "the unit concerned");
        assertEquals(404, http.call("GET", "accountability/cases/" + caseId, "clerk2", null).status(), "another unit");
        field(http, "officer", "POST", "accountability/cases/" + caseId + "/decision", "{\"decision\":\"INTERVIEW\",\"decidedOn\":\""
                + today + "\",\"version\":" + opened.json().getJsonNumber("version").longValue() + "}", "documentNumber");
        JsonObject decided = http.ok("POST", "accountability/cases/" + caseId + "/decision", "officer", "{\"decision\":\"INTERVIEW\","
                + "\"decidedOn\":\"" + today + "\",\"documentNumber\":\"青信访责〔2026〕8号\",\"version\":"
                + opened.json().getJsonNumber("version").longValue() + "}");
        assertEquals("DECIDED", decided.getString("status"));
        assertEquals(409, http.call("POST", "accountability/cases/" + caseId + "/dismissal", "officer",
                "{\"note\":\"x\",\"version\":0}").status(), "a stale version");

        // the OpenAPI document lists the endpoints
        HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String path : new String[] {"/api/accountability/matters/{id}/responsibility", "/api/accountability/ownerships",
                "/api/accountability/ownerships/rates", "/api/accountability/cases/{id}/decision"}) {
            assertTrue(doc.body().contains(path), "OpenAPI lists " + path);
        }
    }

    private static void field(Http http, String user, String method, String path, String body, String field) throws Exception {
        Http.Reply r = http.call(method, path, user, body);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertTrue(r.json().getJsonObject("fields").containsKey(field), path + " names " + field + ": " + r.body());
    }
}
