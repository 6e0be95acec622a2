package cn.xinfang.petition.it.http;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/statistics/summary: the shape of the answer, and a 400 naming the field for bad input. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StatisticsApiIT {

    @ArquillianResource
    URL base;

    @Test
    void summaryAndItsBadRequests() throws Exception {
        Http http = new Http(base);
        JsonObject s = http.ok("GET", "statistics/summary?from=2024-02-01&to=2024-02-29", "officer", null);
        assertEquals("2023-02-01", s.getString("previousFrom"));
        assertEquals("2023-02-28", s.getString("previousTo"));
        assertEquals("2024-02-29", s.getString("asOf"));
        JsonObject received = s.getJsonObject("figures").getJsonObject("received");
        long outcomes = 0;
        for (String k : new String[] {"accepted", "refused", "statutory", "forwarded", "undecided"}) {
            outcomes += s.getJsonObject("figures").getJsonObject(k).getJsonNumber("value").longValue();
        }
        assertEquals(received.getJsonNumber("value").longValue(), outcomes, "the five outcomes add up to received");
        assertTrue(s.getJsonObject("labels").getJsonObject("received").getString("label").contains("信访总量"));

        field(http, "statistics/summary?from=2024-13-01&to=2024-12-31", "from");
        field(http, "statistics/summary?from=2024-06-01&to=2024-01-01", "to");
        field(http, "statistics/summary?from=2010-01-01&to=2024-12-31", "to");
        field(http, "statistics/summary?from=2024-01-01&to=2024-12-31&asOf=2024-x", "asOf");
        field(http, "statistics/summary?from=2024-01-01&to=2024-12-31&unit=999999999", "unit");
        field(http, "statistics/summary?to=2024-12-31", "from");
    }

    /** The generated text and both documents answer for the demo county's officer; a bad period is a 400 there too. */
    @Test
    void textAndDocuments() throws Exception {
        Http http = new Http(base);
        JsonObject text = http.ok("GET", "statistics/text?from=2024-01-01&to=2024-06-30", "officer", null);
        assertTrue(text.getJsonArray("summary").getString(0).startsWith("2024年上半年"), text.toString());
        assertTrue(text.getJsonArray("bulletin").getString(0).startsWith("2024年上半年，共受理群众来信来访"), text.toString());
        field(http, "statistics/text?from=2024-06-01&to=2024-01-01", "to");
        field(http, "statistics/report.xlsx?from=2024-01-01", "to");
    }

    /** A refused review request is recorded only for a replied matter, with its fields named when missing. */
    @Test
    void appealRefusalsNeedAReplyAndTheirFields() throws Exception {
        Http http = new Http(base);
        long place = http.unitId("331199102201");
        String idNumber = cn.xinfang.petition.casehandling.entity.IdNumber.withCheckCharacter("331182199001"
                + String.format("%02d", new java.util.Random().nextInt(28) + 1) + String.format("%03d", new java.util.Random().nextInt(1000)));
        JsonObject m = http.ok("POST", "matters", "registrar", """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"统计某","idNumber":"%s","phone":"13600000000",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"反映问题。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), idNumber, place));
        long id = m.getJsonObject("summary").getJsonNumber("id").longValue();
        long version = Http.version(m);
        Http.Reply notReplied = http.call("POST", "matters/" + id + "/appeal-refusals", "officer",
                "{\"stage\":\"REVIEW\",\"requestedOn\":\"2024-01-01\",\"requestReason\":\"不服\",\"reason\":\"逾期\","
                        + "\"noticeNumber\":\"1号\",\"version\":" + version + "}");
        assertEquals(409, notReplied.status(), notReplied.body());
        Http.Reply noStage = http.call("POST", "matters/" + id + "/appeal-refusals", "officer", "{\"version\":" + version + "}");
        assertEquals(400, noStage.status(), noStage.body());
        assertTrue(noStage.json().getJsonObject("fields").containsKey("stage"), noStage.body());
        assertEquals(403, http.call("POST", "matters/" + id + "/appeal-refusals", "registrar",
                "{\"stage\":\"REVIEW\",\"version\":" + version + "}").status(), "only the case officer records it");
        assertEquals(0, http.call("GET", "matters/" + id + "/appeal-refusals", "officer", null).body().replaceAll("\\s", "")
                .replace("[]", "").length(), "nothing was recorded");
    }

    private static void field(Http http, String path, String field) throws Exception {
        Http.Reply r = http.call("GET", path, "officer", null);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertTrue(r.json().getJsonObject("fields").containsKey(field), path + " names " + field + ": " + r.body());
    }
}
