package cn.xinfang.petition.it.http;

import cn.xinfang.petition.casehandling.entity.IdNumber;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API as a client (the 12345 hotline's system, say) uses it, with the demo accounts. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MattersApiIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonObject json, HttpResponse<String> raw) {
    }

    private Reply call(String method, String path, String user, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (user != null) {
            String password = user.contains(":") ? user.substring(user.indexOf(':') + 1) : "demo";
            String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = null;
        if (r.body().startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                json = reader.readObject();
            }
        }
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
        return new Reply(r.statusCode(), json, r);
    }

    static String idNumber() {
        return IdNumber.withCheckCharacter("331182197208" + String.format("%02d", 10 + new Random().nextInt(18))
                + String.format("%03d", new Random().nextInt(1000)));
    }

    static String registration(String idNumber, String extra) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return """
                {"channelCode":"HOTLINE_12345","receivedOn":"%s","petitionerName":"周某","idNumber":"%s","phone":"13600000000",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%s,"content":"小区物业乱收费。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"%s}""".formatted(today, idNumber, "%PLACE%", extra);
    }

    /** 石桥村, a village of 青石镇 in the demo county, found through the unit directory. */
    private long placeId = -1;

    private String withPlace(String json) throws Exception {
        if (placeId < 0) {
            HttpResponse<String> units = http.send(HttpRequest.newBuilder(URI.create(base + "api/units")).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            int i = units.body().indexOf("\"石桥村\"");
            assertTrue(i > 0, units.body());
            String before = units.body().substring(0, i);
            String idField = "\"id\":";
            int j = before.lastIndexOf(idField);
            placeId = Long.parseLong(before.substring(j + idField.length()).replaceAll("[^0-9].*", ""));
        }
        return json.replace("%PLACE%", String.valueOf(placeId));
    }

    @Test
    void unauthenticatedAndWrongPasswordsGet401() throws Exception {
        Reply none = call("GET", "matters", null, null);
        assertEquals(401, none.status());
        assertTrue(none.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, call("GET", "matters", "registrar:wrong", null).status());
        assertEquals("用户名或密码错误。", call("GET", "matters", "nobody:x", null).json().getString("message"));
    }

    @Test
    void registerIsIdempotentAndBadInputGets400WithFieldMessages() throws Exception {
        String id = idNumber();
        String key = UUID.randomUUID().toString();
        Reply created = call("POST", "matters", "registrar", withPlace(registration(id, "")), "Idempotency-Key", key);
        assertEquals(201, created.status(), created.raw().body());
        assertTrue(created.raw().headers().firstValue("Location").orElse("").contains("/api/matters/"));
        long matterId = created.json().getJsonObject("summary").getJsonNumber("id").longValue();
        String number = created.json().getJsonObject("summary").getString("number");
        // the answer is read after the registration committed, and still shows the code issued to it, this once
        String code = created.json().getJsonObject("followUp").getString("lookupCode", null);
        assertNotNull(code, created.raw().body());
        assertTrue(code.matches("[0-9A-Za-z]{4,16}"), code);
        assertNull(call("GET", "matters/" + matterId, "registrar", null).json().getJsonObject("followUp")
                .getString("lookupCode", null), "shown only in the registration's answer");

        Reply retry = call("POST", "matters", "registrar", withPlace(registration(id, "")), "Idempotency-Key", key);
        assertEquals(200, retry.status());
        assertEquals(matterId, retry.json().getJsonObject("summary").getJsonNumber("id").longValue());
        assertNull(retry.json().getJsonObject("followUp").getString("lookupCode", null), "a retry does not show the code again");
        Reply earlier = call("POST", "matters/earlier", "registrar", "{\"idNumber\":\"" + id + "\"}");
        assertEquals(1, earlier.json().getJsonArray("matters").size(), "the retry created nothing");
        assertEquals(number, earlier.json().getJsonArray("matters").getJsonObject(0).getString("number"));

        Reply badId = call("POST", "matters", "registrar", withPlace(registration("110105194912310021", "")));
        assertEquals(400, badId.status());
        assertTrue(badId.json().getJsonObject("fields").getString("idNumber").contains("身份证号码不正确"));
        Reply english = call("POST", "matters", "registrar", withPlace(registration("110105194912310021", "")), "Accept-Language", "en");
        assertTrue(english.json().getString("message").startsWith("The ID number is not valid"));
        assertEquals(400, call("POST", "matters", "registrar", "{not json").status());
        assertEquals(400, call("POST", "matters", "registrar", withPlace(registration(id, ",\"kind\":\"NONSENSE\""))).status());
        assertEquals(400, call("GET", "matters?from=2025-13-01", "registrar", null).status());
    }

    @Test
    void aLaterRegistrationWithTheSameIdNumberLeavesTheEarlierMattersContactAsItWas() throws Exception {
        String id = idNumber();
        Reply first = call("POST", "matters", "registrar", withPlace(registration(id, "")));
        assertEquals(201, first.status(), first.raw().body());
        long firstId = first.json().getJsonObject("summary").getJsonNumber("id").longValue();
        Reply second = call("POST", "matters", "registrar", withPlace(registration(id, ",\"address\":\"青石镇石桥村8号\""))
                .replace("\"周某\"", "\"周某某\"").replace("13600000000", "13711112222"));
        assertEquals(201, second.status(), second.raw().body());
        long secondId = second.json().getJsonObject("summary").getJsonNumber("id").longValue();

        JsonObject earlier = call("GET", "matters/" + firstId, "officer", null).json();
        JsonObject p = earlier.getJsonObject("petitioner");
        assertEquals("周某", p.getString("name"), "the name the first matter was registered with");
        assertEquals("13600000000", p.getString("phone"));
        assertTrue(!p.containsKey("address") || p.isNull("address"), "no address was given then: " + p);
        assertEquals("周某", earlier.getJsonObject("summary").getString("petitionerName"));
        assertTrue(p.getBoolean("changedSince"));
        assertEquals("周某某", p.getString("currentName"), "the petitioner's record has the current contact");
        assertEquals("13711112222", p.getString("currentPhone"));
        assertEquals("青石镇石桥村8号", p.getString("currentAddress"));

        JsonObject later = call("GET", "matters/" + secondId, "officer", null).json().getJsonObject("petitioner");
        assertEquals("周某某", later.getString("name"));
        assertEquals("13711112222", later.getString("phone"));
        assertFalse(later.getBoolean("changedSince"));
        assertEquals(later.getJsonNumber("id"), p.getJsonNumber("id"), "one petitioner");
    }

    @Test
    void controlCharactersAreRefusedAtTheDoorAndEmojiArePrinted() throws Exception {
        for (String bad : new String[] {"\\u202E", "\\u0000", "\\u001B", "\\u0085"}) {
            Reply refused = call("POST", "matters", "registrar", withPlace(registration(idNumber(), ""))
                    .replace("小区物业乱收费。", "小区物业乱收费" + bad + "。"));
            assertEquals(400, refused.status(), bad + ": " + refused.raw().body());
            assertTrue(refused.json().getJsonObject("fields").containsKey("content"), refused.raw().body());
        }
        Reply emoji = call("POST", "matters", "registrar", withPlace(registration(idNumber(), ""))
                .replace("小区物业乱收费。", "小区物业乱收费😡，𠀀。"));
        assertEquals(201, emoji.status(), emoji.raw().body());
        long id = emoji.json().getJsonObject("summary").getJsonNumber("id").longValue();
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(base + "api/matters/" + id + "/documents/FILE"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode(), "a stored matter always prints");
        assertTrue(new String(file.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void rolesUnitScopingTransitionsAndConcurrentChanges() throws Exception {
        Reply created = call("POST", "matters", "registrar", withPlace(registration(idNumber(), "")));
        assertEquals(201, created.status());
        long id = created.json().getJsonObject("summary").getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        assertEquals(403, call("POST", "matters", "clerk1", withPlace(registration(idNumber(), ""))).status(), "clerks do not register");
        assertEquals(403, call("GET", "matters/" + id, "clerk1", null).status(), "another unit's matter");
        assertEquals(200, call("GET", "matters/" + id, "clerk2", null).status(), "the township of the problem's village");
        assertTrue(call("GET", "matters/" + id, "clerk2", null).json().getJsonObject("petitioner").getString("idNumber").contains("*"));
        assertEquals(404, call("GET", "matters/999999999", "officer", null).status());

        // illegal transition 409; wrong role 403; stale version 409
        Reply closeEarly = call("POST", "matters/" + id + "/closing", "officer", "{\"version\":" + version + "}");
        assertEquals(409, closeEarly.status());
        assertEquals("illegal_transition", closeEarly.json().getString("error"));
        assertEquals(403, call("POST", "matters/" + id + "/decision", "clerk2", "{\"decision\":\"ACCEPT\",\"version\":" + version + "}").status());
        Reply accepted = call("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + version + "}");
        assertEquals(200, accepted.status(), accepted.raw().body());
        assertEquals("ACCEPTED", accepted.json().getJsonObject("summary").getString("state"));
        Reply stale = call("POST", "matters/" + id + "/notes", "officer", "{\"text\":\"旧版本\",\"version\":" + version + "}");
        assertEquals(409, stale.status());
        assertEquals("conflict", stale.json().getString("error"));
        long v2 = accepted.json().getJsonNumber("version").longValue();
        Reply noted = call("POST", "matters/" + id + "/notes", "officer", "{\"text\":\"已电话联系信访人。\",\"version\":" + v2 + "}");
        assertEquals(200, noted.status());
        assertNotNull(noted.json().getJsonObject("handling").getString("handlingDue"));
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/matters/{id}/routing"), doc.body().substring(0, Math.min(400, doc.body().length())));
        assertTrue(doc.body().contains("信访业务平台 API"));
    }

    private long unitId(String name) throws Exception {
        HttpResponse<String> units = http.send(HttpRequest.newBuilder(URI.create(base + "api/units")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(units.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(u -> u.getString("name").equals(name)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }

    private JsonObject step(String user, String path, String body) throws Exception {
        Reply r = call("POST", path, user, body);
        assertEquals(200, r.status(), path + ": " + r.raw().body());
        return r.json();
    }

    private static long version(JsonObject matter) {
        return matter.getJsonNumber("version").longValue();
    }

    /** The whole journey over HTTP: a collective cross-level repeat visit, routed, objected, re-routed, extended, replied. */
    @Test
    void aCollectiveCrossLevelRepeatVisitFromRegistrationToClosingOverHttp() throws Exception {
        String id = idNumber();
        Reply first = call("POST", "matters", "registrar", withPlace(registration(id, "")));
        String firstNumber = first.json().getJsonObject("summary").getString("number");
        Reply visit = call("POST", "matters", "registrar", withPlace(registration(id,
                ",\"channelCode\":\"VISIT\",\"peopleCount\":8,\"representatives\":[\"周某\",\"吴某\"],"
                        + "\"crossLevel\":\"PROVINCE\",\"repeatOfNumber\":\"" + firstNumber + "\"")));
        assertEquals(201, visit.status(), visit.raw().body());
        JsonObject m = visit.json();
        long mid = m.getJsonObject("summary").getJsonNumber("id").longValue();
        assertTrue(m.getJsonObject("summary").getBoolean("repeat"));
        assertEquals("PROVINCE", m.getJsonObject("summary").getString("crossLevel"));
        assertEquals(firstNumber, m.getString("originNumber"));

        m = step("officer", "matters/" + mid + "/decision", "{\"decision\":\"ACCEPT\",\"version\":" + version(m) + "}");
        long wrongUnit = unitId("县人力资源和社会保障局");
        long housing = unitId("县住房和城乡建设局");
        m = step("officer", "matters/" + mid + "/routing", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + wrongUnit + ",\"version\":" + version(m) + "}");
        assertEquals(403, call("POST", "matters/" + mid + "/objection", "clerk1", "{\"text\":\"x\",\"version\":" + version(m) + "}").status());
        m = step("officer", "matters/" + mid + "/notes", "{\"text\":\"人社局反映不属其职责，待其异议。\",\"version\":" + version(m) + "}");
        // the officer re-routes after the unit's objection would normally arrive; here the bureau corrects it itself
        assertEquals(409, call("POST", "matters/" + mid + "/routing", "officer",
                "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + housing + ",\"version\":" + version(m) + "}").status(),
                "routing again needs the unit's objection first");
        assertEquals(200, call("GET", "matters/inbox", "clerk1", null).status());
        assertFalse(call("GET", "matters/inbox", "clerk1", null).raw().body().contains("\"id\":" + mid + ","));
        JsonObject finalState = m;
        assertEquals("HANDLING", finalState.getJsonObject("summary").getString("state"));

        // the correct unit path, on a fresh matter routed to the housing bureau
        Reply second = call("POST", "matters", "registrar", withPlace(registration(id, ",\"repeatOfNumber\":\"" + firstNumber + "\"")));
        JsonObject n = second.json();
        long nid = n.getJsonObject("summary").getJsonNumber("id").longValue();
        n = step("officer", "matters/" + nid + "/decision", "{\"decision\":\"ACCEPT\",\"version\":" + version(n) + "}");
        n = step("officer", "matters/" + nid + "/routing", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + housing + ",\"version\":" + version(n) + "}");
        n = step("lead1", "matters/" + nid + "/extension", "{\"days\":30,\"reason\":\"需现场核查。\",\"version\":" + version(n) + "}");
        assertEquals(30, n.getJsonObject("handling").getInt("extensionDays"));
        Reply again = call("POST", "matters/" + nid + "/extension", "lead1", "{\"days\":5,\"reason\":\"再延\",\"version\":" + version(n) + "}");
        assertEquals(422, again.status(), "a second extension is refused");
        n = step("clerk1", "matters/" + nid + "/reply", "{\"outcome\":\"EXPLAINED\",\"text\":\"物业收费标准经核查符合规定，已向信访人解释说明。\",\"version\":" + version(n) + "}");
        n = step("lead1", "matters/" + nid + "/reply/approval", "{\"version\":" + version(n) + "}");
        n = step("clerk1", "matters/" + nid + "/report", "{\"text\":\"已答复。\",\"version\":" + version(n) + "}");
        n = step("officer", "matters/" + nid + "/closing", "{\"version\":" + version(n) + "}");
        assertEquals("CLOSED", n.getJsonObject("summary").getString("state"));
        // REGISTERED, ACCEPT, ROUTE, EXTEND, DRAFT_REPLY, APPROVE_REPLY, REPORT_BACK, CLOSE
        assertEquals(8, n.getJsonArray("timeline").size(), n.toString());
    }

    /** 2022 Art 19 over HTTP: the bureau refuses a matter the housing bureau is handling within its period, naming it. */
    @Test
    void aMatterHandledWithinItsPeriodBelowIsRefusedOverHttp() throws Exception {
        String id = idNumber();
        JsonObject first = call("POST", "matters", "registrar", withPlace(registration(id, ""))).json();
        long firstId = first.getJsonObject("summary").getJsonNumber("id").longValue();
        first = step("officer", "matters/" + firstId + "/decision", "{\"decision\":\"ACCEPT\",\"version\":" + version(first) + "}");
        long housing = unitId("县住房和城乡建设局");
        step("officer", "matters/" + firstId + "/routing", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + housing + ",\"version\":" + version(first) + "}");

        JsonObject again = call("POST", "matters", "registrar", withPlace(registration(id, ""))).json();
        long againId = again.getJsonObject("summary").getJsonNumber("id").longValue();
        JsonObject seen = call("GET", "matters/" + againId, "officer", null).json();
        JsonObject below = seen.getJsonObject("handling").getJsonArray("handledBelow").getJsonObject(0);
        assertEquals(firstId, below.getJsonNumber("id").longValue());
        assertEquals("县住房和城乡建设局", below.getString("unitName"));
        assertEquals(400, call("POST", "matters/" + againId + "/decision", "officer",
                "{\"decision\":\"HANDLED_BELOW\",\"version\":" + version(seen) + "}").status(), "the lower matter is required");
        JsonObject refused = step("officer", "matters/" + againId + "/decision",
                "{\"decision\":\"HANDLED_BELOW\",\"lowerMatterId\":" + firstId + ",\"version\":" + version(seen) + "}");
        assertEquals("NOT_ACCEPTED", refused.getJsonObject("summary").getString("state"));
        assertTrue(refused.getJsonObject("handling").getString("decisionText").contains("县住房和城乡建设局"), refused.toString());
    }
}
