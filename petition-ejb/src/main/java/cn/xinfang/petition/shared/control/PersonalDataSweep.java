package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.entity.PersonalData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seals every personal-data column of the database under the current key and recomputes the blind
 * indexes beside them, in plain JDBC: the migration V46 runs it once over the rows written before
 * encryption, and a key rotation runs it again ({@code petition.reseal-on-start=true}, see
 * docs/reliability.md). A value already sealed under the current key keeps its cipher text
 * unless {@code reindex} asks for the indexes again (a new index key).
 */
public final class PersonalDataSweep {

    private static final Logger LOG = Logger.getLogger(PersonalDataSweep.class.getName());

    /** A table, its key columns, its sealed columns and, for each, the blind index column (or null) and its kind. */
    record Table(String name, List<String> keys, List<Column> columns) {
    }

    record Column(String name, String index, PersonalData.Kind kind) {
    }

    static final List<Table> TABLES = List.of(
            new Table("petitioner", List.of("id"), List.of(new Column("id_number", "id_number_index", PersonalData.Kind.ID_NUMBER),
                    new Column("phone", "phone_index", PersonalData.Kind.PHONE))),
            new Table("petitioner_aud", List.of("id", "rev"), List.of(new Column("id_number", null, null), new Column("phone", null, null))),
            new Table("matter", List.of("id"), List.of(new Column("petitioner_phone", null, null))),
            new Table("matter_aud", List.of("id", "rev"), List.of(new Column("petitioner_phone", null, null))),
            new Table("reception_booking", List.of("id"), List.of(
                    new Column("id_number", "id_number_index", PersonalData.Kind.ID_NUMBER), new Column("phone", null, null))),
            new Table("reception_booking_aud", List.of("id", "rev"), List.of(new Column("id_number", null, null), new Column("phone", null, null))),
            new Table("reception_visit", List.of("id"), List.of(new Column("id_number", null, null), new Column("phone", null, null))),
            new Table("reception_visit_aud", List.of("id", "rev"), List.of(new Column("id_number", null, null), new Column("phone", null, null))),
            new Table("reception_duty_member", List.of("id"), List.of(new Column("phone", null, null))),
            new Table("reception_duty_member_aud", List.of("id", "rev"), List.of(new Column("phone", null, null))));

    private PersonalDataSweep() {
    }

    /** Seals what is not sealed under the current key; with {@code reindex}, rewrites every index. Returns the rows changed. */
    public static long sweep(Connection con, boolean reindex) throws SQLException {
        long changed = 0;
        for (Table t : TABLES) {
            // an earlier migration (V46) runs before the later tables exist; V60_1 sweeps again with them
            if (exists(con, t.name())) {
                changed += sweep(con, t, reindex);
            }
        }
        long n = changed;
        LOG.info(() -> "personal data sealed under the current key: " + n + " rows rewritten");
        return changed;
    }

    private static boolean exists(Connection con, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet r = con.getMetaData().getTables(null, con.getSchema(), name, null)) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long sweep(Connection con, Table t, boolean reindex) throws SQLException {
        List<String> cols = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (Column c : t.columns()) {
            cols.add(c.name());
            sets.add(c.name() + " = ?");
            if (c.index() != null) {
                sets.add(c.index() + " = ?");
            }
        }
        String select = "SELECT " + String.join(", ", t.keys()) + ", " + String.join(", ", cols) + " FROM " + t.name();
        String update = "UPDATE " + t.name() + " SET " + String.join(", ", sets) + " WHERE "
                + String.join(" AND ", t.keys().stream().map(k -> k + " = ?").toList());
        long changed = 0;
        try (Statement s = con.createStatement(); ResultSet r = s.executeQuery(select);
             PreparedStatement u = con.prepareStatement(update)) {
            int batch = 0;
            while (r.next()) {
                boolean stale = reindex;
                for (int i = 0; i < t.columns().size(); i++) {
                    String v = r.getString(t.keys().size() + 1 + i);
                    if (v != null && !PersonalData.sealedUnderCurrentKey(v)) {
                        stale = true;
                    }
                }
                if (!stale) {
                    continue;
                }
                int p = 1;
                for (int i = 0; i < t.columns().size(); i++) {
                    Column c = t.columns().get(i);
                    String stored = r.getString(t.keys().size() + 1 + i);
                    String plain = PersonalData.open(stored);
                    u.setString(p++, PersonalData.sealedUnderCurrentKey(stored) ? stored : PersonalData.seal(plain));
                    if (c.index() != null) {
                        u.setString(p++, PersonalData.index(c.kind(), plain));
                    }
                }
                for (int k = 0; k < t.keys().size(); k++) {
                    u.setLong(p++, r.getLong(k + 1));
                }
                u.addBatch();
                changed++;
                if (++batch % 500 == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
        return changed;
    }
}
