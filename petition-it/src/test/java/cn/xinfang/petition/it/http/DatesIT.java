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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates a person types, through the API (issue 14, items 1, 3 and 4): a receipt date outside
 * earliest-date..today is a field error and stores nothing, the dates inside the range come back
 * exactly as sent, and the dates of the later steps are checked against the matter's own timeline.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DatesIT {

    @ArquillianResource
    URL base;

    private Http http;

    private Http http() {
        if (http == null) {
            http = new Http(base);
        }
        return http;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private String registration(String receivedOn) throws Exception {
        return MattersApiIT.registration(MattersApiIT.idNumber(), "").replaceFirst("\"receivedOn\":\"[^\"]*\"",
                "\"receivedOn\":\"" + receivedOn + "\"").replace("%PLACE%", String.valueOf(http().unitId("331199102201")));
    }

    private long total() throws Exception {
        return http().ok("GET", "matters?size=1", "officer", null).getJsonNumber("total").longValue();
    }

    @Test
    void absurdReceiptDatesAreAFieldErrorAndStoreNothing() throws Exception {
        String registration = registration(today().toString());
        long before = total();
        for (String date : List.of("+999999999-12-31", today().plusDays(1).toString(), "-999999999-01-01", "0001-01-01",
                "1000-01-01", "1899-12-31", "1999-12-31")) {
            Http.Reply r = http().call("POST", "matters", "registrar", registration.replace(today().toString(), date));
            assertEquals(400, r.status(), date + ": " + r.body());
            assertTrue(r.json().getJsonObject("fields").containsKey("receivedOn"), date + ": " + r.body());
            String message = r.json().getJsonObject("fields").getString("receivedOn");
            assertTrue(message.contains("收到日期"), date + ": " + message);
        }
        assertEquals(before, total(), "nothing was stored");
    }

    @Test
    void aSearchWithAbsurdDatesFindsNothingInsteadOfFailing() throws Exception {
        assertEquals(0, http().ok("GET", "matters?from=%2B999999999-12-31", "officer", null).getJsonNumber("total").longValue());
        assertEquals(0, http().ok("GET", "matters?to=-999999999-01-01", "officer", null).getJsonNumber("total").longValue());
        assertEquals(total(), http().ok("GET", "matters?from=-999999999-01-01&to=%2B999999999-12-31", "officer", null)
                .getJsonNumber("total").longValue());
    }

    @Test
    void theEarliestDateIsNamedInBothLanguages() throws Exception {
        Http.Reply zh = http().call("POST", "matters", "registrar", registration("1999-12-31"));
        assertEquals("收到日期不能早于 2000-01-01。", zh.json().getJsonObject("fields").getString("receivedOn"));
        Http.Reply en = callEnglish(registration("1999-12-31"));
        assertEquals("The date received cannot be earlier than 2000-01-01.", en.json().getJsonObject("fields").getString("receivedOn"));
    }

    private Http.Reply callEnglish(String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/matters"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", "en").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return new Http.Reply(r.statusCode(), reader.readObject(), r.body());
        }
    }

    @Test
    void theFirstAndTheLastAllowedDaysComeBackExactlyAndTheirNumbersAreFound() throws Exception {
        for (LocalDate day : List.of(LocalDate.of(2000, 1, 1), today())) {
            JsonObject created = http().ok("POST", "matters", "registrar", registration(day.toString()));
            JsonObject summary = created.getJsonObject("summary");
            assertEquals(day.toString(), summary.getString("receivedOn"));
            String number = summary.getString("number");
            assertTrue(number.matches("331199-" + day.getYear() + "-\\d{6}"), number);
            JsonObject read = http().ok("GET", "matters/" + summary.getJsonNumber("id").longValue(), "officer", null);
            assertEquals(day.toString(), read.getJsonObject("summary").getString("receivedOn"), "read back from the database");
            JsonObject found = http().ok("GET", "matters?text=" + number, "officer", null);
            assertEquals(1, found.getJsonNumber("total").longValue(), number + " is found by its number");
            assertEquals(day.toString(), found.getJsonArray("items").getJsonObject(0).getString("receivedOn"));
        }
    }

    @Test
    void hearingAndAppealDatesAreCheckedAgainstTheMattersTimeline() throws Exception {
        JsonObject m = http().ok("POST", "matters", "registrar", registration(today().toString()));
        long id = m.getJsonObject("summary").getJsonNumber("id").longValue();
        m = http().ok("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        m = http().ok("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"FORWARD\",\"mainUnitId\":"
                + http().unitId("331199004") + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");

        // a hearing before the acceptance, or ending before it begins
        for (String[] days : List.of(new String[] {"1899-12-31", today().toString(), "hearingFrom"},
                new String[] {today().minusDays(1).toString(), today().toString(), "hearingFrom"},
                new String[] {"+999999999-12-31", "+999999999-12-31", "hearingFrom"},
                new String[] {today().plusDays(2).toString(), today().plusDays(1).toString(), "hearingTo"})) {
            Http.Reply r = http().call("POST", "matters/" + id + "/hearings", "lead1", "{\"from\":\"" + days[0] + "\",\"to\":\""
                    + days[1] + "\",\"place\":\"县信访局会议室\",\"participants\":\"信访人、承办人\",\"version\":" + Http.version(m) + "}");
            assertEquals(400, r.status(), String.join(" ", days) + ": " + r.body());
            assertTrue(r.json().getJsonObject("fields").containsKey(days[2]), r.body());
        }
        JsonObject unchanged = http().ok("GET", "matters/" + id, "officer", null);
        assertEquals(Http.version(m), Http.version(unchanged), "nothing recorded");
        m = http().ok("POST", "matters/" + id + "/hearings", "lead1", "{\"from\":\"" + today() + "\",\"to\":\"" + today()
                + "\",\"place\":\"县信访局会议室\",\"participants\":\"信访人、承办人\",\"version\":" + Http.version(m) + "}");

        m = http().ok("POST", "matters/" + id + "/reply", "clerk1", "{\"outcome\":\"REJECTED\",\"text\":\"经调查核实，所反映问题缺乏依据，不予支持。\",\"version\":"
                + Http.version(m) + "}");
        m = http().ok("POST", "matters/" + id + "/reply/approval", "lead1", "{\"version\":" + Http.version(m) + "}");

        // a review asked before the reply was issued (today)
        for (String day : List.of(today().minusDays(1).toString(), "1899-12-31", "-999999999-01-01")) {
            Http.Reply r = http().call("POST", "matters/" + id + "/appeals", "officer", "{\"stage\":\"REVIEW\",\"requestedOn\":\""
                    + day + "\",\"reason\":\"不服\",\"authorityName\":\"青州市人民政府\",\"version\":" + Http.version(m) + "}");
            assertEquals(400, r.status(), day + ": " + r.body());
            assertTrue(r.json().getJsonObject("fields").containsKey("requestedOn"), r.body());
        }
        m = http().ok("POST", "matters/" + id + "/appeals", "officer", "{\"stage\":\"REVIEW\",\"requestedOn\":\"" + today()
                + "\",\"reason\":\"不服\",\"authorityName\":\"青州市人民政府\",\"version\":" + Http.version(m) + "}");

        // the county decides the department's review itself: dated the day it is made, whatever is sent
        m = http().ok("POST", "matters/" + id + "/appeals/decision", "officer", "{\"outcome\":\"UPHELD\","
                + "\"opinion\":\"维持原处理意见。\",\"documentNumber\":\"青信复〔2026〕1号\",\"decidedOn\":\"" + today().minusDays(1)
                + "\",\"version\":" + Http.version(m) + "}");
        assertEquals(today().toString(), m.getJsonObject("followUp").getJsonArray("appeals").getJsonObject(0).getString("decidedOn"));

        // a re-review asked before the review was decided (today)
        for (String day : List.of(today().minusDays(1).toString(), "1899-12-31")) {
            Http.Reply r = http().call("POST", "matters/" + id + "/appeals", "officer", "{\"stage\":\"RE_REVIEW\",\"requestedOn\":\""
                    + day + "\",\"reason\":\"不服\",\"authorityName\":\"清江市人民政府\",\"version\":" + Http.version(m) + "}");
            assertEquals(400, r.status(), day + ": " + r.body());
            assertTrue(r.json().getJsonObject("fields").containsKey("requestedOn"), r.body());
        }
        m = http().ok("POST", "matters/" + id + "/appeals", "officer", "{\"stage\":\"RE_REVIEW\",\"requestedOn\":\"" + today()
                + "\",\"reason\":\"不服\",\"authorityName\":\"清江市人民政府\",\"version\":" + Http.version(m) + "}");

        // the city's decision received from above: not before the request, not in the future
        for (String day : List.of(today().minusDays(1).toString(), today().plusDays(1).toString(), "+999999999-12-31")) {
            Http.Reply r = http().call("POST", "matters/" + id + "/appeals/decision", "officer", "{\"outcome\":\"UPHELD\","
                    + "\"opinion\":\"维持复查意见。\",\"documentNumber\":\"清信复核〔2026〕1号\",\"decidedOn\":\"" + day
                    + "\",\"version\":" + Http.version(m) + "}");
            assertEquals(400, r.status(), day + ": " + r.body());
            assertTrue(r.json().getJsonObject("fields").containsKey("decidedOn"), r.body());
        }
        http().ok("POST", "matters/" + id + "/appeals/decision", "officer", "{\"outcome\":\"UPHELD\","
                + "\"opinion\":\"维持复查意见。\",\"documentNumber\":\"清信复核〔2026〕1号\",\"decidedOn\":\"" + today()
                + "\",\"version\":" + Http.version(m) + "}");
    }
}
