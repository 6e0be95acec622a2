package cn.xinfang.petition.it;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing in the build (issue 14): malformed requests generated from the OpenAPI document, for every
 * operation in it — path and query parameters of the wrong type, size, encoding, date, enum or number,
 * JSON bodies with every property replaced by a hostile value or left out, broken and deeply nested
 * payloads, wrong and malformed headers, crafted files for the attachment upload — sent by the
 * registrar's and the officer's API tokens and anonymously. Passes when no answer is a 5xx, no
 * answer carries a stack trace or a class name, and the database holds no partial rows afterwards
 * (every matter created is one a 2xx answer reported, no matter without its timeline, no attachment
 * without its bytes, no petitioner without a matter). Runs inside the server only to count rows
 * through the datasource; the requests go over HTTP like any client's. The figures go to
 * target/api-fuzz.txt (docs/reliability.md quotes them).
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    /** At least this many requests (issue 14). */
    static final int MINIMUM = 10_000;

    /**
     * At most this many, drawn from all that were generated ({@code -Dfuzz.requests=N}, all of them with a
     * large N): CI's default is the minimum, about a minute of requests on H2 on two cores.
     */
    static final int BUDGET = Math.max(MINIMUM, Integer.getInteger("fuzz.requests", MINIMUM));

    /** Parallel clients ({@code -Dfuzz.clients=N}): enough to keep the server's worker threads busy. */
    static final int CLIENTS = Math.max(1, Integer.getInteger("fuzz.clients", 12));

    static final Pattern LEAK = Pattern.compile("(?i)(exception|\\tat |\\bjava\\.|\\bjakarta\\.|org\\.hibernate|org\\.jboss|"
            + "cn\\.xinfang|org\\.postgresql|org\\.h2|stack ?trace|sqlstate|\\.java:\\d)");

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource ds;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(14);
    private String base;
    private JsonObject schemas;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private long matterId;
    private long attachmentId;

    record Probe(String op, String method, String path, Map<String, String> headers, byte[] body) {
    }

    record Outcome(Probe probe, int status, String body) {
    }

    @Test
    void everyOperationWithMalformedInputAnswersWithoutA5xxALeakOrAPartialRow() throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        base = "http://127.0.0.1:" + (8080 + offset) + "/petition/";
        JsonObject spec = json(send(new Probe("spec", "GET", "openapi?format=JSON", Map.of("Accept", "application/json"), null)).body());
        schemas = spec.getJsonObject("components").getJsonObject("schemas");
        long setUpStarted = System.nanoTime();
        setUp();
        long generationStarted = System.nanoTime();

        List<Probe> probes = new ArrayList<>();
        JsonObject paths = spec.getJsonObject("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                operations++;
                probes.addAll(probesOf(method.toUpperCase(Locale.ROOT), path.replaceFirst("^/petition/", ""), item,
                        item.getJsonObject(method)));
            }
        }
        probes.addAll(craftedFiles());
        Collections.shuffle(probes, random);
        int generated = probes.size();
        // CI's time: a fixed sample of what was generated (the seed is fixed, so every run sends the same requests)
        if (probes.size() > BUDGET) {
            probes = new ArrayList<>(probes.subList(0, BUDGET));
        }
        assertTrue(probes.size() >= MINIMUM, probes.size() + " requests generated");

        double setUpSeconds = (generationStarted - setUpStarted) / 1e9;
        double generationSeconds = (System.nanoTime() - generationStarted) / 1e9;
        Map<String, Long> before = rowCounts();
        long orphansBefore = orphans();
        long started = System.nanoTime();
        List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> nanosByOperation = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe p : probes) {
                running.add(pool.submit(() -> {
                    Outcome o;
                    long sent = System.nanoTime();
                    try {
                        o = send(p);
                    } catch (Exception e) {
                        o = new Outcome(p, -1, String.valueOf(e));
                    }
                    nanosByOperation.computeIfAbsent(p.op(), k -> new LongAdder()).add(System.nanoTime() - sent);
                    statuses.computeIfAbsent(o.status(), s -> new LongAdder()).increment();
                    if (o.status() >= 500 || o.status() < 0 || leaks(o)) {
                        failures.add(o);
                    }
                    if (o.status() / 100 == 2 && p.method().equals("POST")
                            && (p.path().equals("api/matters") || p.path().equals("api/public/submissions"))) {
                        created.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> after = rowCounts();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "ApiFuzzIT: %d requests (drawn from %d generated) over %d operations in %.0f s (%.0f/s)%n",
                probes.size(), generated, operations, seconds, probes.size() / seconds));
        report.append(String.format(Locale.ROOT, "set-up %.1f s, generation %.1f s, %d clients%n", setUpSeconds, generationSeconds, CLIENTS));
        report.append("slowest operations (seconds of answer time summed over their requests): ");
        nanosByOperation.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(8)
                .forEach(e -> report.append(String.format(Locale.ROOT, "%s %.1f; ", e.getKey(), e.getValue().sum() / 1e9)));
        report.append('\n');
        report.append("statuses: ").append(new TreeMap<>(statuses)).append('\n');
        report.append("5xx or leaking answers: ").append(failures.size()).append('\n');
        report.append("matters created by 2xx answers: ").append(created.get()).append(", matter rows added: ")
                .append(after.get("matter") - before.get("matter")).append('\n');
        report.append("orphan rows before/after: ").append(orphansBefore).append('/').append(orphans()).append('\n');
        for (Outcome f : failures.subList(0, Math.min(40, failures.size()))) {
            report.append(f.status()).append(' ').append(f.probe().method()).append(' ').append(f.probe().path()).append(' ')
                    .append(f.probe().headers()).append(' ')
                    .append(f.probe().body() == null ? "" : abbreviate(new String(f.probe().body(), StandardCharsets.UTF_8), 200))
                    .append("\n   → ").append(abbreviate(f.body(), 400)).append('\n');
        }
        String text = report.toString();
        System.out.println(text);
        Path out = Path.of(System.getProperty("jboss.server.log.dir")).resolve("api-fuzz.txt");
        Files.writeString(out, text);

        assertTrue(failures.isEmpty(), text);
        assertEquals(orphansBefore, orphans(), "partial rows:\n" + text);
        assertEquals(created.get(), after.get("matter") - before.get("matter"), "matters created without a 2xx answer:\n" + text);
    }

    // ---------------------------------------------------------------- the fixtures

    private void setUp() throws Exception {
        for (String[] t : new String[][] {{"registrar", "REGISTRAR"}, {"officer", "OFFICER"}}) {
            Outcome o = send(new Probe("token", "POST", "api/tokens", Map.of("Content-Type", "application/json",
                    "Authorization", basic("admin")), ("{\"name\":\"fuzz " + t[0] + " " + System.nanoTime() + "\",\"username\":\""
                    + t[0] + "\",\"roles\":[\"" + t[1] + "\"]}").getBytes(StandardCharsets.UTF_8)));
            assertEquals(201, o.status(), o.body());
            tokens.put(t[0], "Bearer " + json(o.body()).getString("token"));
        }
        JsonArray units = Json.createReader(new StringReader(send(new Probe("units", "GET", "api/units",
                Map.of("Authorization", tokens.get("officer"), "Accept", "application/json"), null)).body())).readArray();
        long place = units.getValuesAs(JsonObject.class).stream().filter(u -> u.getString("code", "").equals("331199102201"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Outcome m = send(new Probe("matter", "POST", "api/matters", Map.of("Content-Type", "application/json",
                "Authorization", tokens.get("registrar")), ("""
                {"channelCode":"HOTLINE_12345","receivedOn":"%s","petitionerName":"模糊测试","phone":"13600000000",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"模糊测试的事项。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""").formatted(today(), place)
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, m.status(), m.body());
        matterId = json(m.body()).getJsonObject("summary").getJsonNumber("id").longValue();
        Outcome a = send(new Probe("attachment", "POST", "api/matters/" + matterId + "/attachments?kind=EVIDENCE&name=a.png",
                Map.of("Content-Type", "application/octet-stream", "Authorization", tokens.get("registrar")), Samples.png(8, 8)));
        assertEquals(201, a.status(), a.body());
        attachmentId = json(a.body()).getJsonNumber("id").longValue();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- the generator

    static final List<String> INTEGERS = List.of("0", "-1", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999", "1.5", "1e3", "0x10", "abc", "", "%20", "%00", "NaN",
            "Infinity", "1%2F2", "%E2%80%AE1", "%F0%9F%98%80", "%FF%FE", "..%2F..%2Fetc%2Fpasswd");
    static final List<String> DATES = List.of("2025-13-01", "2025-02-30", "%2B999999999-12-31", "-999999999-01-01",
            "0000-00-00", "0001-01-01", "1899-12-31", "9999-12-31", "2025-1-1", "20250101", "today", "2025-01-01T00:00:00Z",
            "%00", "", "2025-01-01%27%20OR%201%3D1--", "2025-01-01&from=2025-01-02");
    static final List<String> STRINGS = List.of("", "%00", "%1B%5B31m", "%E2%80%AE", "%FF%FE%FD", "%C0%AF", "%F0%9F%98%80",
            "%27%20OR%201%3D1--", "%25", "_", "%5C", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2F", "NULL", "%0D%0ASet-Cookie:%20x=1",
            "x".repeat(5000), "%E4%B8%AD".repeat(300));
    static final List<String> BOOLEANS = List.of("yes", "", "TRUE", "1", "null", "%00", "truee");

    /** Values for a JSON property, whatever its type: every one is replaced in turn. */
    static final List<String> JSON_VALUES = List.of("null", "true", "0", "-1", "1.5", "1e309", "-1e309", "9223372036854775808",
            "123456789012345678901234567890", "\"\"", "\" \"", "\"" + "x".repeat(20_000) + "\"", "\"\\u0000\"", "\"a\\u001bb\"",
            "\"\\u202e反转\"", "\"😀👍\"", "\"\\ud800\"", "[]", "[null]", "{}", "{\"a\":1}", "\"2025-13-01\"", "\"+999999999-12-31\"",
            "\"-999999999-01-01\"", "\"1899-12-31\"", "\"9999-12-31\"", "\"NOT_AN_ENUM\"", "\"registered\"", "\"' OR 1=1 --\"",
            "\"<script>alert(1)</script>\"", "\"%s%n%x\"", "\"${jndi:ldap://x/a}\"", "\"#{7*7}\"", "-0", "1E2", "\"0x1F\"");

    /** Whole bodies that no operation can take. */
    static final List<byte[]> BODIES = List.of(bytes(""), bytes("{"), bytes("}"), bytes("[]"), bytes("null"), bytes("\"x\""),
            bytes("123"), bytes("{\"a\":}"), bytes("{'single':'quotes'}"), bytes("{\"a\":1,\"a\":2}"), bytes("[".repeat(5000)),
            bytes("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)), bytes("\uFEFF{}"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
            bytes("a=1&b=2"));

    static final byte[] HUGE = bytes("{\"x\":\"" + "y".repeat(2_000_000) + "\"}");

    static final List<Map<String, String>> HEADERS = List.of(
            Map.of("Content-Type", "text/plain"), Map.of("Content-Type", "application/xml"),
            Map.of("Content-Type", "application/json; charset=bogus"), Map.of("Content-Type", "application/json; charset=UTF-16"),
            Map.of("Content-Type", "multipart/form-data; boundary="), Map.of("Content-Type", ";;;"), Map.of("Content-Type", "application/json;q=bogus"),
            Map.of("Accept", "*/*;q=bogus"), Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"), Map.of("Accept", "a/b/c"),
            Map.of("Accept", "application/json;q=0"), Map.of("Accept-Language", "zz-ZZ"), Map.of("Accept-Language", "*;q=x"),
            Map.of("Accept-Language", "en;q=0.5,".repeat(200)), Map.of("Accept-Charset", "ebcdic"), Map.of("Idempotency-Key", ""),
            Map.of("Idempotency-Key", "k".repeat(2000)), Map.of("If-Match", "\"bogus\""), Map.of("Content-Encoding", "gzip"),
            Map.of("Range", "bytes=99999999-"), Map.of("X-HTTP-Method-Override", "DELETE"), Map.of("Authorization", "Bearer "),
            Map.of("Authorization", "Bearer pt_" + "0".repeat(60)), Map.of("Authorization", "Basic !!!"),
            Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("nobody-fuzz:x".getBytes(StandardCharsets.UTF_8))),
            Map.of("Authorization", "Digest username=x"), Map.of("X-Forwarded-For", "not-an-address, ::::"));

    private List<Probe> probesOf(String method, String path, JsonObject item, JsonObject op) {
        String name = method + " " + path;
        List<JsonObject> params = new ArrayList<>();
        for (JsonObject holder : List.of(item, op)) {
            if (holder.containsKey("parameters")) {
                params.addAll(holder.getJsonArray("parameters").getValuesAs(JsonObject.class));
            }
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        Map<String, JsonObject> queryTypes = new LinkedHashMap<>();
        for (JsonObject p : params) {
            String n = p.getString("name");
            JsonObject schema = p.getJsonObject("schema") == null ? JsonValue.EMPTY_JSON_OBJECT : p.getJsonObject("schema");
            if (p.getString("in").equals("path")) {
                pathValues.put(n, validPathValue(path, n, schema));
            } else if (p.getString("in").equals("query")) {
                queryValues.put(n, validQueryValue(n, schema));
                queryTypes.put(n, schema);
            }
        }
        byte[] body = null;
        String bodyType = null;
        JsonObject bodySchema = null;
        if (op.containsKey("requestBody")) {
            JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
            bodyType = content.keySet().iterator().next();
            bodySchema = content.getJsonObject(bodyType).getJsonObject("schema");
            body = bodyType.contains("json") ? bytes(sample(bodySchema, 0).toString()) : Samples.png(4, 4);
        }
        List<Probe> out = new ArrayList<>();
        String user = path.startsWith("api/public/") ? null : (method.equals("GET") ? "officer" : random.nextBoolean() ? "officer" : "registrar");

        // path parameters of every wrong kind
        for (String p : pathValues.keySet()) {
            for (String v : pathMutants(path, p)) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(p, v);
                out.add(probe(name, method, expand(path, values) + query(queryValues), user, bodyType, body));
            }
        }
        // query parameters of every wrong kind, one at a time
        for (String q : queryValues.keySet()) {
            for (String v : queryMutants(q, queryTypes.get(q))) {
                Map<String, String> values = new LinkedHashMap<>(queryValues);
                values.put(q, v);
                out.add(probe(name, method, expand(path, pathValues) + query(values), user, bodyType, body));
            }
        }
        String target = expand(path, pathValues) + query(queryValues);
        // JSON bodies: each property replaced by each hostile value, or left out
        if (bodySchema != null && bodyType.contains("json")) {
            JsonObject sample = sample(bodySchema, 0) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            List<String> props = new ArrayList<>(sample.keySet());
            if (props.isEmpty()) {
                props.add("unexpected");
            }
            for (int i = 0; i < props.size(); i++) {
                String prop = props.get(i);
                // every other hostile value per property, alternating, so that each value meets half the properties
                for (int v = i % 2; v < JSON_VALUES.size(); v += props.size() == 1 ? 1 : 2) {
                    out.add(probe(name, method, target, user, bodyType, bytes(replace(sample, prop, JSON_VALUES.get(v)))));
                }
                out.add(probe(name, method, target, user, bodyType, bytes(without(sample, prop))));
            }
            for (byte[] b : BODIES) {
                out.add(probe(name, method, target, user, bodyType, b));
            }
            if (random.nextInt(10) == 0) {
                out.add(probe(name, method, target, user, bodyType, HUGE));
            }
        }
        // headers, and the same request anonymously and by the other role
        for (Map<String, String> h : HEADERS) {
            Probe p = probe(name, method, target, user, bodyType, body);
            Map<String, String> headers = new LinkedHashMap<>(p.headers());
            headers.putAll(h);
            out.add(new Probe(name, method, target, headers, body));
        }
        out.add(probe(name, method, target, null, bodyType, body));
        out.add(probe(name, method, target, "registrar", bodyType, body));
        out.add(probe(name, method, target, "officer", bodyType, body));
        // the method the operation does not have
        out.add(probe(name, method.equals("GET") ? "DELETE" : "PATCH", target, user, bodyType, body));
        // top up small operations so that each gets a fair share
        while (out.size() < 60) {
            Map<String, String> values = new LinkedHashMap<>(queryValues);
            values.put("fuzz" + out.size(), STRINGS.get(random.nextInt(STRINGS.size())));
            out.add(probe(name, method, expand(path, pathValues) + query(values), user, bodyType,
                    body != null && random.nextBoolean() ? BODIES.get(random.nextInt(BODIES.size())) : body));
        }
        return out;
    }

    private List<Probe> craftedFiles() {
        String path = "api/matters/" + matterId + "/attachments";
        List<byte[]> files = List.of(new byte[0], bytes("%PDF-1.4"), bytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Count 1/Kids[2 0 R]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"),
                bytes("%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 1 0 R>>endobj\ntrailer<</Root 1 0 R/Size 99999999>>\n%%EOF"),
                bytes("%PDF-1.4\n" + "1 0 obj<</Length 999999999>>stream\n".repeat(200)), Samples.brokenPdf(), pngHeader(100_000, 100_000),
                pngHeader(0, 0), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, bytes("II*\0\u00ff\u00ff\u00ff\u00ff"),
                bytes("MM\0*\0\0\0\u0008\0\u00ff"), Samples.exe(), Samples.html(), bytes("PK\u0003\u0004" + "\0".repeat(26)),
                bytes("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"),
                concat(Samples.pdf("poly", 1), Samples.png(2, 2)), new byte[11 * 1024 * 1024]);
        List<String> names = List.of("a.pdf", "..%2F..%2Fetc%2Fpasswd", "%00.pdf", "%E2%80%AEfdp.exe", "x".repeat(400) + ".pdf",
                "CON", "a%0D%0Ab.pdf", "%F0%9F%98%80.png", "");
        List<Probe> out = new ArrayList<>();
        for (byte[] f : files) {
            for (String n : names) {
                for (String kind : List.of("LETTER", "nonsense")) {
                    if (f.length > 1_000_000 && !n.equals("a.pdf")) {
                        continue;
                    }
                    out.add(probe("POST /matters/{id}/attachments (crafted files)", "POST", path + "?kind=" + kind + "&name=" + n,
                            "registrar", random.nextBoolean() ? "application/pdf" : "application/octet-stream", f));
                }
            }
        }
        return out;
    }

    private List<String> pathMutants(String path, String param) {
        List<String> values = new ArrayList<>(INTEGERS);
        if (param.equals("kind") || param.equals("format")) {
            values.addAll(List.of("FILE", "file", "NOTICE", "../FILE", "%00", "x".repeat(300), "pdf", "xlsx", "docx", "exe"));
        }
        if (param.equals("year")) {
            values.addAll(List.of("1899", "3000", "-5", "999999999"));
        }
        return values;
    }

    private List<String> queryMutants(String name, JsonObject schema) {
        String type = schema.getString("type", "string");
        List<String> values = new ArrayList<>();
        if (schema.containsKey("enum") || schema.containsKey("$ref")) {
            values.addAll(List.of("NOT_AN_ENUM", "registered", "", "%00", "0", "HANDLING,CLOSED"));
        }
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(INTEGERS);
        } else if (type.equals("boolean")) {
            values.addAll(BOOLEANS);
        } else if (name.equals("from") || name.equals("to") || name.equals("asOf")) {
            values.addAll(DATES);
        } else {
            values.addAll(STRINGS);
        }
        return values;
    }

    /**
     * The fuzzer's own matter and attachment for the matter paths; elsewhere an id no record has,
     * so that a well-formed request never changes the shared database's other records (a
     * reception visit 1 called from the queue changed the demo's day the browser tests read).
     */
    private String validPathValue(String path, String name, JsonObject schema) {
        boolean matterPath = path.startsWith("/matters/") || path.startsWith("/api/matters/") || path.contains("/matters/{id}");
        return switch (name) {
            case "aid" -> String.valueOf(attachmentId);
            case "kind" -> "FILE";
            case "format" -> "xlsx";
            case "year" -> String.valueOf(LocalDate.now().getYear());
            case "id" -> matterPath ? String.valueOf(matterId) : NO_RECORD;
            default -> NO_RECORD;
        };
    }

    private static final String NO_RECORD = "999999999";

    private String validQueryValue(String name, JsonObject schema) {
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getString(0);
        }
        return switch (schema.getString("type", "string")) {
            case "integer", "number" -> name.equals("size") ? "5" : "1";
            case "boolean" -> "false";
            default -> name.equals("from") || name.equals("to") || name.equals("asOf") ? today() : name.equals("kind") ? "LETTER" : "测试";
        };
    }

    /** A plausible value for a schema (resolving references), so that each mutant changes one thing only. */
    private JsonValue sample(JsonObject schema, int depth) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            return depth > 3 || target == null ? JsonValue.NULL : sample(target, depth + 1);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        String format = schema.getString("format", "");
        return switch (type) {
            case "object" -> {
                var b = Json.createObjectBuilder();
                JsonObject props = schema.getJsonObject("properties");
                if (props != null) {
                    for (String p : props.keySet()) {
                        JsonValue v = props.get(p);
                        b.add(p, v instanceof JsonObject o ? sampleProperty(p, o, depth) : JsonValue.NULL);
                    }
                }
                yield b.build();
            }
            case "array" -> Json.createArrayBuilder().build();
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.FALSE;
            default -> Json.createValue(format.equals("date") ? today() : format.equals("date-time") ? today() + "T09:00:00+08:00" : "测试");
        };
    }

    private JsonValue sampleProperty(String name, JsonObject schema, int depth) {
        if (name.equals("matterId") || name.equals("id")) {
            return Json.createValue(matterId);
        }
        if (name.equals("version")) {
            return Json.createValue(0);
        }
        return sample(schema, depth + 1);
    }

    // ---------------------------------------------------------------- sending and checking

    private Probe probe(String op, String method, String target, String user, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (user != null) {
            headers.put("Authorization", tokens.get(user));
        }
        if (contentType != null && body != null) {
            headers.put("Content-Type", contentType.equals("*/*") ? "application/octet-stream" : contentType);
        }
        return new Probe(op, method, target, headers, body);
    }

    private Outcome send(Probe p) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + p.path())).timeout(Duration.ofSeconds(60));
        // each request from its own address: the public pages' abuse limits of 127.0.0.1 stay as other tests left them
        b.header("X-Forwarded-For", "10." + random.nextInt(250) + "." + random.nextInt(250) + "." + (1 + random.nextInt(250)));
        for (Map.Entry<String, String> h : p.headers().entrySet()) {
            b.setHeader(h.getKey(), h.getValue());
        }
        b.method(p.method(), p.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        boolean text = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("html");
        return new Outcome(p, r.statusCode(), text ? new String(r.body(), StandardCharsets.UTF_8) : "");
    }

    static boolean leaks(Outcome o) {
        return LEAK.matcher(o.body()).find();
    }

    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection con = ds.getConnection()) {
            DatabaseMetaData md = con.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = md.getTables(null, con.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            try (Statement s = con.createStatement()) {
                for (String t : tables) {
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                        r.next();
                        counts.put(t.toLowerCase(Locale.ROOT), r.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Rows a half-done write would leave: a matter without its timeline, an attachment without bytes, a petitioner without a matter. */
    private long orphans() throws Exception {
        try (Connection con = ds.getConnection(); Statement s = con.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM matter m WHERE NOT EXISTS (SELECT 1 FROM matter_event e WHERE e.matter_id = m.id))"
                     + " + (SELECT COUNT(*) FROM attachment a WHERE NOT EXISTS (SELECT 1 FROM attachment_content c WHERE c.attachment_id = a.id))"
                     + " + (SELECT COUNT(*) FROM petitioner p WHERE NOT EXISTS (SELECT 1 FROM matter m WHERE m.petitioner_id = p.id))")) {
            r.next();
            return r.getLong(1);
        }
    }

    // ---------------------------------------------------------------- small helpers

    static String expand(String path, Map<String, String> values) {
        String p = path;
        for (Map.Entry<String, String> e : values.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        return p;
    }

    static String query(Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (b.length() > 1) {
                b.append('&');
            }
            // mutants are written already percent-encoded; plain values (Chinese) are encoded here
            String v = e.getValue();
            b.append(e.getKey()).append('=').append(v.matches("[\\x21-\\x7e]*") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    static String replace(JsonObject sample, String prop, String rawJson) {
        StringBuilder b = new StringBuilder("{");
        boolean done = false;
        for (String k : sample.keySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(Json.createValue(k)).append(':').append(k.equals(prop) ? rawJson : sample.get(k).toString());
            done |= k.equals(prop);
        }
        if (!done) {
            b.append(b.length() > 1 ? "," : "").append(Json.createValue(prop)).append(':').append(rawJson);
        }
        return b.append('}').toString();
    }

    static String without(JsonObject sample, String prop) {
        var b = Json.createObjectBuilder(sample);
        b.remove(prop);
        return b.build().toString();
    }

    static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** A PNG signature and header claiming the given size, with no image data (a decompression bomb's shape). */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        b.putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return b.array();
    }

    static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
