package cn.xinfang.petition.it.tools;

import cn.xinfang.petition.casehandling.control.SyntheticMatters;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.File;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads N realistic petition matters (信访事项) into an H2 or PostgreSQL database by bulk SQL, for
 * benchmarks and for trying the product on a large data set. Plain JDBC, no container: it runs the
 * product's real Flyway migrations first, then the product's own generator
 * ({@link SyntheticMatters}, which the demo county's first start uses too) creates a county with
 * departments, townships and villages (unless one with the same code exists), petitioners with
 * valid ID numbers, and matters spread over the last years with their whole life so far (decision,
 * routing, extension, reply, report, closing) and timeline events; here it writes with COPY on
 * PostgreSQL, then commits per chunk and runs ANALYZE (VACUUM (ANALYZE) on PostgreSQL). See {@code docs/data-generator.md}.
 *
 * <p>Deterministic for a given seed, start year and reference date ("today"). PostgreSQL is
 * loaded with COPY, H2 with batched multi-row INSERTs. Settings come from system properties
 * {@code generate.*} or from {@code key=value} arguments (which win):
 * url, user, password, count (1000000), seed (20240501), startYear (today's year - 3),
 * today (the date the data set ends, default today in Asia/Shanghai), county (331100), chunk.
 */
public final class MatterGenerator {

    // ------------------------------------------------------------------ options and result

    public record Options(String url, String user, String password, int count, long seed, int startYear,
                          LocalDate today, String countyCode, int chunk, boolean progress) {

        public static Options parse(String[] args) {
            Map<String, String> p = new HashMap<>();
            for (String name : List.of("url", "user", "password", "count", "seed", "startYear", "today", "county", "chunk")) {
                String v = System.getProperty("generate." + name);
                if (v != null && !v.isBlank()) {
                    p.put(name, v.strip());
                }
            }
            for (String a : args == null ? new String[0] : args) {
                String s = a.startsWith("--") ? a.substring(2) : a;
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("arguments are key=value, got: " + a);
                }
                p.put(s.substring(0, eq), s.substring(eq + 1));
            }
            String url = p.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/petition_bench");
            boolean pg = url.startsWith("jdbc:postgresql:");
            LocalDate today = p.containsKey("today") ? LocalDate.parse(p.get("today")) : LocalDate.now(ZoneId.of("Asia/Shanghai"));
            return new Options(url, p.getOrDefault("user", pg ? "postgres" : "sa"),
                    p.getOrDefault("password", pg ? "postgres" : ""),
                    Integer.parseInt(p.getOrDefault("count", "1000000").replace("_", "")),
                    Long.parseLong(p.getOrDefault("seed", "20240501")),
                    Integer.parseInt(p.getOrDefault("startYear", String.valueOf(today.getYear() - 3))),
                    today, p.getOrDefault("county", "331100"),
                    Integer.parseInt(p.getOrDefault("chunk", "20000")), true);
        }

        public Options quiet() {
            return new Options(url, user, password, count, seed, startYear, today, countyCode, chunk, false);
        }
    }

    public record Result(int units, int petitioners, int matters, int representatives, int coUnits, int events,
                         double seconds, int appeals, int ratings, int refusals, int backlogDated) {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        System.out.printf(Locale.ROOT, "generating %,d matters into %s (seed %d, %d-01-01 .. %s, county %s)%n",
                o.count(), o.url(), o.seed(), o.startYear(), o.today(), o.countyCode());
        new MatterGenerator(o).run();
    }

    static final ZoneOffset CST = ZoneOffset.ofHours(8);

    private final Options o;
    private final boolean pg;
    private Connection con;

    public MatterGenerator(Options o) {
        this.o = o;
        this.pg = o.url().startsWith("jdbc:postgresql:");
    }

    public Result run() throws SQLException {
        long t0 = System.nanoTime();
        if (o.count() < 0 || o.startYear() > o.today().getYear()) {
            throw new IllegalArgumentException("count must be >= 0 and startYear <= today's year");
        }
        DataSource ds = dataSource();
        try (Connection c = ds.getConnection()) {
            // connected before migrating: an in-memory H2 database lives as long as a connection to it
            migrate(ds);
            con = c;
            c.setAutoCommit(false);
            if (pg) {
                exec("SET synchronous_commit TO OFF");
            }
            SyntheticMatters.Options so = new SyntheticMatters.Options(o.count(), o.seed(), LocalDate.of(o.startYear(), 1, 1),
                    o.today(), null, o.countyCode(), o.chunk(), false, Map.of(), o.progress() ? System.out::println : null);
            SyntheticMatters.Result r = new SyntheticMatters(c, so, pg ? CopySink::new : SyntheticMatters::insertSink).run();
            c.commit();
            long t = System.nanoTime();
            if (pg) {
                // VACUUM too: it marks the freshly copied pages all-visible, as autovacuum does on a running
                // database, so that index-only scans (the statistics' covering index, V66) read no heap
                c.setAutoCommit(true);
                exec("VACUUM (ANALYZE)");
                c.setAutoCommit(false);
            } else {
                exec("ANALYZE");
            }
            log(String.format(Locale.ROOT, "statistics updated (%s %.1f s)", pg ? "VACUUM (ANALYZE)" : "ANALYZE",
                    (System.nanoTime() - t) / 1e9));
            double seconds = (System.nanoTime() - t0) / 1e9;
            log(String.format(Locale.ROOT, "total %.1f s (%s)", seconds, pg ? "PostgreSQL COPY" : "batched INSERT"));
            return new Result(r.units(), r.petitioners(), r.matters(), r.representatives(), r.coUnits(), r.events(), seconds,
                    r.appeals(), r.ratings(), r.refusals(), r.backlogDated());
        }
    }

    private DataSource dataSource() {
        if (pg) {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(o.url());
            ds.setUser(o.user());
            ds.setPassword(o.password());
            return ds;
        }
        if (o.url().startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(o.url());
            ds.setUser(o.user());
            ds.setPassword(o.password());
            return ds;
        }
        throw new IllegalArgumentException("only jdbc:postgresql: and jdbc:h2: URLs are supported: " + o.url());
    }

    /** The product's own migrations, from petition-ejb on the class path (or its source folder). */
    private void migrate(DataSource ds) {
        ClassLoader cl = MatterGenerator.class.getClassLoader();
        String location = "classpath:db/migration";
        if (cl.getResource("db/migration/V1__platform.sql") == null) {
            location = null;
            for (String dir : List.of("../petition-ejb/src/main/resources/db/migration", "petition-ejb/src/main/resources/db/migration")) {
                if (new File(dir, "V1__platform.sql").isFile()) {
                    location = "filesystem:" + new File(dir).getAbsolutePath();
                    break;
                }
            }
            if (location == null) {
                throw new IllegalStateException("the migrations are neither on the class path nor in petition-ejb/src/main/resources");
            }
        }
        var result = cn.xinfang.petition.shared.control.Migrations.configure(cl, ds, location).load().migrate();
        log("schema migrated (" + result.migrationsExecuted + " migrations applied now, from " + location + ")");
    }

    /** GB 11643-1999 check character (ISO 7064 MOD 11-2), as the product computes it. */
    static char checkCharacter(String first17) {
        return cn.xinfang.petition.casehandling.entity.IdNumber.withCheckCharacter(first17).charAt(17);
    }

    // ------------------------------------------------------------------ bulk writing

    /** PostgreSQL: COPY ... FROM STDIN in text format, one call per chunk. */
    private static final class CopySink implements SyntheticMatters.Sink {
        private final Connection con;
        private final String table;
        private final String[] cols;
        private StringBuilder buf = new StringBuilder(1 << 16);
        private final String sql;

        CopySink(Connection con, String table, String[] cols) {
            this.con = con;
            this.table = table;
            this.cols = cols;
            this.sql = "COPY " + table + " (" + String.join(", ", cols) + ") FROM STDIN";
        }

        @Override
        public void add(Object... v) {
            if (v.length != cols.length) {
                throw new IllegalArgumentException(table + ": " + v.length + " values for " + cols.length + " columns");
            }
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    buf.append('\t');
                }
                Object x = v[i];
                if (x == null) {
                    buf.append("\\N");
                } else if (x instanceof String s) {
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> buf.append("\\\\");
                            case '\t' -> buf.append("\\t");
                            case '\n' -> buf.append("\\n");
                            case '\r' -> buf.append("\\r");
                            default -> buf.append(ch);
                        }
                    }
                } else if (x instanceof OffsetDateTime t) {
                    buf.append(t.toLocalDate()).append(' ');
                    two(buf, t.getHour()).append(':');
                    two(buf, t.getMinute()).append(':');
                    two(buf, t.getSecond()).append("+08");
                } else if (x instanceof Boolean b) {
                    buf.append(b ? 't' : 'f');
                } else {
                    buf.append(x);
                }
            }
            buf.append('\n');
        }

        @Override
        public void flush() throws SQLException {
            if (buf.isEmpty()) {
                return;
            }
            try {
                CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(sql, new StringReader(buf.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
            buf = new StringBuilder(Math.max(1 << 16, buf.length() + buf.length() / 8));
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = con.createStatement()) {
            s.execute(sql);
        }
    }

    private void log(String line) {
        if (o.progress()) {
            System.out.println(line);
        }
    }

    private static StringBuilder two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }
}
