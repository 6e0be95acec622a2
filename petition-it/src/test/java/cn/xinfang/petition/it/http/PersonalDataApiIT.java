package cn.xinfang.petition.it.http;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data out of URLs (issue 9, item 8): the repeat check and the search by ID number or
 * phone are POSTs with the criteria in the body; a GET carrying one is refused with the way to
 * the POST; and after the run the test server's access log (config/cli/test-access-log.cli, the
 * whole request line with its query string) holds none of the ID numbers and phones used.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PersonalDataApiIT {

    @ArquillianResource
    URL base;

    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return IdNumber.withCheckCharacter("331182" + (1950 + r.nextInt(50)) + String.format("%02d", 1 + r.nextInt(12))
                + String.format("%02d", 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000)));
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void lookUpsByIdNumberOrPhoneArePostsAndNoneReachesTheAccessLog() throws Exception {
        Http http = new Http(base);
        long place = http.unitId("331199102201");
        String id = idNumber();
        String phone = phone();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject registered = http.ok("POST", "matters", "registrar", """
                {"channelCode":"HOTLINE_12345","receivedOn":"%s","petitionerName":"冯某","idNumber":"%s","phone":"%s",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"路面塌陷无人修。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(today, id, phone, place));
        String number = registered.getJsonObject("summary").getString("number");

        // the repeat check, by ID number and by name and phone, in the body
        JsonObject byId = http.ok("POST", "matters/earlier", "registrar", "{\"idNumber\":\"" + id + "\"}");
        assertEquals(number, byId.getJsonArray("matters").getJsonObject(0).getString("number"), byId.toString());
        JsonObject byPhone = http.ok("POST", "matters/earlier", "registrar", "{\"name\":\"冯某\",\"phone\":\"" + phone + "\"}");
        assertEquals(number, byPhone.getJsonArray("matters").getJsonObject(0).getString("number"), byPhone.toString());

        // the search box's text read as an ID number or a phone, in the body
        JsonObject searchId = http.ok("POST", "matters/search", "officer", "{\"text\":\"" + id + "\"}");
        assertEquals(1, searchId.getJsonNumber("total").longValue(), searchId.toString());
        assertEquals(number, searchId.getJsonArray("items").getJsonObject(0).getString("number"));
        JsonObject searchPhone = http.ok("POST", "matters/search", "officer", "{\"text\":\"" + phone + "\",\"size\":5}");
        assertTrue(searchPhone.toString().contains(number), searchPhone.toString());
        assertEquals(400, http.call("POST", "matters/search", "officer", "{\"text\":\"x\",\"from\":\"2025-13-01\"}").status());
        assertEquals(422, http.call("POST", "matters/search", "officer", null).status()); // api.bodyRequired, as everywhere
        // what is no personal data stays a GET
        JsonObject byNumber = http.ok("GET", "matters?text=" + number, "officer", null);
        assertEquals(1, byNumber.getJsonNumber("total").longValue());

        // the citizen's side: ID number and phone only in the body
        String citizenId = idNumber();
        String citizenPhone = phone();
        Http.Reply submitted = http.call("POST", "public/submissions", null, """
                {"name":"蒋某","idNumber":"%s","phone":"%s","problemPlaceId":%d,"kind":"GRIEVANCE","categoryCode":"1402",
                 "purpose":"DEMAND","content":"噪音扰民。","declaration":true}""".formatted(citizenId, citizenPhone, place));
        assertEquals(201, submitted.status(), submitted.body());

        // a GET carrying one is refused (400) with the way to the POST. These probe values belong to
        // nobody; they must show up in the access log, which proves the log keeps query strings
        String probeId = idNumber();
        String probePhone = phone();
        Http.Reply getId = http.call("GET", "matters?text=" + probeId, "officer", null);
        assertEquals(400, getId.status(), getId.body());
        assertTrue(getId.json().getString("message").contains("POST /petition/api/matters/search"), getId.body());
        assertTrue(getId.json().getJsonObject("fields").containsKey("text"));
        Http.Reply getPhone = http.call("GET", "matters?text=" + probePhone, "officer", null);
        assertEquals(400, getPhone.status(), getPhone.body());
        Http.Reply getEarlier = http.call("GET", "matters/earlier?idNumber=" + probeId, "registrar", null);
        assertEquals(400, getEarlier.status(), getEarlier.body());
        assertTrue(getEarlier.json().getString("message").contains("POST /petition/api/matters/earlier"), getEarlier.body());
        assertEquals(400, http.call("GET", "matters/earlier?name=x&phone=" + probePhone, "registrar", null).status());

        String marker = UUID.randomUUID().toString();
        http.call("GET", "units?marker=" + marker, "officer", null);
        String log = accessLogContaining(marker);
        assertTrue(log.contains(probeId) && log.contains(probePhone), "the access log keeps query strings");
        for (String personal : List.of(id, phone, citizenId, citizenPhone)) {
            assertFalse(log.contains(personal), personal + " is in the access log");
        }
    }

    /** The test server's access log once it holds {@code marker} (Undertow writes it in the background). */
    static String accessLogContaining(String marker) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        for (int i = 0; i < 100; i++) {
            StringBuilder all = new StringBuilder();
            List<Path> logs = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().startsWith("access")).forEach(logs::add);
            }
            for (Path f : logs) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            if (all.indexOf(marker) >= 0) {
                return all.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log with " + marker + " in " + dir);
    }
}
