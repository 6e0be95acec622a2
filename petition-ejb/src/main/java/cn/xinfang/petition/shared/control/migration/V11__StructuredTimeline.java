package cn.xinfang.petition.shared.control.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.DateTimeException;

/**
 * The timeline stores each step's typed parameters instead of composed Chinese prose: the
 * routing mode and units, the authority and outcome of an appeal, the rating, the days of an
 * extension, the dates of a hearing, the file of an attachment, and apart from them the words a
 * person wrote. Existing rows are read back from the prose the earlier versions wrote (the only
 * place that parsing is left) and the prose column is dropped. A fragment that cannot be read
 * back is kept whole as the step's text, so nothing recorded is lost.
 */
public class V11__StructuredTimeline extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V11__StructuredTimeline.class.getName());

    private static final Pattern ROUTE = Pattern.compile("(交办|转办) (.+?)(?: \\+ (.+))?");
    private static final Pattern EXTEND = Pattern.compile("(\\d+) 日：(.*)", Pattern.DOTALL);
    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) — (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern DECIDED = Pattern.compile("(.+) (维持|撤销或变更)");
    private static final Pattern EVALUATED = Pattern.compile("([A-Z_]+) / ([A-Z_]+)");
    private static final Pattern TERMINATED_BEFORE = Pattern.compile("不再受理：该信访事项已于(\\d{4}-\\d{2}-\\d{2})终结（事项编号 ([^）]+)）.*",
            Pattern.DOTALL);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection con = context.getConnection();
        try (Statement s = con.createStatement()) {
            for (String column : List.of("routing_mode VARCHAR(10)", "unit_id BIGINT", "authority VARCHAR(100)",
                    "outcome VARCHAR(30)", "via VARCHAR(10)", "date_from DATE", "date_to DATE", "days INTEGER",
                    "document VARCHAR(255)", "text VARCHAR(2000)")) {
                s.execute("ALTER TABLE matter_event ADD COLUMN " + column);
            }
            s.execute("ALTER TABLE matter_event ADD CONSTRAINT fk_matter_event_unit FOREIGN KEY (unit_id) REFERENCES unit (id)");
            s.execute("CREATE TABLE matter_event_co_unit (event_id BIGINT NOT NULL REFERENCES matter_event (id),"
                    + " unit_id BIGINT NOT NULL REFERENCES unit (id), PRIMARY KEY (event_id, unit_id))");
        }
        int converted = convert(con);
        try (Statement s = con.createStatement()) {
            s.execute("ALTER TABLE matter_event DROP COLUMN detail");
            s.execute("CREATE INDEX ix_matter_event_matter_type ON matter_event (matter_id, type, at)");
            s.execute("CREATE INDEX ix_matter_event_unit_type ON matter_event (unit_id, type)");
        }
        if (converted > 0) {
            LOG.info(() -> "timeline: " + converted + " events converted to typed parameters");
        }
    }

    private int convert(Connection con) throws SQLException {
        int n = 0;
        try (PreparedStatement read = con.prepareStatement("SELECT id, type, detail FROM matter_event WHERE detail IS NOT NULL");
             PreparedStatement write = con.prepareStatement("UPDATE matter_event SET routing_mode = ?, unit_id = ?,"
                     + " authority = ?, outcome = ?, via = ?, date_from = ?, date_to = ?, days = ?, document = ?, text = ?"
                     + " WHERE id = ?");
             PreparedStatement co = con.prepareStatement("INSERT INTO matter_event_co_unit (event_id, unit_id) VALUES (?, ?)");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Row r = new Row(rs.getLong(1));
                parse(con, r, rs.getString(2), rs.getString(3));
                write.setString(1, r.routingMode);
                setLong(write, 2, r.unitId);
                write.setString(3, r.authority);
                write.setString(4, r.outcome);
                write.setString(5, r.via);
                write.setDate(6, r.from == null ? null : Date.valueOf(r.from));
                write.setDate(7, r.to == null ? null : Date.valueOf(r.to));
                if (r.days == null) {
                    write.setNull(8, Types.INTEGER);
                } else {
                    write.setInt(8, r.days);
                }
                write.setString(9, r.document);
                write.setString(10, r.text);
                write.setLong(11, r.id);
                write.addBatch();
                for (Long unit : r.coUnits) {
                    co.setLong(1, r.id);
                    co.setLong(2, unit);
                    co.addBatch();
                }
                if (++n % 500 == 0) {
                    write.executeBatch();
                    co.executeBatch();
                }
            }
            write.executeBatch();
            co.executeBatch();
        }
        return n;
    }

    private static void parse(Connection con, Row r, String type, String detail) throws SQLException {
        Matcher m;
        switch (type) {
            case "ROUTE" -> {
                m = ROUTE.matcher(detail);
                if (m.matches()) {
                    Optional<Long> main = unit(con, m.group(2));
                    List<Long> co = new ArrayList<>();
                    boolean all = main.isPresent();
                    if (m.group(3) != null) {
                        for (String name : m.group(3).split("、")) {
                            Optional<Long> u = unit(con, name);
                            all &= u.isPresent();
                            u.ifPresent(co::add);
                        }
                    }
                    if (all) {
                        r.routingMode = m.group(1).equals("交办") ? "ASSIGN" : "FORWARD";
                        r.unitId = main.get();
                        r.coUnits = co;
                        return;
                    }
                }
            }
            case "EXTEND" -> {
                m = EXTEND.matcher(detail);
                if (m.matches()) {
                    r.days = Integer.valueOf(m.group(1));
                    r.text = m.group(2).isEmpty() ? null : m.group(2);
                    return;
                }
            }
            case "HEARING", "HEARING_RECORD" -> {
                m = PERIOD.matcher(detail);
                if (m.matches()) {
                    r.from = LocalDate.parse(m.group(1));
                    r.to = LocalDate.parse(m.group(2));
                    return;
                }
            }
            case "REQUEST_REVIEW", "REQUEST_RE_REVIEW" -> {
                r.authority = cut(detail, 100);
                return;
            }
            case "DECIDE_REVIEW", "DECIDE_RE_REVIEW" -> {
                m = DECIDED.matcher(detail);
                if (m.matches()) {
                    r.authority = cut(m.group(1), 100);
                    r.outcome = m.group(2).equals("维持") ? "UPHELD" : "REVISED";
                    return;
                }
            }
            case "EVALUATE" -> {
                m = EVALUATED.matcher(detail);
                if (m.matches()) {
                    r.outcome = m.group(1);
                    r.via = m.group(2);
                    return;
                }
            }
            case "TERMINATE" -> {
                r.outcome = cut(detail, 30);
                return;
            }
            case "RESOLVE" -> {
                try {
                    r.from = LocalDate.parse(detail);
                    return;
                } catch (DateTimeException e) {
                    // kept as text below
                }
            }
            case "REFUSE" -> {
                m = TERMINATED_BEFORE.matcher(detail);
                if (m.matches()) {
                    r.outcome = "ALREADY_TERMINATED";
                    r.from = LocalDate.parse(m.group(1));
                    r.document = m.group(2);
                    return;
                }
            }
            case "ATTACHMENT" -> {
                r.document = cut(detail, 255);
                return;
            }
            default -> {
                // the words a person wrote
            }
        }
        r.text = detail;
    }

    private static Optional<Long> unit(Connection con, String name) throws SQLException {
        try (PreparedStatement p = con.prepareStatement("SELECT id FROM unit WHERE name = ? ORDER BY active DESC, id")) {
            p.setString(1, name.strip());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    private static final class Row {
        final long id;
        String routingMode;
        Long unitId;
        List<Long> coUnits = List.of();
        String authority;
        String outcome;
        String via;
        LocalDate from;
        LocalDate to;
        Integer days;
        String document;
        String text;

        Row(long id) {
            this.id = id;
        }
    }
}
