package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.shared.control.LikePatterns;
import cn.xinfang.petition.shared.entity.SearchTerms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark (not a timed test) of the search box's Chinese text search at a million matters
 * (issue 9): the product's answer through {@code GET /petition/api/matters?text=…&size=20} (the
 * ranked first page and its count, as a case officer of the bureau asks it, over HTTP with an API
 * token) beside a floor measured in the same run on the same words: one hand-written statement
 * on the same database (the newest 1,000 matches through the GIN index of {@code search_vector},
 * checked as typed, ranked, the first 20 ids and the count), over JDBC from the same machine.
 *
 * <p>Questions: 2-, 3- and 4-character runs of Chinese taken from sampled matters' content (so
 * that frequent and rare words come in their real proportions), and the first two characters of
 * sampled petitioners' names. Each word is asked by product and floor alternately.
 * Settings ({@code benchmark.*} properties or name=value arguments): base
 * (http://127.0.0.1:8080/petition/), url (jdbc:postgresql://127.0.0.1:5432/petition_bench), user,
 * password, admin (admin:demo), officer (officer), iterations (200 per question), warmup (20),
 * seed (11), out (petition-it/target/benchmark).
 */
public final class SearchBenchmark {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final Map<String, String> opt;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Connection con;
    private String authorization;

    private SearchBenchmark(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String k : List.of("base", "url", "user", "password", "admin", "officer", "iterations", "warmup", "seed", "out")) {
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
        new SearchBenchmark(opt).run();
    }

    private String base() {
        String b = opt.getOrDefault("base", "http://127.0.0.1:8080/petition/");
        return b.endsWith("/") ? b : b + "/";
    }

    private HttpResponse<String> send(String method, String path, String auth, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "api/" + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Authorization", auth);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(opt.getOrDefault("admin", "admin:demo")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send("POST", "tokens", admin, "{\"name\":\"SearchBenchmark " + UUID.randomUUID().toString()
                .substring(0, 8) + "\",\"username\":\"" + opt.getOrDefault("officer", "officer") + "\",\"roles\":[\"OFFICER\"]}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.body());
        }
        return "Bearer " + m.group(1);
    }

    /** The product: the first page and the count, as the list asks them. Returns the count. */
    private long product(String word) throws Exception {
        HttpResponse<String> r = send("GET", "matters?size=20&text=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                authorization, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(word + ": " + r.statusCode() + " " + r.body());
        }
        Matcher m = TOTAL.matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static final String FLOOR = "WITH hits AS (SELECT m.id, m.received_on, CASE WHEN m.petitioner_name LIKE ? ESCAPE '!' THEN 0"
            + " WHEN m.content LIKE ? ESCAPE '!' THEN 1 ELSE 2 END AS rank FROM matter m"
            + " WHERE m.search_vector @@ to_tsquery('simple', ?) AND (m.content LIKE ? ESCAPE '!' OR m.petitioner_name LIKE ? ESCAPE '!')"
            + " ORDER BY m.received_on DESC, m.id DESC LIMIT 1000)"
            + " SELECT h.id, (SELECT count(*) FROM hits) FROM hits h ORDER BY h.rank, h.received_on DESC, h.id DESC LIMIT 20";

    /** The floor: one statement for the same ranked page and (capped) count. Returns the count. */
    private long floor(String word) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(FLOOR)) {
            ps.setString(1, LikePatterns.startsWith(word));
            ps.setString(2, LikePatterns.contains(word));
            ps.setString(3, String.join(" & ", SearchTerms.prefilter(word)));
            ps.setString(4, LikePatterns.contains(word));
            ps.setString(5, LikePatterns.startsWith(word));
            long count = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    count = rs.getLong(2);
                }
            }
            return count;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static boolean han(String w) {
        return w != null && !w.isEmpty()
                && w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private void run() throws Exception {
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "200"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(opt.getOrDefault("seed", "11")));
        con = DriverManager.getConnection(opt.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/petition_bench"),
                opt.getOrDefault("user", "postgres"), opt.getOrDefault("password", "postgres"));
        authorization = token();
        long matters = Long.parseLong(strings("SELECT count(*) FROM matter").get(0));

        Map<String, List<String>> questions = new LinkedHashMap<>();
        for (int k = 2; k <= 4; k++) {
            List<String> words = new ArrayList<>();
            for (String w : new LinkedHashSet<>(strings("SELECT substr(content, 1 + (id % 20)::int, " + k + ") FROM matter"
                    + " WHERE length(content) >= 30 ORDER BY md5(id::text) LIMIT 800"))) {
                if (han(w) && words.size() < 200) {
                    words.add(w);
                }
            }
            questions.put("content-" + k, words);
        }
        List<String> names = new ArrayList<>();
        for (String w : new LinkedHashSet<>(strings("SELECT left(petitioner_name, 2) FROM matter ORDER BY md5(id::text) LIMIT 800"))) {
            if (han(w) && names.size() < 200) {
                names.add(w);
            }
        }
        questions.put("name-2", names);

        StringBuilder md = new StringBuilder();
        md.append("matters: ").append(matters).append("; iterations per question: ").append(iterations)
                .append(" (after ").append(warmup).append(" warm-up); words sampled per question: ")
                .append(questions.values().stream().map(List::size).toList()).append("\n\n");
        md.append("| question | product p50 ms | product p95 ms | floor p50 ms | floor p95 ms | p95 ratio | matches p50 / max (capped at 1000) |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, List<String>> q : questions.entrySet()) {
            List<String> words = q.getValue();
            double[] p = new double[iterations];
            double[] f = new double[iterations];
            long[] counts = new long[iterations];
            for (int i = -warmup; i < iterations; i++) {
                String w = words.get(random.nextInt(words.size()));
                long t0 = System.nanoTime();
                long productCount = product(w);
                long t1 = System.nanoTime();
                long floorCount = floor(w);
                long t2 = System.nanoTime();
                if (productCount != floorCount) {
                    System.out.println("COUNTS DIFFER for " + w + ": product " + productCount + ", floor " + floorCount);
                }
                if (i >= 0) {
                    p[i] = (t1 - t0) / 1e6;
                    f[i] = (t2 - t1) / 1e6;
                    counts[i] = productCount;
                }
            }
            Arrays.sort(p);
            Arrays.sort(f);
            Arrays.sort(counts);
            String row = String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %d / %d |", q.getKey(), pct(p, 50), pct(p, 95),
                    pct(f, 50), pct(f, 95), pct(p, 95) / Math.max(0.01, pct(f, 95)), counts[counts.length / 2], counts[counts.length - 1]);
            System.out.println(row);
            md.append(row).append('\n');
        }
        Path out = Path.of(opt.getOrDefault("out", "petition-it/target/benchmark"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("search-results.md"), md.toString());
        System.out.println(md);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
