package cn.xinfang.petition.it.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A benchmark (not a timed test) of the product's case-handling queries on a generated data set
 * in PostgreSQL ({@link MatterGenerator}). For each question it times, on the same connection
 * and interleaved iteration by iteration:
 * <ul>
 *   <li><b>product</b>: the statements Hibernate 6.6 (WildFly 39) sends for the boundary method,
 *   copied verbatim from Hibernate's own SQL log (a scratch Hibernate 6.6.40 run with the product's
 *   entities and JPQL, PostgreSQL dialect), bound the way Hibernate binds them, every column read,
 *   in the order the pages call them (count before page), with the other statements the code
 *   sends around them (a unit-scoped search's unit queries and the ancestor units its
 *   confidentiality condition loads; the open appeals of rows under review). List rows fetch
 *   petitioner, channel, category and its parent (Matter.LIST_FETCH), so the page code triggers no
 *   lazy loads. The caller lookup (CurrentUser.get, one per EJB call) is not included: the data
 *   set has no user accounts;</li>
 *   <li><b>floor</b>: the same question written by hand in the tightest SQL: one statement per
 *   result, only the columns the screen shows.</li>
 * </ul>
 * It reports p50 / p95 / max per question, the ratio product/floor, and EXPLAIN (ANALYZE,
 * BUFFERS) of the product's slow statements. ORM hydration and EJB overhead are not included.
 * Settings ({@code benchmark.*} system properties or key=value arguments): url, user, password,
 * warmup (20), iterations (300), slowIterations (30, for the full-scan questions), seed, only
 * (comma-separated case names), vacuum (true), out (petition-it/target/benchmark).
 */
public final class QueryBenchmark {

    /** MatterList.getInbox and the API's default page: handling.inbox(0, 50). */
    static final int INBOX_PAGE = 50;

    static final List<String> INBOX_STATES = List.of("HANDLING", "OBJECTED", "REPLY_DRAFTED", "REPLIED");

    // ------------------------------------------------------------------ the product's SQL, verbatim from Hibernate

    private static final String MATTER_COLUMNS = "m1_0.id,m1_0.acceptance_due,m1_0.accepted_on,m1_0.accused_party,"
            + "m1_0.accused_unit_id,m1_0.backlog_flag,m1_0.backlog_reason,m1_0.category_code";
    private static final String MATTER_REST = "m1_0.closed_on,m1_0.content,m1_0.cross_level,m1_0.decision_text,"
            + "m1_0.extension_days,m1_0.extension_reason,m1_0.handling_due,m1_0.idempotency_key,m1_0.kind,m1_0.lookup_code,"
            + "m1_0.main_unit_id,m1_0.number,m1_0.objection_due,m1_0.origin_id,m1_0.people_count,m1_0.petitioner_id";
    private static final String MATTER_TAIL = "m1_0.problem_place_id,m1_0.purpose,m1_0.rated_by,m1_0.rated_on,m1_0.rating,"
            + "m1_0.rating_comment,m1_0.rating_via,m1_0.received_on,m1_0.registered_at,m1_0.registered_by,"
            + "m1_0.registering_unit_id,m1_0.replied_on,m1_0.reply_approved_by,m1_0.reply_drafted_by,m1_0.reply_outcome,"
            + "m1_0.reply_text,m1_0.resolution_note,m1_0.resolved_by,m1_0.resolved_on,m1_0.routed_on,m1_0.routing_mode,"
            + "m1_0.state,m1_0.terminated_on,m1_0.termination_reason,m1_0.transfer_document,m1_0.transfer_level,m1_0.version";
    /**
     * Matter.LIST_FETCH: JOIN FETCH petitioner, channel, category mc, LEFT JOIN FETCH mc.parent (Petitions.search,
     * Handling.inbox, Matter.OF_PETITIONER). Hibernate puts the parent's columns where the category's parent_code
     * would be, and leaves c2_0.parent_code out.
     */
    private static final String LIST_SELECT = "select " + MATTER_COLUMNS + ",c2_0.code,c2_0.active,c2_0.name,p2_0.code,"
            + "p2_0.active,p2_0.name,p2_0.parent_code,p2_0.version,c2_0.version,m1_0.channel_code,c1_0.code,c1_0.active,"
            + "c1_0.stat_group,c1_0.name,c1_0.sort_order,c1_0.transfer,c1_0.version," + MATTER_REST + ",p1_0.id,p1_0.address,"
            + "p1_0.id_number,p1_0.name,p1_0.phone,p1_0.version," + MATTER_TAIL + " from matter m1_0 join petitioner p1_0 on"
            + " p1_0.id=m1_0.petitioner_id join channel c1_0 on c1_0.code=m1_0.channel_code join issue_category c2_0 on"
            + " c2_0.code=m1_0.category_code left join issue_category p2_0 on p2_0.code=c2_0.parent_code";

    static final String P_BY_NUMBER = "select " + MATTER_COLUMNS + ",m1_0.channel_code," + MATTER_REST + ","
            + MATTER_TAIL + " from matter m1_0 where m1_0.number=?";
    static final String P_PETITIONER_BY_ID = "select p1_0.id,p1_0.address,p1_0.id_number,p1_0.name,p1_0.phone,p1_0.version"
            + " from petitioner p1_0 where p1_0.id_number=?";
    /** Matter.OF_PETITIONER: with the petitioner fetched, "m.petitioner = :petitioner" becomes p1_0.id=?. */
    static final String P_OF_PETITIONER = LIST_SELECT + " where p1_0.id=? order by m1_0.received_on desc,m1_0.id desc";
    /** A unit proxy initialized (Unit.getParent() on an ancestor of the caller's unit). */
    static final String P_UNIT = "select u1_0.id,u1_0.active,u1_0.address,u1_0.code,u1_0.contact_phone,u1_0.kind,u1_0.name,"
            + "u1_0.parent_id,u1_0.version from unit u1_0 where u1_0.id=?";
    static final String P_INBOX = LIST_SELECT + " where m1_0.main_unit_id=? and m1_0.state in (?,?,?,?)"
            + " order by m1_0.handling_due,m1_0.id offset ? rows fetch first ? rows only";

    /** Petitions.unitAndBelow, one level: SELECT u FROM Unit u WHERE u.parent IN :p. */
    private static String unitsBelow(int parents) {
        return "select u1_0.id,u1_0.active,u1_0.address,u1_0.code,u1_0.contact_phone,u1_0.kind,u1_0.name,u1_0.parent_id,"
                + "u1_0.version from unit u1_0 where u1_0.parent_id in (" + String.join(",", java.util.Collections.nCopies(parents, "?")) + ")";
    }

    /** Appeal.OPEN_OF_MATTERS (MatterViews.summaries), sent only when a page has rows under review or re-review. */
    private static String openAppeals(int matters) {
        return "select a1_0.id,a1_0.authority_level,a1_0.authority_name,a1_0.decided_by,a1_0.decided_here,a1_0.decided_on,"
                + "a1_0.document_number,a1_0.due_on,a1_0.matter_id,a1_0.opinion,a1_0.outcome,a1_0.recorded_by,"
                + "a1_0.request_reason,a1_0.requested_on,a1_0.stage,a1_0.version from appeal a1_0 where a1_0.matter_id in ("
                + String.join(",", java.util.Collections.nCopies(matters, "?")) + ") and a1_0.outcome is null order by a1_0.stage";
    }

    /** Handling.inboxCount: not called by any page or API resource today; kept for the EXPLAIN of a future pager. */
    static final String P_INBOX_COUNT = "select count(m1_0.id) from matter m1_0 where m1_0.main_unit_id=? and m1_0.state in (?,?,?,?)";
    /** Petitions.search with an ID number in the search box (the text is a valid GB 11643 number). */
    static final String P_SEARCH_ID = LIST_SELECT + " where p1_0.id_number=?"
            + " order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only";
    static final String P_SEARCH_ID_COUNT = "select count(m1_0.id) from matter m1_0 join petitioner p1_0 on p1_0.id=m1_0.petitioner_id"
            + " where p1_0.id_number=?";
    /** Petitions.search with a matter number in the search box. */
    static final String P_SEARCH_NUMBER = LIST_SELECT + " where m1_0.number=?"
            + " order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only";
    static final String P_SEARCH_NUMBER_COUNT = "select count(m1_0.id) from matter m1_0 where m1_0.number=?";
    private static final String SEARCH_WHERE = " where c1_0.code=? and m1_0.kind=? and m1_0.state=? and m1_0.received_on>=?"
            + " and m1_0.received_on<=?";
    static final String P_SEARCH = LIST_SELECT + SEARCH_WHERE
            + " order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only";
    static final String P_SEARCH_COUNT = "select count(m1_0.id) from matter m1_0 where m1_0.channel_code=? and m1_0.kind=?"
            + " and m1_0.state=? and m1_0.received_on>=? and m1_0.received_on<=?";
    static final String P_TEXT = LIST_SELECT + " where m1_0.id in (select m2_0.id from matter m2_0 join petitioner p4_0 on"
            + " p4_0.id=m2_0.petitioner_id where p4_0.name like ? escape '!' union select m3_0.id from matter m3_0 where"
            + " m3_0.content like ? escape '!') order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only";
    static final String P_TEXT_COUNT = "select count(m1_0.id) from matter m1_0 where m1_0.id in (select m2_0.id from matter"
            + " m2_0 join petitioner p1_0 on p1_0.id=m2_0.petitioner_id where p1_0.name like ? escape '!' union select m3_0.id"
            + " from matter m3_0 where m3_0.content like ? escape '!')";

    private static String scopedWhere(int mine, int above) {
        String in = "(" + String.join(",", java.util.Collections.nCopies(mine, "?")) + ")";
        return " where (m1_0.registering_unit_id in " + in + " or m1_0.problem_place_id in " + in + " or m1_0.main_unit_id in "
                + in + " or exists(select 1 from matter_co_unit cu1_0 where cu1_0.unit_id in " + in
                + " and m1_0.id=cu1_0.matter_id)) and not((m1_0.kind=? and m1_0.accused_unit_id is not null"
                + " and m1_0.accused_unit_id in (" + String.join(",", java.util.Collections.nCopies(above, "?")) + ")))"
                + " and m1_0.state=?";
    }

    // ------------------------------------------------------------------ the floor: the same questions by hand

    private static final String SUMMARY = "m.id, m.number, m.received_on, ch.name, ch.stat_group, m.kind,"
            + " pc.name || ' / ' || c.name, m.state, p.name, m.people_count, m.cross_level, m.origin_id IS NOT NULL,"
            + " m.acceptance_due, m.handling_due, left(m.content, 61)";
    private static final String SUMMARY_FROM = " FROM matter m JOIN petitioner p ON p.id = m.petitioner_id"
            + " JOIN channel ch ON ch.code = m.channel_code JOIN issue_category c ON c.code = m.category_code"
            + " LEFT JOIN issue_category pc ON pc.code = c.parent_code";
    static final String F_BY_NUMBER = "SELECT id FROM matter WHERE number = ?";
    static final String F_BY_ID_NUMBER = "SELECT " + SUMMARY + SUMMARY_FROM
            + " WHERE p.id_number = ? ORDER BY m.received_on DESC, m.id DESC";
    static final String F_INBOX = "SELECT " + SUMMARY + SUMMARY_FROM
            + " WHERE m.main_unit_id = ? AND m.state IN ('HANDLING', 'OBJECTED', 'REPLY_DRAFTED', 'REPLIED')"
            + " ORDER BY m.handling_due, m.id LIMIT ?";
    /** The search box with a matter number: unique, so the page is the answer and its size the count. */
    static final String F_SEARCH_NUMBER = "SELECT " + SUMMARY + SUMMARY_FROM + " WHERE m.number = ?";
    /** The search box with an ID number: the first page and the total in one statement. */
    static final String F_SEARCH_ID = "SELECT " + SUMMARY + ", count(*) OVER ()" + SUMMARY_FROM
            + " WHERE p.id_number = ? ORDER BY m.received_on DESC, m.id DESC LIMIT 20";
    static final String F_SEARCH = "SELECT " + SUMMARY + SUMMARY_FROM + " WHERE m.channel_code = ? AND m.kind = ? AND m.state = ?"
            + " AND m.received_on BETWEEN ? AND ? ORDER BY m.received_on DESC, m.id DESC LIMIT ? OFFSET ?";
    static final String F_SEARCH_COUNT = "SELECT count(*) FROM matter WHERE channel_code = ? AND kind = ? AND state = ?"
            + " AND received_on BETWEEN ? AND ?";
    /** The matches of either side, each found through its own trigram index (V9), then the page. */
    private static final String F_TEXT_IDS = " (SELECT m2.id FROM matter m2 JOIN petitioner p2 ON p2.id = m2.petitioner_id"
            + " WHERE p2.name LIKE ? UNION SELECT id FROM matter WHERE content LIKE ?)";
    static final String F_TEXT = "SELECT " + SUMMARY + SUMMARY_FROM + " WHERE m.id IN" + F_TEXT_IDS
            + " ORDER BY m.received_on DESC, m.id DESC LIMIT ? OFFSET ?";
    static final String F_TEXT_COUNT = "SELECT count(*) FROM" + F_TEXT_IDS + " t";
    /** Not the same question: the name prefix alone, as a search split from the content search would ask it. */
    static final String F_NAME_ONLY = "SELECT " + SUMMARY + SUMMARY_FROM + " WHERE p.name LIKE ?"
            + " ORDER BY m.received_on DESC, m.id DESC LIMIT ? OFFSET ?";
    static final String F_NAME_ONLY_COUNT = "SELECT count(*) FROM matter m JOIN petitioner p ON p.id = m.petitioner_id WHERE p.name LIKE ?";
    static final String F_SCOPED = "SELECT " + SUMMARY + SUMMARY_FROM + " WHERE m.state = ? AND (m.registering_unit_id = ANY (?)"
            + " OR m.problem_place_id = ANY (?) OR m.main_unit_id = ANY (?)"
            + " OR EXISTS (SELECT 1 FROM matter_co_unit cu WHERE cu.matter_id = m.id AND cu.unit_id = ANY (?)))"
            + " AND NOT (m.kind = 'ACCUSATION' AND m.accused_unit_id = ANY (?)) ORDER BY m.received_on DESC, m.id DESC LIMIT ? OFFSET ?";
    static final String F_SCOPED_COUNT = "SELECT count(*) FROM matter m WHERE m.state = ? AND (m.registering_unit_id = ANY (?)"
            + " OR m.problem_place_id = ANY (?) OR m.main_unit_id = ANY (?)"
            + " OR EXISTS (SELECT 1 FROM matter_co_unit cu WHERE cu.matter_id = m.id AND cu.unit_id = ANY (?)))"
            + " AND NOT (m.kind = 'ACCUSATION' AND m.accused_unit_id = ANY (?))";

    // ------------------------------------------------------------------ running

    private final Map<String, String> opt;
    private final Connection con;
    private final SplittableRandom rnd;
    private final Map<Long, Long> unitParent = new HashMap<>();
    private final List<String> explains = new ArrayList<>();

    private List<String> numbers;
    private List<String> idNumbers;
    private List<Long> inboxUnits;
    private List<String> prefixes;
    /** Three or four consecutive characters of the content of sampled matters. */
    private List<String> words;
    private List<Long> scopedTownships;
    private LocalDate first;
    private LocalDate last;

    private QueryBenchmark(Map<String, String> opt, Connection con) {
        this.opt = opt;
        this.con = con;
        this.rnd = new SplittableRandom(Long.parseLong(opt.getOrDefault("seed", "11")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (String k : List.of("url", "user", "password", "warmup", "iterations", "slowIterations", "seed", "only", "vacuum", "out")) {
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
        String url = opt.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/petition_bench");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the benchmark runs on PostgreSQL: " + url);
        }
        Properties p = new Properties();
        p.setProperty("user", opt.getOrDefault("user", "postgres"));
        p.setProperty("password", opt.getOrDefault("password", "postgres"));
        // the connection pool of this benchmark: one connection, used by product and floor alike
        try (Connection con = new org.postgresql.Driver().connect(url, p)) {
            new QueryBenchmark(opt, con).run(url);
        }
    }

    private record Stats(double p50, double p95, double max, double mean) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            return new Stats(pct(s, 50), pct(s, 95), s[s.length - 1], Arrays.stream(s).average().orElse(0));
        }

        private static double pct(double[] sorted, double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    private record Row(String name, String question, double targetMs, int iterations, Stats product, Stats productMain,
                       double statements, Stats floor, String floorNote) {
    }

    /** One question: how the product asks it and how the floor asks it, with fresh parameters per iteration. */
    private interface Side {
        /** Runs one request; returns the number of statements sent. */
        int run(Object[] params) throws SQLException;
    }

    private record Case(String name, String question, double targetMs, boolean slow, java.util.function.Supplier<Object[]> params,
                        Side product, Side productMain, Side floor, String floorNote) {
    }

    private void run(String url) throws SQLException, IOException {
        // exec:java runs in the directory Maven was started from: the project root or petition-it
        Path out = Path.of(opt.getOrDefault("out", Files.isDirectory(Path.of("petition-it")) ? "petition-it/target/benchmark" : "target/benchmark"));
        Files.createDirectories(out);
        String version = scalar("SHOW server_version");
        long matters = Long.parseLong(scalar("SELECT count(*) FROM matter"));
        long petitioners = Long.parseLong(scalar("SELECT count(*) FROM petitioner"));
        long events = Long.parseLong(scalar("SELECT count(*) FROM matter_event"));
        System.out.printf(Locale.ROOT, "PostgreSQL %s, %,d matters, %,d petitioners, %,d events (%s)%n", version, matters,
                petitioners, events, url);
        if (Boolean.parseBoolean(opt.getOrDefault("vacuum", "true"))) {
            long t = System.nanoTime();
            exec("VACUUM (ANALYZE)");
            System.out.printf(Locale.ROOT, "VACUUM (ANALYZE) %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        sample();
        String loadBefore = loadAverage();
        System.out.println("load average before: " + loadBefore);

        List<Case> cases = cases();
        Set<String> only = opt.containsKey("only") ? Set.of(opt.get("only").split(",")) : null;
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "20"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "300"));
        int slowIterations = Integer.parseInt(opt.getOrDefault("slowIterations", "30"));
        List<Row> rows = new ArrayList<>();
        for (Case c : cases) {
            if (only != null && !only.contains(c.name())) {
                continue;
            }
            int n = c.slow() ? slowIterations : iterations;
            int w = c.slow() ? Math.min(warmup, 2) : warmup;
            System.out.printf(Locale.ROOT, "%s: %d warm-up + %d iterations ...%n", c.name(), w, n);
            long t0 = System.nanoTime();
            for (int i = 0; i < w; i++) {
                Object[] params = c.params().get();
                c.product().run(params);
                c.floor().run(params);
            }
            double[] product = new double[n];
            double[] main = new double[n];
            double[] floor = new double[n];
            long statements = 0;
            Object[] slowest = null;
            double slowestMs = -1;
            for (int i = 0; i < n; i++) {
                Object[] params = c.params().get();
                // alternate the order so neither side always runs on the other's warm cache
                if (i % 2 == 0) {
                    long a = System.nanoTime();
                    statements += c.product().run(params);
                    product[i] = (System.nanoTime() - a) / 1e6;
                    a = System.nanoTime();
                    c.floor().run(params);
                    floor[i] = (System.nanoTime() - a) / 1e6;
                } else {
                    long a = System.nanoTime();
                    c.floor().run(params);
                    floor[i] = (System.nanoTime() - a) / 1e6;
                    a = System.nanoTime();
                    statements += c.product().run(params);
                    product[i] = (System.nanoTime() - a) / 1e6;
                }
                if (product[i] > slowestMs) {
                    slowestMs = product[i];
                    slowest = params;
                }
                if (!c.slow()) {
                    // the product's main statement(s) alone, without the statements around them (not worth it for the full scans)
                    long a = System.nanoTime();
                    c.productMain().run(params);
                    main[i] = (System.nanoTime() - a) / 1e6;
                }
                if (c.slow() && (i + 1) % 10 == 0) {
                    System.out.printf(Locale.ROOT, "  %d/%d, %.0f s%n", i + 1, n, (System.nanoTime() - t0) / 1e9);
                }
            }
            Row r = new Row(c.name(), c.question(), c.targetMs(), n, Stats.of(product), c.slow() ? null : Stats.of(main),
                    statements / (double) n, Stats.of(floor), c.floorNote());
            rows.add(r);
            System.out.printf(Locale.ROOT, "  product p50 %.2f p95 %.2f max %.2f ms (%.1f statements) | main statement(s) p95 %s"
                            + " | floor p50 %.2f p95 %.2f max %.2f ms | ratio p95 %.2f | %.0f s%n",
                    r.product().p50(), r.product().p95(), r.product().max(), r.statements(), mainP95(r),
                    r.floor().p50(), r.floor().p95(), r.floor().max(), r.product().p95() / r.floor().p95(),
                    (System.nanoTime() - t0) / 1e9);
            if (r.product().p95() > Math.min(50, r.targetMs())) {
                explain(c, slowest, out);
            }
        }
        String table = table(rows, version, matters, petitioners, events)
                + "\nLoad average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage() + ".\n";
        System.out.println();
        System.out.println(table);
        Files.writeString(out.resolve("results.md"), table + "\n" + String.join("\n", explains), StandardCharsets.UTF_8);
        System.out.println("results and plans written to " + out.toAbsolutePath().resolve("results.md"));
    }

    // ------------------------------------------------------------------ the questions

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("lookup-number", "matter by number (Petitions.idOfNumber)", 20, false,
                () -> new Object[]{pick(numbers)},
                p -> query(P_BY_NUMBER, p[0]),
                p -> query(P_BY_NUMBER, p[0]),
                p -> query(F_BY_NUMBER, p[0]), "id by number"));

        cases.add(new Case("lookup-id-number", "a petitioner's matters by ID number (Petitions.earlierMatters)", 20, false,
                () -> new Object[]{pick(idNumbers)},
                p -> earlierMatters((String) p[0], true),
                p -> earlierMatters((String) p[0], false),
                p -> query(F_BY_ID_NUMBER, p[0]), "one join returning the summaries"));

        cases.add(new Case("search-number", "search box with a matter number, page 1 + count (Petitions.search/count)", 20, false,
                () -> new Object[]{pick(numbers)},
                p -> page(P_SEARCH_NUMBER, P_SEARCH_NUMBER_COUNT, true, p[0]),
                p -> page(P_SEARCH_NUMBER, P_SEARCH_NUMBER_COUNT, false, p[0]),
                p -> query(F_SEARCH_NUMBER, p[0]), "one statement, summary columns (unique: the rows are the count)"));

        cases.add(new Case("search-id-number", "search box with an ID number, page 1 + count (Petitions.search/count)", 20, false,
                () -> new Object[]{pick(idNumbers)},
                p -> page(P_SEARCH_ID, P_SEARCH_ID_COUNT, true, p[0]),
                p -> page(P_SEARCH_ID, P_SEARCH_ID_COUNT, false, p[0]),
                p -> query(F_SEARCH_ID, p[0]), "one statement, summary columns + count(*) OVER ()"));

        cases.add(new Case("inbox", "unit inbox, the first 50 (Handling.inbox: MatterList, GET /api/matters/inbox)", 300, false,
                () -> new Object[]{pick(inboxUnits)},
                p -> inbox((Long) p[0], true),
                p -> inbox((Long) p[0], false),
                p -> query(F_INBOX, p[0], 50), "the first 50, summary columns"));

        cases.add(new Case("search", "filtered search, page 3 + count: channel, kind, state CLOSED, received 30-365 days (Petitions.search/count)", 300, false,
                this::searchParams,
                p -> search(p, true),
                p -> search(p, false),
                p -> query(F_SEARCH, p[0], p[1], p[2], p[3], p[4], 20, 40) + query(F_SEARCH_COUNT, p[0], p[1], p[2], p[3], p[4]),
                "page + count, summary columns"));

        cases.add(new Case("name-prefix", "text search by a petitioner name prefix, page 1 + count (Petitions.search text)", 300, true,
                () -> new Object[]{pick(prefixes)},
                p -> text((String) p[0], true),
                p -> text((String) p[0], false),
                p -> query(F_TEXT, p[0] + "%", "%" + p[0] + "%", 20, 0) + query(F_TEXT_COUNT, p[0] + "%", "%" + p[0] + "%"),
                "same predicate (name prefix OR content contains), summary columns"));

        cases.add(new Case("content-words", "text search by 3-4 characters of a matter's content, page 1 + count (Petitions.search text)", 300, true,
                () -> new Object[]{pick(words)},
                p -> text((String) p[0], true),
                p -> text((String) p[0], false),
                p -> query(F_TEXT, p[0] + "%", "%" + p[0] + "%", 20, 0) + query(F_TEXT_COUNT, p[0] + "%", "%" + p[0] + "%"),
                "same question, union of the two index lookups, summary columns"));

        cases.add(new Case("name-prefix-only", "for comparison: name prefix alone, without the content match (not what the product asks)", 300, true,
                () -> new Object[]{pick(prefixes)},
                p -> query(F_NAME_ONLY, p[0] + "%", 20, 0) + query(F_NAME_ONLY_COUNT, p[0] + "%"),
                p -> query(F_NAME_ONLY, p[0] + "%", 20, 0),
                p -> query(F_NAME_ONLY, p[0] + "%", 20, 0) + query(F_NAME_ONLY_COUNT, p[0] + "%"),
                "the product side here is the same hand-written SQL"));

        cases.add(new Case("search-scoped", "search as a township clerk (unit scoping), state HANDLING, page 1 + count", 300, true,
                () -> new Object[]{pick(scopedTownships)},
                p -> scoped((Long) p[0], true),
                p -> scoped((Long) p[0], false),
                p -> scopedFloor((Long) p[0]), "same predicate with = ANY(array), summary columns"));
        return cases;
    }

    private Object[] searchParams() {
        String[] channels = {"VISIT", "LETTER", "ONLINE", "CALL"};
        int[] windows = {30, 90, 365};
        int days = windows[rnd.nextInt(windows.length)];
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, last) - days;
        LocalDate from = first.plusDays(rnd.nextLong(Math.max(1, span)));
        return new Object[]{channels[rnd.nextInt(channels.length)], rnd.nextDouble() < 0.7 ? "GRIEVANCE" : "ACCUSATION",
                "CLOSED", from, from.plusDays(days - 1)};
    }

    /**
     * Petitions.earlierMatters: the petitioner (Registrar.findPetitioner), then Matter.OF_PETITIONER with
     * LIST_FETCH; MatterViews.summaries adds the open appeals only if a row is under review.
     */
    private int earlierMatters(String idNumber, boolean extras) throws SQLException {
        Long petitioner = null;
        try (PreparedStatement ps = con.prepareStatement(P_PETITIONER_BY_ID)) {
            ps.setString(1, idNumber);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    petitioner = rs.getLong(1);
                    readAll(rs);
                }
            }
        }
        if (petitioner == null) {
            return 1;
        }
        return 1 + listPage(extras, P_OF_PETITIONER, petitioner);
    }

    /** Handling.inbox(0, 50): one statement; no count (nothing calls Handling.inboxCount), no per-row access check. */
    private int inbox(long unit, boolean extras) throws SQLException {
        List<Object> p = new ArrayList<>();
        p.add(unit);
        p.addAll(INBOX_STATES);
        p.add(0);
        p.add(INBOX_PAGE);
        return listPage(extras, P_INBOX, p.toArray());
    }

    /**
     * One search with a single-valued text criterion (number, ID number): Petitions.count, then Petitions.search
     * (the order MatterList's LazyDataModel and GET /api/matters call them in).
     */
    private int page(String pageSql, String countSql, boolean extras, Object value) throws SQLException {
        return query(countSql, value) + listPage(extras, pageSql, value, 0, 20);
    }

    private int search(Object[] p, boolean extras) throws SQLException {
        return query(P_SEARCH_COUNT, p[0], p[1], p[2], p[3], p[4]) + listPage(extras, P_SEARCH, p[0], p[1], p[2], p[3], p[4], 40, 20);
    }

    private int text(String prefix, boolean extras) throws SQLException {
        // Petitions.where escapes ! % _ with '!' (LikePatterns) and names it: "escape '!'"
        String startsWith = cn.xinfang.petition.shared.control.LikePatterns.startsWith(prefix);
        String contains = cn.xinfang.petition.shared.control.LikePatterns.contains(prefix);
        return query(P_TEXT_COUNT, startsWith, contains) + listPage(extras, P_TEXT, startsWith, contains, 0, 20);
    }

    /**
     * A list query with Matter.LIST_FETCH, every column read, then what MatterViews.summaries sends: the open
     * appeals of the rows under review or re-review, one statement for the page, only if there are such rows
     * (the generated data have none). Returns the statements sent.
     */
    private int listPage(boolean extras, String sql, Object... params) throws SQLException {
        List<Long> appealing = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                int id = rs.findColumn("id");
                int state = rs.findColumn("state");
                while (rs.next()) {
                    readAll(rs);
                    String st = rs.getString(state);
                    if ("UNDER_REVIEW".equals(st) || "UNDER_RE_REVIEW".equals(st)) {
                        appealing.add(rs.getLong(id));
                    }
                }
            }
        }
        if (!extras || appealing.isEmpty()) {
            return 1;
        }
        return 1 + query(openAppeals(appealing.size()), appealing.toArray());
    }

    private List<Long> below(long township) {
        List<Long> mine = new ArrayList<>();
        mine.add(township);
        unitParent.forEach((id, parent) -> {
            if (parent != null && parent == township) {
                mine.add(id);
            }
        });
        mine.sort(null);
        return mine;
    }

    private List<Long> above(long unit) {
        List<Long> above = new ArrayList<>();
        for (Long u = unit; u != null && u != 0; u = unitParent.get(u)) {
            above.add(u);
        }
        return above;
    }

    /**
     * Search as a township clerk: Petitions.count, then Petitions.search, each its own EJB call and persistence
     * context, each building its WHERE (Petitions.where) with the same statements first: unitAndBelow (one unit
     * query per level below the caller's unit) and MatterAccess.confidentialityCondition, whose walk up
     * (Unit.getParent()) initializes every ancestor of the caller's unit (loaded with the caller) by id.
     */
    private int scoped(long township, boolean extras) throws SQLException {
        List<Long> mine = below(township);
        List<Long> above = above(township);
        String where = scopedWhere(mine.size(), above.size());
        List<Object> params = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            params.addAll(mine);
        }
        params.add("ACCUSATION");
        params.addAll(above);
        params.add("HANDLING");
        int statements = 0;
        if (extras) {
            statements += scopeStatements(township);
        }
        statements += query("select count(m1_0.id) from matter m1_0" + where, params.toArray());
        if (extras) {
            statements += scopeStatements(township);
        }
        List<Object> page = new ArrayList<>(params);
        page.add(0);
        page.add(20);
        statements += listPage(extras, LIST_SELECT + where
                + " order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only", page.toArray());
        return statements;
    }

    /** What Petitions.where sends for a unit-staff caller before the query itself. */
    private int scopeStatements(long unit) throws SQLException {
        int statements = 0;
        // Petitions.unitAndBelow: one query per level, until a level has no children
        List<Long> frontier = List.of(unit);
        while (!frontier.isEmpty()) {
            statements += query(unitsBelow(frontier.size()), frontier.toArray());
            Set<Long> parents = new HashSet<>(frontier);
            List<Long> next = new ArrayList<>();
            unitParent.forEach((id, parent) -> {
                if (parent != null && parents.contains(parent)) {
                    next.add(id);
                }
            });
            next.sort(null);
            frontier = next;
        }
        // MatterAccess.confidentialityCondition: for (u = me.getUnit(); u != null; u = u.getParent()) loads each ancestor
        for (Long u = unitParent.get(unit); u != null && u != 0; u = unitParent.get(u)) {
            statements += query(P_UNIT, u);
        }
        return statements;
    }

    private int scopedFloor(long township) throws SQLException {
        Long[] mine = below(township).toArray(new Long[0]);
        Long[] above = above(township).toArray(new Long[0]);
        java.sql.Array a = con.createArrayOf("bigint", mine);
        java.sql.Array b = con.createArrayOf("bigint", above);
        return query(F_SCOPED, "HANDLING", a, a, a, a, b, 20, 0) + query(F_SCOPED_COUNT, "HANDLING", a, a, a, a, b);
    }

    // ------------------------------------------------------------------ parameters from the data

    private void sample() throws SQLException {
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery("SELECT id, parent_id FROM unit")) {
            while (rs.next()) {
                unitParent.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2));
            }
        }
        // pseudo-random but repeatable samples (ORDER BY a hash of the id)
        numbers = strings("SELECT number FROM matter ORDER BY md5(id::text) LIMIT 1000");
        idNumbers = strings("SELECT id_number FROM petitioner WHERE id_number IS NOT NULL ORDER BY md5(id::text) LIMIT 1000");
        // the five departments with the most open matters in their inbox
        inboxUnits = new ArrayList<>();
        for (String id : strings("SELECT m.main_unit_id FROM matter m JOIN unit u ON u.id = m.main_unit_id"
                + " WHERE u.kind = 'DEPARTMENT' AND m.state IN ('HANDLING', 'OBJECTED', 'REPLY_DRAFTED', 'REPLIED')"
                + " GROUP BY m.main_unit_id ORDER BY count(*) DESC LIMIT 5")) {
            inboxUnits.add(Long.parseLong(id));
        }
        prefixes = new ArrayList<>(new LinkedHashSet<>(strings("SELECT left(name, 2) FROM petitioner WHERE length(name) >= 2"
                + " ORDER BY md5(id::text) LIMIT 300")));
        words = new ArrayList<>(new LinkedHashSet<>(strings("SELECT substr(content, 1 + (id % 20)::int, 3 + (id % 2)::int)"
                + " FROM matter WHERE length(content) >= 30 ORDER BY md5(id::text) LIMIT 300")));
        scopedTownships = new ArrayList<>();
        for (String id : strings("SELECT id FROM unit WHERE kind = 'TOWNSHIP' ORDER BY code")) {
            scopedTownships.add(Long.parseLong(id));
        }
        first = LocalDate.parse(scalar("SELECT min(received_on) FROM matter"));
        last = LocalDate.parse(scalar("SELECT max(received_on) FROM matter"));
        System.out.printf(Locale.ROOT, "inbox units %s: %s open matters%n", inboxUnits, strings(
                "SELECT count(*) FROM matter WHERE main_unit_id IN (" + inboxUnits.toString().replaceAll("[\\[\\]]", "")
                        + ") AND state IN ('HANDLING', 'OBJECTED', 'REPLY_DRAFTED', 'REPLIED') GROUP BY main_unit_id ORDER BY 1 DESC"));
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    // ------------------------------------------------------------------ EXPLAIN of the slow ones

    /** EXPLAIN (ANALYZE, BUFFERS) of the product's statements with the parameters of its slowest iteration. */
    private void explain(Case c, Object[] p, Path out) throws SQLException, IOException {
        List<String[]> statements = new ArrayList<>();
        switch (c.name()) {
            case "inbox" -> {
                statements.add(new String[]{"page", inline(P_INBOX, p[0], "HANDLING", "OBJECTED", "REPLY_DRAFTED", "REPLIED", 0, INBOX_PAGE)});
            }
            case "search" -> {
                statements.add(new String[]{"page", inline(P_SEARCH, p[0], p[1], p[2], p[3], p[4], 40, 20)});
                statements.add(new String[]{"count", inline(P_SEARCH_COUNT, p[0], p[1], p[2], p[3], p[4])});
            }
            case "name-prefix", "content-words" -> {
                String startsWith = cn.xinfang.petition.shared.control.LikePatterns.startsWith((String) p[0]);
                String contains = cn.xinfang.petition.shared.control.LikePatterns.contains((String) p[0]);
                statements.add(new String[]{"page", inline(P_TEXT, startsWith, contains, 0, 20)});
                statements.add(new String[]{"count", inline(P_TEXT_COUNT, startsWith, contains)});
            }
            case "name-prefix-only" -> {
                statements.add(new String[]{"page", inline(F_NAME_ONLY, p[0] + "%", 20, 0)});
                statements.add(new String[]{"count", inline(F_NAME_ONLY_COUNT, p[0] + "%")});
            }
            case "search-scoped" -> {
                List<Long> mine = below((Long) p[0]);
                List<Long> above = above((Long) p[0]);
                List<Object> params = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    params.addAll(mine);
                }
                params.add("ACCUSATION");
                params.addAll(above);
                params.add("HANDLING");
                String where = scopedWhere(mine.size(), above.size());
                List<Object> page = new ArrayList<>(params);
                page.add(0);
                page.add(20);
                statements.add(new String[]{"page", inline(LIST_SELECT + where
                        + " order by m1_0.received_on desc,m1_0.id desc offset ? rows fetch first ? rows only", page.toArray())});
                statements.add(new String[]{"count", inline("select count(m1_0.id) from matter m1_0" + where, params.toArray())});
            }
            default -> {
                return;
            }
        }
        StringBuilder md = new StringBuilder("\n### EXPLAIN (ANALYZE, BUFFERS): " + c.name()
                + ", parameters of the slowest iteration " + Arrays.toString(p) + "\n");
        for (String[] s : statements) {
            List<String> plan = strings("EXPLAIN (ANALYZE, BUFFERS) " + s[1]);
            Files.write(out.resolve("explain-" + c.name() + "-" + s[0] + ".txt"), plan, StandardCharsets.UTF_8);
            md.append("\n").append(s[0]).append(":\n\n```\n");
            for (String line : plan) {
                md.append(line.length() > 160 ? line.substring(0, 160) + "…" : line).append('\n');
            }
            md.append("```\n");
        }
        explains.add(md.toString());
        System.out.println(md);
    }

    /** The statement with its parameters written in, for EXPLAIN (ANALYZE) with a custom plan like the first executions. */
    private static String inline(String sql, Object... params) {
        StringBuilder b = new StringBuilder();
        int p = 0;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?') {
                Object v = params[p++];
                if (v instanceof Number) {
                    b.append(v);
                } else if (v instanceof LocalDate d) {
                    b.append("DATE '").append(d).append('\'');
                } else {
                    b.append('\'').append(String.valueOf(v).replace("'", "''")).append('\'');
                }
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ output

    private static String table(List<Row> rows, String version, long matters, long petitioners, long events) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PostgreSQL %s; %,d matters, %,d petitioners, %,d timeline events.%n%n", version,
                matters, petitioners, events));
        b.append("| question | target p95 | product p50 | product p95 | product max | statements | main statement(s) p95"
                + " | floor p50 | floor p95 | floor max | product/floor (p95) | meets target |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s: %s | %.0f ms | %.2f | %.2f | %.2f | %.1f | %s | %.2f | %.2f | %.2f | %.2f | %s |%n",
                    r.name(), r.question(), r.targetMs(), r.product().p50(), r.product().p95(), r.product().max(),
                    r.statements(), mainP95(r), r.floor().p50(), r.floor().p95(), r.floor().max(),
                    r.product().p95() / r.floor().p95(), r.product().p95() <= r.targetMs() ? "yes" : "**no**"));
        }
        b.append(String.format(Locale.ROOT, "%nAll times in ms, %s iterations per question after warm-up; floor: %s.%n",
                rows.stream().map(r -> r.name() + " " + r.iterations()).toList(),
                String.join("; ", rows.stream().map(r -> r.name() + " = " + r.floorNote()).toList())));
        return b.toString();
    }

    private static String mainP95(Row r) {
        return r.productMain() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.productMain().p95());
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ------------------------------------------------------------------ JDBC helpers

    private int query(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readAll(rs);
                }
            }
        }
        return 1;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else if (v instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else if (v instanceof java.sql.Array a) {
                ps.setArray(i + 1, a);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Reads every column, as an ORM or a page would. */
    private static void readAll(ResultSet rs) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        for (int i = 1; i <= n; i++) {
            rs.getObject(i);
        }
    }

    private String scalar(String sql) throws SQLException {
        try (Statement s = con.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
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

    private void exec(String sql) throws SQLException {
        try (Statement s = con.createStatement()) {
            s.execute(sql);
        }
    }
}
