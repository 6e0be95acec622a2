package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.casehandling.control.AppealPeriods;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.statistics.entity.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark (not a timed test) of 统计报表 at a million matters (issue 10, "Speed and exactness"):
 * the product through HTTP — {@code GET /petition/api/statistics/summary?from&to[&unit]} as the
 * bureau's case officer asks it (Basic authentication, cached by the server after the first
 * request), and the dashboard page {@code statistics/index.xhtml} signed in with the form — beside
 * a floor measured in the same run: the same figures computed by hand-written SQL over the raw
 * tables (two statements: one pass over the period's and last year's matters into the finest
 * cells, then GROUPING SETS over them for the totals, the categories, the channel groups'
 * categories and the three tables, and one
 * over the review and re-review requests; the decision is read from the matter row, V65, which the
 * run first checks against every matter's timeline). The floor is also the exactness check: every count the
 * API returns (figures, categories and their second levels, the groups' categories, every cell of
 * the channel, unit and township tables, this period and last year's) must equal the floor's; a
 * difference is reported as a failure.
 *
 * <p>Questions: the annual summary for the whole county (the last full year of the data), the
 * dashboard page (its default period, this year), and one unit's half-year (the first half of
 * the data's last year; the unit changes per iteration among the townships and departments with
 * most matters). Product and floor alternate which goes first. Settings ({@code benchmark.*}
 * properties or name=value arguments): base (http://127.0.0.1:9030/petition/), url
 * (jdbc:postgresql://127.0.0.1:5432/stats_bench), user, password, officer (officer:demo), warmup
 * (5), iterations (30), year, halfFrom, halfTo, units (10), seed (11), only (comma-separated
 * question names: annual, dashboard, unit), out (petition-it/target/benchmark).
 */
public final class StatisticsBenchmark {

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> opt;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Connection con;
    private String authorization;
    private long officerUnit;
    private AppealPeriods periods;
    private final List<String> failures = new ArrayList<>();

    private StatisticsBenchmark(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String k : List.of("base", "url", "user", "password", "officer", "iterations", "warmup", "year", "halfFrom",
                "halfTo", "units", "seed", "only", "out")) {
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
        System.exit(new StatisticsBenchmark(opt).run() ? 0 : 1);
    }

    // ------------------------------------------------------------------ the product

    private String base() {
        String b = opt.getOrDefault("base", "http://127.0.0.1:9030/petition/");
        return b.endsWith("/") ? b : b + "/";
    }

    private JsonNode summary(LocalDate from, LocalDate to, Long unit) throws IOException, InterruptedException {
        String q = "api/statistics/summary?from=" + from + "&to=" + to + (unit == null ? "" : "&unit=" + unit);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + q)).timeout(Duration.ofSeconds(300))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(q + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private void signIn() throws IOException, InterruptedException {
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(login.body());
        if (!vs.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String[] user = opt.getOrDefault("officer", "officer:demo").split(":", 2);
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("loginForm=loginForm&loginForm%3Ausername=" + enc(user[0])
                        + "&loginForm%3Apassword=" + enc(user[1]) + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
                        + enc(vs.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        if (!r.body().contains("menuForm")) {
            throw new IllegalStateException("not signed in: " + r.statusCode());
        }
    }

    /** The dashboard page (统计报表's landing page: the summary of this year and the monthly trend). */
    private void dashboard() throws IOException, InterruptedException {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base() + "statistics/index.xhtml"))
                .timeout(Duration.ofSeconds(300)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("id=\"chartData\"") || !r.body().contains("charts")) {
            throw new IllegalStateException("dashboard: " + r.statusCode() + (r.body().contains("loginForm") ? " (signed out)" : ""));
        }
    }

    // ------------------------------------------------------------------ the floor

    /** The counts of a period and of last year's: figure key → {this period, last year}. */
    record Counts(Map<String, long[]> figures, Map<String, Map<String, long[]>> categories,
                  Map<String, Map<String, Map<String, long[]>>> tables) {
    }

    /** Each receipt-dated count of the catalogue as a condition on the per-matter row {@code x} (FigureConditions, by hand). */
    private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("received", "TRUE");
        CONDITIONS.put("receivedPersons", "TRUE");
        CONDITIONS.put("letters", "grp = 'LETTER'");
        CONDITIONS.put("visitBatches", "grp = 'VISIT'");
        CONDITIONS.put("visitPersons", "grp = 'VISIT'");
        CONDITIONS.put("calls", "grp = 'CALL'");
        CONDITIONS.put("online", "grp = 'ONLINE'");
        CONDITIONS.put("collectiveBatches", "grp = 'VISIT' AND people >= 5");
        CONDITIONS.put("collectivePersons", "grp = 'VISIT' AND people >= 5");
        CONDITIONS.put("individualVisits", "grp = 'VISIT' AND people < 5");
        for (String level : List.of("Beijing", "Province", "City")) {
            String c = "grp = 'VISIT' AND cross_level = '" + level.toUpperCase(Locale.ROOT) + "'";
            CONDITIONS.put("crossLevel" + level + "Batches", c);
            CONDITIONS.put("crossLevel" + level + "Persons", c);
        }
        CONDITIONS.put("accepted", "dec = 'ACCEPT'");
        CONDITIONS.put("refused", "dec = 'REFUSE'");
        CONDITIONS.put("statutory", "dec = 'REFER_STATUTORY'");
        CONDITIONS.put("forwarded", "dec = 'FORWARD_ACCUSATION'");
        CONDITIONS.put("undecided", "dec IS NULL");
        CONDITIONS.put("repeats", "dec = 'ACCEPT' AND NOT first");
        CONDITIONS.put("distinct", "dec = 'ACCEPT' AND first");
        CONDITIONS.put("backlog", "dec = 'ACCEPT' AND first AND backlog_since <= asof"
                + " AND (backlog_ended_on IS NULL OR backlog_ended_on > asof) AND (resolved_on IS NULL OR resolved_on > asof)");
        CONDITIONS.put("overdueAcceptance", "acceptance_due < asof AND dec IS NULL");
        CONDITIONS.put("overdueHandling", "dec = 'ACCEPT' AND handling_due < asof AND (replied_on IS NULL OR replied_on > asof)");
        CONDITIONS.put("replied", "dec = 'ACCEPT' AND replied_on <= asof");
        CONDITIONS.put("repliedOnTime", "dec = 'ACCEPT' AND replied_on <= asof AND replied_on <= handling_due");
        CONDITIONS.put("repliedLate", "dec = 'ACCEPT' AND replied_on <= asof AND replied_on > handling_due");
        CONDITIONS.put("satisfied", "rating = 'SATISFIED' AND rated_on <= asof");
        CONDITIONS.put("basicallySatisfied", "rating = 'BASICALLY_SATISFIED' AND rated_on <= asof");
        CONDITIONS.put("dissatisfied", "rating = 'DISSATISFIED' AND rated_on <= asof");
        CONDITIONS.put("unratedOverdue", "replied_on <= lapsed AND (rating IS NULL OR rated_on > asof)");
    }

    private static final List<String> REVIEW_KEYS = List.of("Requests", "Refused", "Accepted", "Decided", "InProgress");

    /** The grouping sets, named as the GROUPING() bit mask of (channel_code, grp, cat1, cat2, main_unit_id, township) says. */
    private static final Map<Integer, String> SETS = Map.of(63, "total", 31, "channel", 55, "category", 59, "subcategory",
            39, "groupCategory", 43, "groupSubcategory", 61, "handledBy", 62, "place");

    private static String floorSql(boolean unit) {
        StringBuilder aggregates = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, String> c : CONDITIONS.entrySet()) {
            boolean persons = c.getKey().endsWith("Persons");
            aggregates.append(", ").append(persons ? "SUM(people)" : "COUNT(*)").append(" FILTER (WHERE ").append(c.getValue())
                    .append(") AS a").append(k);
            sums.append(", SUM(a").append(k++).append(")");
        }
        return "WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM unit u JOIN scope s ON u.parent_id = s.id),"
                + " x AS (SELECT CASE WHEN m.received_on >= ? AND m.received_on <= ? THEN 0 ELSE 1 END AS p,"
                + " m.channel_code, ch.stat_group AS grp, c.code AS cat2, COALESCE(c.parent_code, c.code) AS cat1, m.main_unit_id,"
                + " CASE WHEN pl.kind = 'TOWNSHIP' THEN pl.id WHEN plp.kind = 'TOWNSHIP' THEN plp.id END AS township,"
                + " m.people_count AS people, m.cross_level, m.origin_id IS NULL AS first,"
                + " CASE WHEN m.decided_at < CASE WHEN m.received_on <= ? THEN CAST(? AS TIMESTAMPTZ) ELSE CAST(? AS TIMESTAMPTZ) END"
                + " THEN m.decision END AS dec,"
                + " CASE WHEN m.received_on <= ? THEN CAST(? AS DATE) ELSE CAST(? AS DATE) END AS asof,"
                + " CASE WHEN m.received_on <= ? THEN CAST(? AS DATE) ELSE CAST(? AS DATE) END AS lapsed,"
                + " m.backlog_since, m.backlog_ended_on, m.resolved_on, m.acceptance_due, m.handling_due, m.replied_on,"
                + " m.rating, m.rated_on"
                + " FROM matter m JOIN channel ch ON ch.code = m.channel_code JOIN issue_category c ON c.code = m.category_code"
                + " JOIN unit pl ON pl.id = m.problem_place_id LEFT JOIN unit plp ON plp.id = pl.parent_id"
                + " WHERE ((m.received_on >= ? AND m.received_on <= ?) OR (m.received_on >= ? AND m.received_on <= ?))"
                + " AND NOT (m.kind = 'ACCUSATION' AND m.accused_unit_id IS NOT NULL AND m.accused_unit_id = ?)"
                + (unit ? scopeSql("m") : "") + "),"
                // one pass over the matters into the finest cells, then the grouping sets over the cells
                + " cell AS (SELECT p, channel_code, grp, cat1, cat2, main_unit_id, township" + aggregates
                + " FROM x GROUP BY p, channel_code, grp, cat1, cat2, main_unit_id, township)"
                + " SELECT p, GROUPING(channel_code, grp, cat1, cat2, main_unit_id, township), channel_code, grp, cat1, cat2,"
                + " main_unit_id, township" + sums + " FROM cell GROUP BY GROUPING SETS ((p), (p, channel_code), (p, cat1),"
                + " (p, cat2), (p, grp, cat1), (p, grp, cat2), (p, main_unit_id), (p, township))";
    }

    private static String scopeSql(String m) {
        return " AND (" + m + ".registering_unit_id IN (SELECT id FROM scope) OR " + m + ".problem_place_id IN (SELECT id FROM scope)"
                + " OR " + m + ".main_unit_id IN (SELECT id FROM scope) OR EXISTS (SELECT 1 FROM matter_co_unit cu"
                + " WHERE cu.matter_id = " + m + ".id AND cu.unit_id IN (SELECT id FROM scope)))";
    }

    private static String reviewSql(boolean unit) {
        return "WITH RECURSIVE scope(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM unit u JOIN scope s ON u.parent_id = s.id),"
                + " r AS (SELECT a.matter_id, a.stage, CASE WHEN a.requested_on >= ? THEN 0 ELSE 1 END AS p, TRUE AS accepted,"
                + " a.outcome IS NOT NULL AND a.decided_on <= CASE WHEN a.requested_on >= ? THEN CAST(? AS DATE) ELSE CAST(? AS DATE) END"
                + " AS decided, FALSE AS refused FROM appeal a"
                + " WHERE (a.requested_on >= ? AND a.requested_on <= ?) OR (a.requested_on >= ? AND a.requested_on <= ?)"
                + " UNION ALL SELECT f.matter_id, f.stage, CASE WHEN f.requested_on >= ? THEN 0 ELSE 1 END, FALSE, FALSE,"
                + " f.refused_on <= CASE WHEN f.requested_on >= ? THEN CAST(? AS DATE) ELSE CAST(? AS DATE) END FROM appeal_refusal f"
                + " WHERE (f.requested_on >= ? AND f.requested_on <= ?) OR (f.requested_on >= ? AND f.requested_on <= ?)),"
                + " per AS (SELECT matter_id, stage, p, bool_or(accepted) AS acc, bool_or(decided) AS dec, bool_or(refused) AS ref"
                + " FROM r GROUP BY matter_id, stage, p)"
                + " SELECT per.p, per.stage, COUNT(*) FILTER (WHERE acc OR ref), COUNT(*) FILTER (WHERE ref AND NOT acc),"
                + " COUNT(*) FILTER (WHERE acc), COUNT(*) FILTER (WHERE dec), COUNT(*) FILTER (WHERE acc AND NOT dec)"
                + " FROM per JOIN matter m ON m.id = per.matter_id"
                + " WHERE NOT (m.kind = 'ACCUSATION' AND m.accused_unit_id IS NOT NULL AND m.accused_unit_id = ?)"
                + (unit ? scopeSql("m") : "") + " GROUP BY per.p, per.stage";
    }

    /** The floor: the figures of {@code now} and of the same period last year, by two hand-written statements. */
    private Counts floor(Period now, Long unit) throws SQLException {
        Period prev = now.previous();
        if (!prev.to().isBefore(now.from())) {
            throw new IllegalArgumentException("periods of more than a year overlap their previous one: not measured");
        }
        Map<String, long[]> figures = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> categories = new HashMap<>();
        Map<String, Map<String, Map<String, long[]>>> tables = new HashMap<>();
        for (String k : CONDITIONS.keySet()) {
            figures.put(k, new long[2]);
        }
        List<String> keys = new ArrayList<>(CONDITIONS.keySet());
        try (PreparedStatement ps = con.prepareStatement(floorSql(unit != null))) {
            int i = 1;
            ps.setLong(i++, unit == null ? 0 : unit);
            ps.setObject(i++, now.from());
            ps.setObject(i++, now.to());
            ps.setObject(i++, prev.to());
            ps.setObject(i++, cut(prev.asOf()));
            ps.setObject(i++, cut(now.asOf()));
            ps.setObject(i++, prev.to());
            ps.setObject(i++, prev.asOf());
            ps.setObject(i++, now.asOf());
            ps.setObject(i++, prev.to());
            ps.setObject(i++, periods.lastReplyWithLapsedEvaluation(prev.asOf()));
            ps.setObject(i++, periods.lastReplyWithLapsedEvaluation(now.asOf()));
            ps.setObject(i++, now.from());
            ps.setObject(i++, now.to());
            ps.setObject(i++, prev.from());
            ps.setObject(i++, prev.to());
            ps.setLong(i, officerUnit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(1);
                    String set = SETS.get(rs.getInt(2));
                    String code = switch (set) {
                        case "total" -> "";
                        case "channel" -> rs.getString(3);
                        case "category", "groupCategory" -> rs.getString(5);
                        case "subcategory", "groupSubcategory" -> rs.getString(6);
                        case "handledBy" -> rs.getString(7);
                        default -> rs.getString(8);
                    };
                    if (code == null) {
                        continue;
                    }
                    long[] v = new long[keys.size()];
                    for (int k = 0; k < keys.size(); k++) {
                        v[k] = rs.getLong(9 + k);
                    }
                    switch (set) {
                        case "total" -> {
                            for (int k = 0; k < keys.size(); k++) {
                                figures.get(keys.get(k))[p] = v[k];
                            }
                        }
                        case "category", "subcategory", "groupCategory", "groupSubcategory" -> {
                            String name = set.startsWith("group") ? rs.getString(4) + ":" + (set.endsWith("Subcategory") ? "sub" : "cat")
                                    : set.equals("category") ? "all:cat" : "all:sub";
                            categories.computeIfAbsent(name, x -> new HashMap<>()).computeIfAbsent(code, x -> new long[2])[p] = v[0];
                        }
                        default -> {
                            Map<String, long[]> cells = tables.computeIfAbsent(set, x -> new HashMap<>())
                                    .computeIfAbsent(code, x -> new LinkedHashMap<>());
                            for (int k = 0; k < keys.size(); k++) {
                                cells.computeIfAbsent(keys.get(k), x -> new long[2])[p] = v[k];
                            }
                        }
                    }
                }
            }
        }
        for (String stage : List.of("review", "reReview")) {
            for (String k : REVIEW_KEYS) {
                figures.put(stage + k, new long[2]);
            }
        }
        try (PreparedStatement ps = con.prepareStatement(reviewSql(unit != null))) {
            int i = 1;
            ps.setLong(i++, unit == null ? 0 : unit);
            for (int twice = 0; twice < 2; twice++) {
                // p: 0 for a request of this period, 1 for one of last year's (which ends before this one begins)
                ps.setObject(i++, now.from());
                ps.setObject(i++, now.from());
                ps.setObject(i++, now.asOf());
                ps.setObject(i++, prev.asOf());
                ps.setObject(i++, now.from());
                ps.setObject(i++, now.to());
                ps.setObject(i++, prev.from());
                ps.setObject(i++, prev.to());
            }
            ps.setLong(i, officerUnit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(1);
                    String stage = "REVIEW".equals(rs.getString(2)) ? "review" : "reReview";
                    for (int k = 0; k < REVIEW_KEYS.size(); k++) {
                        figures.get(stage + REVIEW_KEYS.get(k))[p] = rs.getLong(3 + k);
                    }
                }
            }
        }
        return new Counts(figures, categories, tables);
    }

    /** The end of the cut-off day in China time, as FigureConditions' fgCut. */
    private static OffsetDateTime cut(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay().atOffset(CST);
    }

    // ------------------------------------------------------------------ exactness

    /** Every count of the API's answer against the floor's; differences go to {@link #failures}. */
    private int compare(String question, JsonNode api, Counts floor) {
        List<String> diffs = new ArrayList<>();
        for (Figure f : Figure.counts()) {
            long[] v = floor.figures().get(f.key());
            JsonNode n = api.path("figures").path(f.key());
            if (v == null) {
                diffs.add(f.key() + ": not in the floor");
            } else if (n.path("value").asLong(-1) != v[0] || n.path("previous").asLong(-1) != v[1]) {
                diffs.add(f.key() + ": api " + n.path("value") + "/" + n.path("previous") + ", floor " + v[0] + "/" + v[1]);
            }
        }
        categories(diffs, "categories", api.path("categories"), floor.categories().get("all:cat"),
                floor.categories().get("all:sub"), 10);
        for (String g : List.of("LETTER", "VISIT", "CALL", "ONLINE")) {
            categories(diffs, "categoriesByGroup." + g, api.path("categoriesByGroup").path(g), floor.categories().get(g + ":cat"),
                    floor.categories().get(g + ":sub"), 5);
        }
        table(diffs, "channels", api.path("channels"), floor.tables().get("channel"));
        table(diffs, "units", api.path("units"), floor.tables().get("handledBy"));
        table(diffs, "townships", api.path("townships"), floor.tables().get("place"));
        if (!diffs.isEmpty()) {
            String line = question + ": " + diffs.size() + " differences, e.g. " + diffs.subList(0, Math.min(5, diffs.size()));
            if (!failures.contains(line)) {
                failures.add(line);
                System.out.println("DIFFERENCE " + line);
            }
        }
        return diffs.size();
    }

    private static void categories(List<String> diffs, String what, JsonNode api, Map<String, long[]> cats,
                                   Map<String, long[]> subs, int top) {
        Map<String, long[]> c = cats == null ? Map.of() : cats;
        Map<String, long[]> s = subs == null ? Map.of() : subs;
        List<String> expected = c.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey)).limit(top).map(Map.Entry::getKey).toList();
        List<String> got = new ArrayList<>();
        api.forEach(n -> got.add(n.path("code").asText()));
        if (!expected.equals(got)) {
            diffs.add(what + ": api " + got + ", floor " + expected);
            return;
        }
        for (JsonNode n : api) {
            String code = n.path("code").asText();
            long[] v = c.get(code);
            if (n.path("value").asLong() != v[0] || n.path("previous").asLong() != v[1]) {
                diffs.add(what + "." + code + ": api " + n.path("value") + "/" + n.path("previous") + ", floor " + v[0] + "/" + v[1]);
            }
            Map<String, long[]> children = new TreeMap<>();
            s.forEach((sub, sv) -> {
                if (sv[0] > 0 && sub.startsWith(code) && !sub.equals(code)) {
                    children.put(sub, sv);
                }
            });
            Map<String, long[]> apiChildren = new TreeMap<>();
            n.path("children").forEach(ch -> apiChildren.put(ch.path("code").asText(),
                    new long[] {ch.path("value").asLong(), ch.path("previous").asLong()}));
            if (!children.keySet().equals(apiChildren.keySet())) {
                diffs.add(what + "." + code + " children: api " + apiChildren.keySet() + ", floor " + children.keySet());
            } else {
                children.forEach((sub, sv) -> {
                    if (!Arrays.equals(sv, apiChildren.get(sub))) {
                        diffs.add(what + "." + sub + ": api " + Arrays.toString(apiChildren.get(sub)) + ", floor " + Arrays.toString(sv));
                    }
                });
            }
        }
    }

    private static void table(List<String> diffs, String what, JsonNode api, Map<String, Map<String, long[]>> rows) {
        Map<String, Map<String, long[]>> r = rows == null ? Map.of() : rows;
        List<String> expected = r.entrySet().stream().filter(e -> e.getValue().get("received")[0] > 0
                || e.getValue().get("received")[1] > 0).map(Map.Entry::getKey).sorted().toList();
        List<String> got = new ArrayList<>();
        api.forEach(n -> got.add(n.path("code").asText()));
        if (!expected.equals(got.stream().sorted().toList())) {
            diffs.add(what + " rows: api " + got + ", floor " + expected);
            return;
        }
        for (JsonNode n : api) {
            Map<String, long[]> cells = r.get(n.path("code").asText());
            for (Figure f : Figure.TABLE_COLUMNS) {
                long[] v = cells.get(f.key());
                JsonNode cell = n.path("cells").path(f.key());
                if (cell.path("value").asLong(-1) != v[0] || cell.path("previous").asLong(-1) != v[1]) {
                    diffs.add(what + "." + n.path("code").asText() + "." + f.key() + ": api " + cell.path("value") + "/"
                            + cell.path("previous") + ", floor " + v[0] + "/" + v[1]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ the run

    private boolean run() throws Exception {
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "30"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(opt.getOrDefault("seed", "11")));
        List<String> only = opt.containsKey("only") ? List.of(opt.get("only").split(",")) : List.of("annual", "dashboard", "unit");
        String loadBefore = loadAverage();
        con = DriverManager.getConnection(opt.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/stats_bench"),
                opt.getOrDefault("user", "postgres"), opt.getOrDefault("password", "postgres"));
        try (Statement s = con.createStatement()) {
            // as the server's connections (config/cli/datasource-postgres.cli: new-connection-sql)
            s.execute("SET jit = off");
        }
        String[] officer = opt.getOrDefault("officer", "officer:demo").split(":", 2);
        authorization = "Basic " + Base64.getEncoder().encodeToString((officer[0] + ":" + officer[1]).getBytes(StandardCharsets.UTF_8));
        officerUnit = scalar("SELECT unit_id FROM app_user WHERE username = '" + officer[0].replace("'", "") + "'");
        Map<LocalDate, DayKind> holidays = new HashMap<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT holiday_on, kind FROM holiday_date")) {
            while (rs.next()) {
                holidays.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
            }
        }
        // the product's defaults: calendar days, a 30-day evaluation window (petition.evaluation.days)
        periods = new AppealPeriods(new Deadlines(new WorkCalendar(holidays)), CountingMode.CALENDAR_DAYS, 30);
        long matters = scalar("SELECT COUNT(*) FROM matter");
        // the floor reads the decision from the row (V65): first, every row against its timeline's first decision
        long decisionMismatches = scalar("SELECT COUNT(*) FROM matter m LEFT JOIN LATERAL (SELECT e.type, e.at FROM matter_event e"
                + " WHERE e.matter_id = m.id AND e.type IN ('ACCEPT', 'REFUSE', 'REFER_STATUTORY', 'FORWARD_ACCUSATION')"
                + " ORDER BY e.at, e.id LIMIT 1) d ON TRUE WHERE m.decision IS DISTINCT FROM d.type OR m.decided_at IS DISTINCT FROM d.at");
        if (decisionMismatches > 0) {
            failures.add(decisionMismatches + " matters whose decision on the row differs from their timeline's");
        }
        LocalDate last;
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(received_on) FROM matter")) {
            rs.next();
            last = rs.getObject(1, LocalDate.class);
        }
        int year = Integer.parseInt(opt.getOrDefault("year", String.valueOf(last.getYear() - 1)));
        Period annual = Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
        LocalDate halfFrom = LocalDate.parse(opt.getOrDefault("halfFrom", last.getYear() + "-01-01"));
        LocalDate halfTo = LocalDate.parse(opt.getOrDefault("halfTo", last.getYear() + "-06-30"));
        Period half = Period.of(halfFrom, halfTo, null);
        List<Long> units = new ArrayList<>();
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT u.id FROM unit u JOIN matter m ON m.main_unit_id = u.id"
                + " WHERE u.kind IN ('TOWNSHIP', 'DEPARTMENT') AND m.received_on >= DATE '" + halfFrom + "' AND m.received_on <= DATE '"
                + halfTo + "' GROUP BY u.id ORDER BY COUNT(*) DESC, u.id LIMIT " + Integer.parseInt(opt.getOrDefault("units", "10")))) {
            while (rs.next()) {
                units.add(rs.getLong(1));
            }
        }
        signIn();
        summary(annual.from(), annual.to(), null); // the first Basic request checks the password (bcrypt), later ones hit the cache

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d matters; annual summary %s … %s (beside %s … %s), unit half-year %s … %s"
                        + " (%d units in turn: %s); %d iterations after %d warm-up; load average before %s; matters whose decision"
                + " on the row differs from the timeline's: %d%n%n", matters,
                annual.from(), annual.to(), annual.previous().from(), annual.previous().to(), half.from(), half.to(), units.size(),
                units, iterations, warmup, loadBefore, decisionMismatches));
        md.append("| question | target p95 | product p50 | product p95 | product max | floor p50 | floor p95 | product/floor (p95) |"
                + " met | exact |\n|---|---:|---:|---:|---:|---:|---:|---:|:---:|:---:|\n");
        boolean allMet = true;
        if (only.contains("annual")) {
            allMet &= question(md, "**annual summary, whole county** (`GET /api/statistics/summary?from&to`)", 500, 2.0, warmup,
                    iterations, i -> annual, i -> null);
        }
        if (only.contains("dashboard")) {
            double[] t = new double[iterations];
            for (int i = -warmup; i < iterations; i++) {
                long t0 = System.nanoTime();
                dashboard();
                if (i >= 0) {
                    t[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(t);
            boolean met = pct(t, 95) <= 1000;
            allMet &= met;
            md.append(String.format(Locale.ROOT, "| **dashboard page** (`statistics/index.xhtml`, this year, signed in) | 1,000 | %.1f |"
                    + " %.1f | %.1f | – | – | – | %s | – |%n", pct(t, 50), pct(t, 95), t[t.length - 1], met ? "yes" : "**no**"));
        }
        if (only.contains("unit")) {
            List<Long> order = new ArrayList<>();
            for (int i = 0; i < iterations + warmup; i++) {
                order.add(units.get(random.nextInt(units.size())));
            }
            allMet &= question(md, "**one unit's half-year** (`…&unit=ID`, the units in turn)", 200, 0, warmup, iterations,
                    i -> half, i -> order.get(i + warmup));
        }
        String loadAfter = loadAverage();
        md.append(String.format(Locale.ROOT, "%nload average after: %s%n", loadAfter));
        if (!failures.isEmpty()) {
            md.append("\n**Differences between the API and the floor (failures):**\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        Path out = Path.of(opt.getOrDefault("out", "petition-it/target/benchmark"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("statistics-results.md"), md.toString());
        System.out.println(md);
        System.out.println(failures.isEmpty() ? "exact: the API's figures equal the floor's in every iteration"
                : "FAILED: " + failures.size() + " kinds of differences");
        return failures.isEmpty();
    }

    /** One summary question: product and floor alternately, each answer compared. Returns whether the targets were met. */
    private boolean question(StringBuilder md, String name, double target, double ratio, int warmup, int iterations,
                             Function<Integer, Period> period, Function<Integer, Long> unit) throws Exception {
        double[] p = new double[iterations];
        double[] f = new double[iterations];
        int differences = 0;
        for (int i = -warmup; i < iterations; i++) {
            Period pd = period.apply(i);
            Long u = unit.apply(i);
            JsonNode api;
            Counts floor;
            long tp;
            long tf;
            if ((i & 1) == 0) {
                long t0 = System.nanoTime();
                api = summary(pd.from(), pd.to(), u);
                long t1 = System.nanoTime();
                floor = floor(pd, u);
                tp = t1 - t0;
                tf = System.nanoTime() - t1;
            } else {
                long t0 = System.nanoTime();
                floor = floor(pd, u);
                long t1 = System.nanoTime();
                api = summary(pd.from(), pd.to(), u);
                tf = t1 - t0;
                tp = System.nanoTime() - t1;
            }
            differences += compare(name.replace("*", "") + (u == null ? "" : " unit " + u), api, floor);
            if (i >= 0) {
                p[i] = tp / 1e6;
                f[i] = tf / 1e6;
            }
        }
        Arrays.sort(p);
        Arrays.sort(f);
        double r = pct(p, 95) / Math.max(0.01, pct(f, 95));
        boolean met = pct(p, 95) <= target && (ratio <= 0 || r <= ratio);
        md.append(String.format(Locale.ROOT, "| %s | %,.0f%s | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %s | %s |%n", name, target,
                ratio > 0 ? " and ≤ " + ratio + "× floor" : "", pct(p, 50), pct(p, 95), p[p.length - 1], pct(f, 50), pct(f, 95), r,
                met ? "yes" : "**no**", differences == 0 ? "yes" : "**no** (" + differences + ")"));
        System.out.println(md.substring(md.lastIndexOf("| " + name)));
        return met;
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String loadAverage() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return l[0] + " / " + l[1] + " / " + l[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
