package cn.xinfang.petition.it.http;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's side and the appeal chain over HTTP (no account for /api/public). */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    @ArquillianResource
    URL base;

    static String submission(String idNumber, String content, String earlier, boolean declaration) {
        return """
                {"name":"郑某","idNumber":"%s","phone":"13700001111","problemPlaceId":%s,"kind":"GRIEVANCE","categoryCode":"1402",
                 "purpose":"DEMAND","content":"%s","earlierNumber":%s,"declaration":%s}"""
                .formatted(idNumber, "%PLACE%", content, earlier == null ? "null" : "\"" + earlier + "\"", declaration);
    }

    @Test
    void submitLookUpRateAndAppealToTerminationOverHttp() throws Exception {
        Http http = new Http(base);
        long place = http.unitId("331199102201");
        String id = MattersApiIT.idNumber();

        // bad input: nothing stored, clear messages, no trace
        Http.Reply noDeclaration = http.call("POST", "public/submissions", null, submission(id, "内容", null, false).replace("%PLACE%", "" + place));
        assertEquals(400, noDeclaration.status(), noDeclaration.body());
        assertTrue(noDeclaration.json().getJsonObject("fields").containsKey("declaration"));
        Http.Reply tooLong = http.call("POST", "public/submissions", null, submission(id, "长".repeat(6000), null, true).replace("%PLACE%", "" + place));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.json().getJsonObject("fields").containsKey("content"), tooLong.body());
        assertEquals(400, http.call("POST", "public/submissions", null, "{not json").status());
        Http.Reply badId = http.call("POST", "public/submissions", null, submission("110105194912310022", "内容", null, true).replace("%PLACE%", "" + place));
        assertEquals(400, badId.status(), badId.body());

        Http.Reply created = http.call("POST", "public/submissions", null, submission(id, "小区物业乱收费，要求清退。", null, true).replace("%PLACE%", "" + place));
        assertEquals(201, created.status(), created.body());
        String number = created.json().getString("number");
        String code = created.json().getString("lookupCode");

        // wrong codes and unknown numbers get the same answer
        Http.Reply wrong = http.call("POST", "public/lookup", null, "{\"number\":\"" + number + "\",\"code\":\"AAAAAAAA\"}");
        Http.Reply unknown = http.call("POST", "public/lookup", null, "{\"number\":\"331199-1999-999999\",\"code\":\"AAAAAAAA\"}");
        assertEquals(422, wrong.status());
        assertEquals(wrong.json().getString("message"), unknown.json().getString("message"));
        assertFalse(wrong.body().contains("郑"), "nothing of the matter in a refusal");

        JsonObject replied = http.handleToReply(number);
        long mid = replied.getJsonObject("summary").getJsonNumber("id").longValue();
        JsonObject seen = http.ok("POST", "public/lookup", null, "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}");
        assertEquals("REPLIED", seen.getString("state"));
        assertFalse(seen.toString().contains("clerk1") || seen.toString().contains("lead1"), seen.toString());
        JsonObject rated = http.ok("POST", "public/evaluation", null, "{\"number\":\"" + number + "\",\"code\":\"" + code
                + "\",\"rating\":\"DISSATISFIED\",\"comment\":\"不满意\"}");
        assertEquals("DISSATISFIED", rated.getString("rating"));
        Http.Reply pdf = http.call("POST", "public/documents", null, "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"kind\":\"OPINION\"}");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertEquals(422, http.call("POST", "public/documents", null, "{\"number\":\"" + number + "\",\"code\":\"" + code + "\",\"kind\":\"TIMELINE\"}").status());

        // review at the city (recorded here), re-review at the province (recorded): terminated
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject m = http.ok("GET", "matters/" + mid, "officer", null);
        assertEquals(403, http.call("POST", "matters/" + mid + "/appeals", "clerk1", "{\"stage\":\"REVIEW\",\"requestedOn\":\"" + today
                + "\",\"reason\":\"不服\",\"authorityName\":\"清江市住建局\",\"version\":" + Http.version(m) + "}").status());
        m = http.ok("POST", "matters/" + mid + "/appeals", "officer", "{\"stage\":\"REVIEW\",\"requestedOn\":\"" + today
                + "\",\"reason\":\"不服处理意见\",\"authorityName\":\"清江市住房和城乡建设局\",\"version\":" + Http.version(m) + "}");
        assertEquals("UNDER_REVIEW", m.getJsonObject("summary").getString("state"));
        m = http.ok("POST", "matters/" + mid + "/appeals/decision", "officer", "{\"outcome\":\"UPHELD\",\"opinion\":\"维持。\","
                + "\"documentNumber\":\"清建复〔2026〕3号\",\"decidedOn\":\"" + today + "\",\"version\":" + Http.version(m) + "}");
        assertEquals("REVIEWED", m.getJsonObject("summary").getString("state"));
        m = http.ok("POST", "matters/" + mid + "/appeals", "officer", "{\"stage\":\"RE_REVIEW\",\"requestedOn\":\"" + today
                + "\",\"reason\":\"仍不服\",\"authorityName\":\"浙东省住房和城乡建设厅\",\"version\":" + Http.version(m) + "}");
        Http.Reply stale = http.call("POST", "matters/" + mid + "/termination", "officer", "{\"version\":0}");
        assertEquals(409, stale.status());
        m = http.ok("POST", "matters/" + mid + "/appeals/decision", "officer", "{\"outcome\":\"UPHELD\",\"opinion\":\"维持复查意见。\","
                + "\"documentNumber\":\"浙建复核〔2026〕1号\",\"decidedOn\":\"" + today + "\",\"version\":" + Http.version(m) + "}");
        assertEquals("TERMINATED", m.getJsonObject("summary").getString("state"));

        // the same facts again: refused with the terminated matter named, nothing stored
        Http.Reply again = http.call("POST", "public/submissions", null, submission(id, "再次反映物业收费。", number, true).replace("%PLACE%", "" + place));
        assertEquals(400, again.status(), again.body());
        assertTrue(again.json().getJsonObject("fields").getString("earlierNumber").contains(number), again.body());
    }
}
