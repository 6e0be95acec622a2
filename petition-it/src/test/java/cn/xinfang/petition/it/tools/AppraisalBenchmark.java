package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.appraisal.control.SchemeTemplates;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.Scoring;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark (not a timed test) of the year-end appraisal at a million matters (issue 13,
 * "Speed"): a full-year run of the county scheme — the 达川-shaped template plus 房山's three
 * resolution rates and the 复查复核 deductions, so every indicator source is read — for every unit
 * of each group of the generator's county, through the product's REST API on a server running on
 * the benchmark database: {@code POST /api/appraisal/schemes/{id}/runs}, then polling
 * {@code GET /api/appraisal/runs/{id}} until DONE. Reported per run: the wall time from the request
 * to DONE, the server's own startedAt → finishedAt, the units; target under 10 s for the county.
 *
 * <p>The generator's county has no accounts: the benchmark adds one appraiser ({@code appraiser}
 * setting, default {@code bench_appraiser}) to the county over JDBC, with the password and the role
 * of the demo account {@code appraiser} (start the server with {@code -Dpetition.demo=true}), and one
 * draft scheme per group and year, reused by later runs; nothing else is written but the runs and
 * their results. Settings ({@code benchmark.*} properties or name=value arguments): base
 * (http://127.0.0.1:8080/petition/), url (jdbc:postgresql://127.0.0.1:5432/petition_bench), user,
 * password, county (331100), appraiser (bench_appraiser), year (2025; the period is the year, the
 * cut-off the 10th of January after it), groups (DEPARTMENT,TOWNSHIP), iterations (3 per group),
 * out (petition-it/target/benchmark).
 */
public final class AppraisalBenchmark {

    private final Map<String, String> opt;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String authorization;

    private AppraisalBenchmark(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String k : List.of("base", "url", "user", "password", "county", "appraiser", "year", "groups", "iterations", "out")) {
            String v = System.getProperty("benchmark." + k);
            if (v != null && !v.isBlank()) {
                opt.put(k, v.strip());
            }
        }
        for (String a : args) {
            String s = a.startsWith("--") ? a.substring(2) : a;
            int eq = s.indexOf('=');
            opt.put(s.substring(0, eq), s.substring(eq + 1));
        }
        new AppraisalBenchmark(opt).run();
    }

    /** The county scheme: the template and 房山's rates and review deductions. */
    static List<ItemForm> scheme() {
        List<ItemForm> items = new ArrayList<>(SchemeTemplates.dachuan());
        items.add(ItemForm.of("F1", "初信初访化解率", ItemKind.INDICATOR, "firstResolution", Scoring.THRESHOLD_DEDUCTION, "7")
                .withThreshold("90", "7"));
        items.add(ItemForm.of("F2", "重信重访化解率", ItemKind.INDICATOR, "repeatResolution", Scoring.THRESHOLD_DEDUCTION, "7")
                .withThreshold("80", "7"));
        items.add(ItemForm.of("F3", "积案化解率", ItemKind.INDICATOR, "backlogResolution", Scoring.THRESHOLD_DEDUCTION, "6")
                .withThreshold("70", "6"));
        items.add(ItemForm.of("D1", "复查复核被撤销或变更", ItemKind.DEDUCTION, "reviewsOverturned", Scoring.PER_EVENT, "0")
                .withPerEvent("20", null));
        items.add(ItemForm.of("D2", "复查复核责令重新办理", ItemKind.DEDUCTION, "reviewsRedo", Scoring.PER_EVENT, "0")
                .withPerEvent("10", null));
        items.add(ItemForm.of("D3", "越级进京访", ItemKind.DEDUCTION, "beijingBatches", Scoring.PER_EVENT, "0").withPerEvent("5", "30"));
        return items;
    }

    /** A record as JSON (strings, numbers, enums, nulls): the request bodies. */
    static String json(Record r) {
        StringBuilder b = new StringBuilder("{");
        try {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(r);
                if (v == null) {
                    continue;
                }
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append('"').append(c.getName()).append("\":");
                b.append(v instanceof BigDecimal || v instanceof Number || v instanceof Boolean ? v.toString()
                        : '"' + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return b.append('}').toString();
    }

    private String base() {
        String b = opt.getOrDefault("base", "http://127.0.0.1:8080/petition/");
        return b.endsWith("/") ? b : b + "/";
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "api/" + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Authorization", authorization);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The county's appraiser: added once, with the demo appraiser's password hash and roles. */
    private void appraiser(Connection con, String county, String name) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT 1 FROM app_user WHERE username = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        long id;
        try (PreparedStatement ps = con.prepareStatement("SELECT nextval('app_user_seq')"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO app_user (id, username, display_name, unit_id, password_hash,"
                + " password_changed_at, must_change_password, enabled, failed_logins, version)"
                + " SELECT ?, ?, '考核基准测试', (SELECT id FROM unit WHERE code = ?), password_hash, now(), FALSE, TRUE, 0, 0"
                + " FROM app_user WHERE username = 'appraiser'")) {
            ps.setLong(1, id);
            ps.setString(2, name);
            ps.setString(3, county);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("no demo account 'appraiser' to copy (start the server with -Dpetition.demo=true)"
                        + " or no unit " + county);
            }
        }
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO app_user_role (user_id, role_name) SELECT ?, role_name"
                + " FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'appraiser')")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** A top-level field of a JSON object as text (null when missing or null). */
    private static String field(String json, String name) {
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonObject o = r.readObject();
            if (!o.containsKey(name) || o.isNull(name)) {
                return null;
            }
            jakarta.json.JsonValue v = o.get(name);
            return v instanceof jakarta.json.JsonString str ? str.getString() : v.toString();
        }
    }

    /** The draft scheme of the county for the year and group: found, or created. */
    private long scheme(int year, String group) throws Exception {
        HttpResponse<String> list = send("GET", "appraisal/schemes", null);
        if (list.statusCode() != 200) {
            throw new IllegalStateException("schemes: " + list.statusCode() + " " + list.body());
        }
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(list.body()))) {
            for (jakarta.json.JsonObject o : r.readArray().getValuesAs(jakarta.json.JsonObject.class)) {
                if (o.getInt("year") == year && o.getString("group").equals(group)) {
                    return o.getJsonNumber("id").longValue();
                }
            }
        }
        String items = String.join(",", scheme().stream().map(AppraisalBenchmark::json).toList());
        HttpResponse<String> created = send("POST", "appraisal/schemes", "{\"year\":" + year + ",\"group\":\"" + group
                + "\",\"weight\":10,\"objectionDays\":7,\"items\":[" + items + "]}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("scheme: " + created.statusCode() + " " + created.body());
        }
        return Long.parseLong(field(created.body(), "id"));
    }

    private void run() throws Exception {
        String county = opt.getOrDefault("county", "331100");
        String name = opt.getOrDefault("appraiser", "bench_appraiser");
        int year = Integer.parseInt(opt.getOrDefault("year", "2025"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "3"));
        try (Connection con = DriverManager.getConnection(opt.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/petition_bench"),
                opt.getOrDefault("user", "postgres"), opt.getOrDefault("password", "postgres"))) {
            appraiser(con, county, name);
        }
        authorization = "Basic " + Base64.getEncoder().encodeToString((name + ":demo").getBytes(StandardCharsets.UTF_8));
        StringBuilder md = new StringBuilder();
        md.append("county ").append(county).append(", year ").append(year).append(" (cut-off ").append(year + 1)
                .append("-01-10), scheme items: ").append(scheme().size()).append("\n\n");
        md.append("| group | run | units | wall s (request → DONE) | server s (started → finished) |\n| --- | --- | ---: | ---: | ---: |\n");
        for (String group : opt.getOrDefault("groups", "DEPARTMENT,TOWNSHIP").split(",")) {
            long scheme = scheme(year, group.strip());
            for (int i = 1; i <= iterations; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> started = send("POST", "appraisal/schemes/" + scheme + "/runs",
                        "{\"from\":\"" + year + "-01-01\",\"to\":\"" + year + "-12-31\",\"cutOff\":\"" + (year + 1) + "-01-10\"}");
                if (started.statusCode() != 202) {
                    throw new IllegalStateException("run: " + started.statusCode() + " " + started.body());
                }
                String id = field(started.body(), "id");
                String body = started.body();
                while (!List.of("DONE", "FAILED").contains(field(body, "status"))) {
                    Thread.sleep(100);
                    body = send("GET", "appraisal/runs/" + id, null).body();
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                if ("FAILED".equals(field(body, "status"))) {
                    throw new IllegalStateException("run " + id + " failed: " + field(body, "failure"));
                }
                double server = Duration.between(Instant.parse(field(body, "startedAt")), Instant.parse(field(body, "finishedAt")))
                        .toMillis() / 1000.0;
                String line = String.format("| %s | %s | %s | %.2f | %.2f |%n", group, id, field(body, "unitsTotal"), wall, server);
                System.out.print(line);
                md.append(line);
            }
        }
        Path out = Path.of(opt.getOrDefault("out", "petition-it/target/benchmark"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("appraisal.md"), md.toString());
        System.out.println(md);
    }
}
