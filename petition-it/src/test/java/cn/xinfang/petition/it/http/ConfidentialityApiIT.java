package cn.xinfang.petition.it.http;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2022 Art 30 over the JSON API, as the demo county's accounts: an accusation against 青石镇
 * (clerk2's township), whose problem arose in the township's own village, reaches neither the
 * township's detail, list, search nor documents — before the bureau identifies it (it names only a
 * person) and after (it is routed to 住建局, clerk1's department, which works on it).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ConfidentialityApiIT {

    @ArquillianResource
    URL base;

    int pdfStatus(long id, String kind, String user) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/matters/" + id + "/documents/" + kind))
                .header("Accept", "application/pdf")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    void townshipSeesNothing(Http http, long id, String number, String name, String words) throws Exception {
        assertEquals(403, http.call("GET", "matters/" + id, "clerk2", null).status());
        for (String text : new String[] {number, name, words}) {
            Http.Reply list = http.call("GET", "matters?size=200&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8), "clerk2", null);
            assertEquals(200, list.status());
            assertFalse(list.body().contains("\"id\":" + id + ","), "clerk2 found it by " + text);
            assertFalse(list.body().contains(name), "the accuser's name in clerk2's list");
        }
        for (String doc : new String[] {"REGISTRATION_FORM", "TIMELINE", "FILE"}) {
            assertEquals(403, pdfStatus(id, doc, "clerk2"), doc);
        }
        assertEquals(403, http.call("GET", "matters/" + id + "/attachments", "clerk2", null).status());
        Http.Reply inbox = http.call("GET", "matters/inbox", "clerk2", null);
        assertFalse(inbox.body().contains(name));
    }

    @Test
    void theAccusedTownshipFindsNothingOfTheAccusationOnAnySurfaceOfTheApi() throws Exception {
        Http http = new Http(base);
        long village = http.unitId("331199102201");
        long township = http.unitId("331199102");
        long housing = http.unitId("331199004");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "检举人" + tag.substring(0, 2);
        String words = "检举青石镇副镇长" + tag + "挪用补贴";
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"%s","phone":"13612345678",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"%s",
                 "kind":"ACCUSATION","categoryCode":"0401","purpose":"ACCUSATION","accusedParty":"青石镇某副镇长"}"""
                .formatted(today, name, village, words);
        JsonObject created = http.ok("POST", "matters", "registrar", body);
        long id = created.getJsonObject("summary").getJsonNumber("id").longValue();
        String number = created.getJsonObject("summary").getString("number");
        assertFalse(created.getBoolean("accusedIdentified"));

        townshipSeesNothing(http, id, number, name, words);
        Http.Reply accept = http.call("POST", "matters/" + id + "/decision", "officer",
                "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(created) + "}");
        assertEquals(422, accept.status(), accept.body());
        assertTrue(accept.body().contains("被检举对象"), accept.body());

        JsonObject m = http.ok("POST", "matters/" + id + "/accused", "officer",
                "{\"accusedUnitId\":" + township + ",\"version\":" + Http.version(created) + "}");
        assertTrue(m.getBoolean("accusedIdentified"));
        assertEquals("青石镇", m.getString("accusedUnitName"));
        m = http.ok("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        Http.Reply toAccused = http.call("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":"
                + township + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");
        assertEquals(400, toAccused.status(), toAccused.body());
        m = http.ok("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + housing
                + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");

        townshipSeesNothing(http, id, number, name, words);
        assertEquals(name, http.ok("GET", "matters/" + id, "clerk1", null).getJsonObject("petitioner").getString("name"));
        assertEquals(200, pdfStatus(id, "FILE", "clerk1"));
        assertEquals(400, http.call("POST", "matters/" + id + "/accused", "officer", "{\"accusedUnitId\":" + housing
                + ",\"version\":" + Http.version(m) + "}").status(), "the unit handling it cannot be named accused");
        assertEquals(403, http.call("POST", "matters/" + id + "/accused", "lead1", "{\"accusedUnitId\":null,\"version\":"
                + Http.version(m) + "}").status());
    }
}
