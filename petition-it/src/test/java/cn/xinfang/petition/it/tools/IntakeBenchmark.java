package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.casehandling.entity.IdNumber;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark (not a timed test) of intake throughput: {@code clients} concurrent API clients
 * register matters through {@code POST /petition/api/matters} against a running server (on
 * PostgreSQL) for {@code seconds}, after a warm-up. Each registration is a real one: the repeat
 * check (the petitioner looked up by ID number; a fifth of the petitioners come again), the
 * per-county number (a row lock on the county) and the timeline entry. The clients authenticate
 * with an API token (Bearer) issued for the registrar account at the start, or with Basic
 * ({@code auth=basic}). It reports registrations per second, p50/p95/max latency, errors by
 * status, and checks in the database that the numbers of the year are unique and gap-free.
 * Settings ({@code benchmark.*} system properties or name=value arguments): base
 * (http://127.0.0.1:8080/petition/), url (jdbc:postgresql://127.0.0.1:5432/petition), user,
 * password, clients (16), seconds (60), warmup (10), auth (token), admin (admin:demo),
 * registrar (registrar:demo), out (petition-it/target/benchmark).
 */
public final class IntakeBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\"number\":\"(\\d{6}-\\d{4}-\\d{6})\"");

    private final Map<String, String> opt;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private IntakeBenchmark(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String k : List.of("base", "url", "user", "password", "clients", "seconds", "warmup", "auth", "admin", "registrar", "out")) {
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
        new IntakeBenchmark(opt).run();
    }

    private String base() {
        String b = opt.getOrDefault("base", "http://127.0.0.1:8080/petition/");
        return b.endsWith("/") ? b : b + "/";
    }

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", authorization);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String authorization() throws Exception {
        if ("basic".equals(opt.get("auth"))) {
            return basic(opt.getOrDefault("registrar", "registrar:demo"));
        }
        String registrar = opt.getOrDefault("registrar", "registrar:demo");
        HttpResponse<String> r = send("POST", "tokens", basic(opt.getOrDefault("admin", "admin:demo")),
                "{\"name\":\"IntakeBenchmark " + UUID.randomUUID().toString().substring(0, 8) + "\",\"username\":\""
                        + registrar.substring(0, registrar.indexOf(':')) + "\",\"roles\":[\"REGISTRAR\"]}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException(r.body());
        }
        return "Bearer " + m.group(1);
    }

    private long placeId(String authorization) throws Exception {
        String body = send("GET", "units", authorization, null).body();
        int i = body.indexOf("\"code\":\"331199102201\"");
        int j = body.lastIndexOf("\"id\":", i);
        if (i < 0 || j < 0) {
            throw new IllegalStateException("the demo county's 石桥村 is missing: " + body.substring(0, Math.min(200, body.length())));
        }
        return Long.parseLong(body.substring(j + 5).replaceAll("[^0-9].*", ""));
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] CONTENT = {"小区物业乱收费，要求清退。", "道路破损多时无人修复。", "邻居违章搭建影响采光。",
            "企业拖欠工资三个月。", "征地补偿款未足额发放。", "噪音扰民，夜间施工。"};

    private record Result(long startNanos, long nanos, int status, String number) {
    }

    private void run() throws Exception {
        int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
        String authorization = authorization();
        long place = placeId(authorization);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<String> returning = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            returning.add(idNumber(new SplittableRandom(1000 + i)));
        }

        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        long[] measureFrom = {Long.MAX_VALUE};
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(42 + c);
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        String id = random.nextInt(5) == 0 ? returning.get(random.nextInt(returning.size())) : idNumber(random);
                        String body = """
                                {"channelCode":"HOTLINE_12345","receivedOn":"%s","petitionerName":"%s某","idNumber":"%s","phone":"139%08d",
                                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"%s",
                                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(today,
                                SURNAMES[random.nextInt(SURNAMES.length)], id, random.nextInt(100_000_000), place,
                                CONTENT[random.nextInt(CONTENT.length)]);
                        long start = System.nanoTime();
                        int status;
                        String number = null;
                        try {
                            HttpResponse<String> r = send("POST", "matters", authorization, body, "Idempotency-Key", UUID.randomUUID().toString());
                            status = r.statusCode();
                            Matcher m = NUMBER.matcher(r.body());
                            if (status == 201 && m.find()) {
                                number = m.group(1);
                            }
                        } catch (IOException e) {
                            status = -1;
                        }
                        results.add(new Result(start, System.nanoTime() - start, status, number));
                        if (number != null && !numbers.add(number)) {
                            System.out.println("DUPLICATE NUMBER " + number);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            threads.add(t);
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(warmup * 1000L);
        measureFrom[0] = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long measureTo = System.nanoTime();
        stop.set(true);
        done.await();

        List<Result> measured = results.stream().filter(r -> r.startNanos() >= measureFrom[0] && r.startNanos() + r.nanos() <= measureTo).toList();
        double[] ms = measured.stream().filter(r -> r.status() == 201).mapToDouble(r -> r.nanos() / 1e6).sorted().toArray();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        results.forEach(r -> byStatus.merge(r.status(), 1, Integer::sum));
        long ok = measured.stream().filter(r -> r.status() == 201).count();
        double perSecond = ok / ((measureTo - measureFrom[0]) / 1e9);

        StringBuilder out = new StringBuilder();
        out.append("clients ").append(clients).append(", measured ").append(seconds).append(" s after ").append(warmup)
                .append(" s warm-up, auth ").append(authorization.startsWith("Bearer") ? "API token (Bearer)" : "Basic").append('\n');
        out.append(String.format("registrations/s: %.1f (%d in the measured window)%n", perSecond, ok));
        if (ms.length > 0) {
            out.append(String.format("latency ms: p50 %.1f, p95 %.1f, max %.1f%n", pct(ms, 50), pct(ms, 95), ms[ms.length - 1]));
        }
        out.append("answers by status over the whole run (incl. warm-up): ").append(byStatus).append('\n');
        out.append("numbers returned: ").append(numbers.size()).append(" (all distinct: ")
                .append(numbers.size() == results.stream().filter(r -> r.number() != null).count()).append(")\n");
        out.append(check(numbers)).append('\n');
        System.out.println(out);
        Path dir = Path.of(opt.getOrDefault("out", "petition-it/target/benchmark"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("intake.txt"), out.toString(), StandardCharsets.UTF_8);
        System.out.printf("(total run %.0f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    /** In the database: the year's numbers of the registering county are unique and run 1..N without a gap. */
    private String check(Set<String> numbers) throws Exception {
        String url = opt.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/petition");
        Properties p = new Properties();
        p.setProperty("user", opt.getOrDefault("user", "postgres"));
        p.setProperty("password", opt.getOrDefault("password", "postgres"));
        String any = numbers.stream().findFirst().orElse(null);
        if (any == null) {
            return "no numbers to check";
        }
        String prefix = any.substring(0, 12);
        List<Long> seqs = new ArrayList<>();
        try (Connection con = new org.postgresql.Driver().connect(url, p);
             PreparedStatement s = con.prepareStatement("SELECT number FROM matter WHERE number LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seqs.add(Long.parseLong(r.getString(1).substring(12)));
                }
            }
        }
        long[] sorted = seqs.stream().mapToLong(Long::longValue).sorted().toArray();
        Set<Long> distinct = new HashSet<>(seqs);
        boolean gapFree = sorted.length > 0 && sorted[0] == 1 && sorted[sorted.length - 1] == sorted.length;
        long missing = numbers.stream().filter(n -> !seqs.contains(Long.parseLong(n.substring(12)))).count();
        return "database, numbers " + prefix + "*: " + seqs.size() + " rows, " + distinct.size() + " distinct, range "
                + (sorted.length == 0 ? "-" : sorted[0] + ".." + sorted[sorted.length - 1]) + ", gap-free: " + gapFree
                + ", returned but not stored: " + missing;
    }

    private static String idNumber(SplittableRandom r) {
        return IdNumber.withCheckCharacter("331182" + (1950 + r.nextInt(50)) + String.format("%02d", 1 + r.nextInt(12))
                + String.format("%02d", 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000)));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
