package cn.xinfang.petition.it.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small JSON client for the tests: the demo users' password is "demo". */
public final class Http {

    public record Reply(int status, JsonObject json, String body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URL base;

    public Http(URL base) {
        this.base = base;
    }

    public Reply call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = null;
        if (r.body().startsWith("{")) {
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                json = reader.readObject();
            }
        }
        if (r.body().contains("\tat ") || r.body().contains("Exception")) {
            throw new AssertionError("stack trace in the answer: " + r.body());
        }
        return new Reply(r.statusCode(), json, r.body());
    }

    public JsonObject ok(String method, String path, String user, String body) throws Exception {
        Reply r = call(method, path, user, body);
        if (r.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " → " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** The id of a unit of the demo county by its code, from the unit directory. */
    public long unitId(String code) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/units")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8))).build();
        String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(u -> u.getString("code").equals(code)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
    }

    /** The staff steps from an online submission to an issued reply, over the API: officer, clerk1, lead1. */
    public JsonObject handleToReply(String number) throws Exception {
        Reply list = call("GET", "matters?text=" + number, "officer", null);
        long id = Long.parseLong(list.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        JsonObject m = ok("GET", "matters/" + id, "officer", null);
        m = ok("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + version(m) + "}");
        m = ok("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"FORWARD\",\"mainUnitId\":" + unitId("331199004")
                + ",\"coUnitIds\":[],\"version\":" + version(m) + "}");
        m = ok("POST", "matters/" + id + "/reply", "clerk1", "{\"outcome\":\"REJECTED\",\"text\":\"经调查核实，所反映问题缺乏依据，不予支持。\",\"version\":" + version(m) + "}");
        return ok("POST", "matters/" + id + "/reply/approval", "lead1", "{\"version\":" + version(m) + "}");
    }

    /** A matter routed to 县住房和城乡建设局 replied by clerk1 and the reply approved by lead1, over the API. */
    public JsonObject replyAndApprove(long id) throws Exception {
        JsonObject m = ok("GET", "matters/" + id, "officer", null);
        m = ok("POST", "matters/" + id + "/reply", "clerk1", "{\"outcome\":\"REJECTED\",\"text\":\"经调查核实，所反映问题缺乏依据，不予支持。\",\"version\":" + version(m) + "}");
        return ok("POST", "matters/" + id + "/reply/approval", "lead1", "{\"version\":" + version(m) + "}");
    }

    public static long version(JsonObject matter) {
        return matter.getJsonNumber("version").longValue();
    }
}
