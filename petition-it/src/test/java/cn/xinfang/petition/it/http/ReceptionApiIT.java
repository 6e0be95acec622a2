package cn.xinfang.petition.it.http;

import cn.xinfang.petition.casehandling.entity.IdNumber;
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
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reception days over HTTP with the demo accounts: staff set up and publish a session, the public
 * endpoint lists published sessions only, a petitioner books without an account, the notice
 * is a PDF and the leader's feed an iCalendar; bad input is a 400 naming the field.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReceptionApiIT {

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static JsonArray array(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readArray();
        }
    }

    HttpResponse<byte[]> get(String path, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void publishedSessionsBookingsNoticeAndCalendarOverHttp() throws Exception {
        Http http = new Http(base);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long bureau = http.unitId("331199001");
        JsonObject leader = http.ok("POST", "reception/leaders", "officer", """
                {"name":"接口领导%s","post":"副县长","portfolio":"城乡建设","portfolioCategories":["14"],"level":"COUNTY","unitId":%d}"""
                .formatted(tag, bureau));
        long leaderId = leader.getJsonNumber("id").longValue();
        String session = """
                {"unitId":%d,"leaderId":%d,"day":"%s","startTime":"08:30","endTime":"12:00","place":"县信访局接待大厅","form":"FIXED","capacity":5}""";
        JsonObject published = http.ok("POST", "reception/sessions", "officer", session.formatted(bureau, leaderId, today.plusDays(9)));
        JsonObject planned = http.ok("POST", "reception/sessions", "officer", session.formatted(bureau, leaderId, today.plusDays(10)));
        long publishedId = published.getJsonNumber("id").longValue();
        long plannedId = planned.getJsonNumber("id").longValue();
        JsonObject done = http.ok("POST", "reception/sessions/" + publishedId + "/publication", "officer",
                "{\"version\":" + published.getJsonNumber("version").longValue() + "}");
        assertEquals("PUBLISHED", done.getString("state"));

        // late without a reason: 400 naming the field, nothing changed
        JsonObject late = http.ok("POST", "reception/sessions", "officer", session.formatted(bureau, leaderId, today.plusDays(2)));
        Http.Reply refused = http.call("POST", "reception/sessions/" + late.getJsonNumber("id") + "/publication", "officer",
                "{\"version\":" + late.getJsonNumber("version") + "}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getJsonObject("fields").containsKey("overrideReason"), refused.body());
        assertTrue(refused.json().getString("message").contains("理由"), refused.body());

        // the public schedule, no account: published sessions only
        HttpResponse<byte[]> list = get("public/reception/sessions?from=" + today + "&to=" + today.plusDays(12), null);
        assertEquals(200, list.statusCode());
        List<Long> ids = array(new String(list.body(), StandardCharsets.UTF_8)).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(publishedId));
        assertFalse(ids.contains(plannedId));
        assertFalse(new String(list.body(), StandardCharsets.UTF_8).contains("publishedBy"), "no staff data on the public side");
        assertEquals(400, get("public/reception/sessions?from=2026-13-01", null).statusCode());

        // a booking without an account: the code once; the ID number never comes back
        String id = IdNumber.withCheckCharacter("44030519" + (60 + new Random().nextInt(30)) + "0521" + String.format("%03d", new Random().nextInt(1000)));
        HttpRequest book = HttpRequest.newBuilder(URI.create(base + "api/public/reception/bookings"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113." + (1 + new Random().nextInt(250)))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"sessionId":%d,"name":"接口某","idNumber":"%s","phone":"13700002222","subject":"小区违建","categoryCode":"1402"}"""
                        .formatted(publishedId, id))).build();
        HttpResponse<String> booked = client.send(book, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, booked.statusCode(), booked.body());
        assertFalse(booked.body().contains(id), "the ID number is not echoed");
        JsonObject receipt = Json.createReader(new StringReader(booked.body())).readObject();
        assertEquals(8, receipt.getString("code").length());
        JsonArray bookings = array(http.call("GET", "reception/sessions/" + publishedId + "/bookings", "officer", null).body());
        assertEquals(1, bookings.size());
        assertTrue(bookings.getJsonObject(0).getString("maskedIdNumber").contains("*"));
        assertFalse(bookings.toString().contains(id));

        // the notice (Chinese PDF) and the leader's calendar feed
        HttpResponse<byte[]> pdf = get("public/reception/notice?from=" + today + "&to=" + today.plusDays(12), null);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        // kept for a reviewer (pdftotext shows the Chinese text)
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", "reception-notice.pdf");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, pdf.body());
        HttpResponse<byte[]> ics = get("public/reception/leaders/" + leaderId + "/calendar.ics", null);
        assertEquals(200, ics.statusCode());
        String feed = new String(ics.body(), StandardCharsets.UTF_8);
        assertTrue(feed.startsWith("BEGIN:VCALENDAR"), feed);
        assertTrue(feed.contains("UID:reception-session-" + publishedId + "@"), feed);
        assertFalse(feed.contains("reception-session-" + plannedId + "@"), "planned sessions are not in the feed");
        assertEquals(1, feed.split("BEGIN:VEVENT").length - 1, feed);
        assertEquals(404, get("public/reception/leaders/999999999/calendar.ics", null).statusCode());

        // documented in the OpenAPI document the product serves
        String doc = client.send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(doc.contains("/api/public/reception/sessions") && doc.contains("/api/reception/sessions/{id}/publication"));
        for (String path : List.of("/api/reception/rules/preview", "/api/reception/rules/{id}/activation", "/api/reception/duty",
                "/api/reception/case-visits/{session}", "/api/reception/invitations/{session}", "/api/reception/follow-ups/{instruction}",
                "/api/reception/statistics/{key}/items")) {
            assertTrue(doc.contains(path), "documented: " + path);
        }
    }

    @Test
    void aRuleAsAFormOverHttpPreviewedSavedAndDeactivated() throws Exception {
        Http http = new Http(base);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long bureau = http.unitId("331199001");
        JsonObject leader = http.ok("POST", "reception/leaders", "officer", """
                {"name":"规则领导%s","post":"县长","level":"COUNTY","unitId":%d}""".formatted(tag, bureau));
        String rule = """
                {"name":"县长双月15日%s","unitId":%d,"leaderId":%d,"validFrom":"2026-01-01","validUntil":"2026-12-31","startTime":"08:30",
                 "endTime":"12:00","place":"县信访局接待大厅","form":"FIXED","shift":"NEXT_WORKING_DAY","capacity":10,
                 "recurrence":%s}""";
        String evenMonths15 = "{\"frequency\":\"MONTHLY\",\"interval\":1,\"monthDay\":15,\"months\":[2,4,6,8,10,12]}";
        String body = rule.formatted(tag, bureau, leader.getJsonNumber("id").longValue(), evenMonths15);

        // the next dates before saving: 15 Feb 2026 is a Sunday in the Spring Festival → 24 Feb; 15 Aug a Saturday → 17 Aug
        Http.Reply preview = http.call("POST", "reception/rules/preview?from=2026-01-01&count=4", "officer", body);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(List.of("2026-02-24", "2026-04-15", "2026-06-15", "2026-08-17"),
                array(preview.body()).stream().map(v -> v.asJsonObject().getString("day")).toList());

        // a form missing its weekdays: 400 naming the field
        Http.Reply refused = http.call("POST", "reception/rules/preview", "officer",
                rule.formatted(tag, bureau, leader.getJsonNumber("id").longValue(), "{\"frequency\":\"WEEKLY\",\"interval\":1}"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getJsonObject("fields").containsKey("weekdays"), refused.body());

        JsonObject saved = http.ok("POST", "reception/rules", "officer", body);
        assertEquals("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15", saved.getString("rrule"));
        assertEquals(15, saved.getJsonObject("recurrence").getInt("monthDay"));
        assertTrue(saved.getBoolean("active"));
        long id = saved.getJsonNumber("id").longValue();

        JsonObject off = http.ok("POST", "reception/rules/" + id + "/activation", "officer",
                "{\"version\":" + saved.getJsonNumber("version") + ",\"active\":false}");
        assertFalse(off.getBoolean("active"));
        Http.Reply stale = http.call("POST", "reception/rules/" + id + "/activation", "officer",
                "{\"version\":" + saved.getJsonNumber("version") + ",\"active\":true}");
        assertEquals(409, stale.status(), "an old version is refused: " + stale.body());
        assertEquals(403, http.call("POST", "reception/rules/" + id + "/activation", "registrar",
                "{\"version\":" + off.getJsonNumber("version") + ",\"active\":true}").status());
        JsonObject on = http.ok("POST", "reception/rules/" + id + "/activation", "officer",
                "{\"version\":" + off.getJsonNumber("version") + ",\"active\":true}");
        assertTrue(on.getBoolean("active"));

        // changed as a form: 单月 on the 16th instead
        String changed = rule.formatted(tag, bureau, leader.getJsonNumber("id").longValue(),
                "{\"frequency\":\"MONTHLY\",\"interval\":1,\"monthDay\":16,\"months\":[1,3,5,7,9,11]}")
                .replaceFirst("\\{", "{\"version\":" + on.getJsonNumber("version") + ",");
        JsonObject edited = http.ok("PUT", "reception/rules/" + id, "officer", changed);
        assertEquals("FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=16", edited.getString("rrule"));
        assertEquals(16, edited.getJsonObject("recurrence").getInt("monthDay"));
    }

    @Test
    void caseVisitsInvitationsAndDutyRostersOverHttp() throws Exception {
        Http http = new Http(base);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long bureau = http.unitId("331199001");
        JsonObject leader = http.ok("POST", "reception/leaders", "officer", """
                {"name":"下访领导%s","post":"副县长","level":"COUNTY","unitId":%d}""".formatted(tag, bureau));
        JsonObject session = http.ok("POST", "reception/sessions", "officer", """
                {"unitId":%d,"leaderId":%d,"day":"%s","startTime":"08:30","endTime":"12:00","place":"青石镇政府","form":"CASE_VISIT","capacity":0}"""
                .formatted(bureau, leader.getJsonNumber("id").longValue(), today.plusDays(8)));
        long sessionId = session.getJsonNumber("id").longValue();
        JsonObject m = http.ok("POST", "matters", "registrar", MattersApiIT.registration(MattersApiIT.idNumber(), "")
                .replace("%PLACE%", "" + http.unitId("331199102201")));
        String number = m.getJsonObject("summary").getString("number");

        // 带案下访: carried once, by number; an unknown number is a 400 naming the field
        Http.Reply carried = http.call("POST", "reception/case-visits/" + sessionId, "officer",
                "{\"matterNumber\":\"" + number + "\",\"purpose\":\"现场协调\"}");
        assertEquals(201, carried.status(), carried.body());
        Http.Reply again = http.call("POST", "reception/case-visits/" + sessionId, "officer", "{\"matterNumber\":\"" + number + "\"}");
        assertEquals(400, again.status(), again.body());
        assertTrue(again.json().getJsonObject("fields").containsKey("matterNumber"), again.body());
        assertEquals(List.of(number), array(http.call("GET", "reception/case-visits/" + sessionId, "officer", null).body()).stream()
                .map(v -> v.asJsonObject().getString("matterNumber")).toList());

        // 约访: the code in the answer only, not cached, no ID number echoed
        String id = MattersApiIT.idNumber();
        HttpResponse<String> invited = client.send(HttpRequest.newBuilder(URI.create(base + "api/reception/invitations/" + sessionId))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"约访某","idNumber":"%s","phone":"13700003333","subject":"当面沟通","matterNumber":"%s"}""".formatted(id, number)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals("no-store", invited.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(invited.body().contains(id));
        assertTrue(array(http.call("GET", "reception/sessions/" + sessionId + "/bookings", "officer", null).body()).stream()
                .anyMatch(v -> "INVITATION".equals(v.asJsonObject().getString("via")) && number.equals(v.asJsonObject().getString("matterNumber"))));

        // 值班: two at a time, a swap needs its reason, the log keeps what came in
        LocalDate day = today.plusDays(30);
        String shift = """
                {"unitId":%d,"day":"%s","startTime":"08:00","endTime":"18:00","period":"SENSITIVE","occasion":"接口%s","required":2,"members":%s}""";
        Http.Reply tooFew = http.call("POST", "reception/duty", "officer",
                shift.formatted(bureau, day, tag, "[{\"name\":\"甲\",\"post\":\"副县长\",\"leader\":true}]"));
        assertEquals(400, tooFew.status(), tooFew.body());
        assertTrue(tooFew.json().getJsonObject("fields").containsKey("members"), tooFew.body());
        JsonObject added = http.ok("POST", "reception/duty", "officer", shift.formatted(bureau, day, tag,
                "[{\"name\":\"甲\",\"post\":\"副县长\",\"leader\":true},{\"name\":\"乙\",\"post\":\"干部\",\"leader\":false}]"));
        long shiftId = added.getJsonNumber("id").longValue();
        long member = added.getJsonArray("members").getJsonObject(1).getJsonNumber("id").longValue();
        String swap = "{\"version\":" + added.getJsonNumber("version") + ",\"memberId\":" + member
                + ",\"replacement\":{\"name\":\"丙\",\"post\":\"干部\",\"leader\":false},\"reason\":%s}";
        Http.Reply noReason = http.call("POST", "reception/duty/" + shiftId + "/swap", "officer", swap.formatted("null"));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.json().getJsonObject("fields").containsKey("reason"), noReason.body());
        JsonObject swapped = http.ok("POST", "reception/duty/" + shiftId + "/swap", "officer", swap.formatted("\"临时公差\""));
        assertEquals(1, swapped.getJsonArray("swaps").size());
        JsonObject logged = http.ok("POST", "reception/duty/" + shiftId + "/log", "registrar",
                "{\"kind\":\"CALL\",\"summary\":\"来电咨询政策，已解答。\"}");
        assertEquals(1, logged.getJsonArray("log").size());
        assertTrue(array(http.call("GET", "reception/duty?from=" + day + "&to=" + day, "officer", null).body()).stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == shiftId));
    }
}
