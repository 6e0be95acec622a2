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
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code tables a client needs to register anything, and a channel the administrator adds, over HTTP. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CodeTablesApiIT {

    @ArquillianResource
    URL base;

    static JsonArray array(Http.Reply r) {
        assertEquals(200, r.status(), r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void channelsAndCategoriesAreListedActiveAndInactiveAndANewChannelRegistersAMatter() throws Exception {
        Http http = new Http(base);
        JsonArray channels = array(http.call("GET", "channels", "registrar", null));
        assertTrue(channels.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("code").equals("HOTLINE_12345")
                && c.getString("group").equals("CALL") && c.containsKey("active")));
        JsonArray categories = array(http.call("GET", "categories", "clerk1", null));
        assertTrue(categories.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("code").equals("1402")
                && c.getString("parentCode").equals("14")));
        assertEquals(401, http.call("GET", "channels", null, null).status());

        String code = "API_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String body = "{\"code\":\"" + code + "\",\"name\":\"网格员上报" + code.substring(4) + "\",\"group\":\"VISIT\",\"transfer\":false}";
        assertEquals(403, http.call("POST", "channels", "officer", body).status());
        Http.Reply created = http.call("POST", "channels", "admin", body);
        assertEquals(201, created.status(), created.body());
        assertEquals(code, created.json().getString("code"));
        Http.Reply again = http.call("POST", "channels", "admin", body);
        assertEquals(400, again.status(), again.body());
        assertTrue(again.json().getJsonObject("fields").containsKey("code"), again.body());
        assertEquals(400, http.call("POST", "channels", "admin", "{\"code\":\"x\",\"name\":\"坏\",\"group\":\"VISIT\"}").status());

        assertTrue(array(http.call("GET", "channels", "registrar", null)).getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("code").equals(code) && c.getBoolean("active")));
        long place = http.unitId("331199102201");
        String registration = MattersApiIT.registration(MattersApiIT.idNumber(), "").replace("HOTLINE_12345", code)
                .replace("%PLACE%", "" + place);
        JsonObject matter = http.ok("POST", "matters", "registrar", registration);
        assertTrue(matter.getJsonObject("summary").getString("channelName").startsWith("网格员上报"), matter.toString());
        assertEquals("VISIT", matter.getJsonObject("summary").getString("channelGroup"));
    }
}
