package cn.xinfang.petition.shared.control.migration;

import cn.xinfang.petition.shared.control.Migrations;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * V13 gives each existing matter the petitioner's contact as the change history had it when the
 * matter was registered, not as a later registration overwrote it (issue 14, item 10).
 */
class V13__MatterRegisteredContactTest {

    private JdbcDataSource ds;

    @BeforeEach
    void schemaUpToVersion12() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v13_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).target(MigrationVersion.fromVersion("12"))
                .load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO revinfo (rev, revtstmp, username) VALUES (101, 0, 'registrar'), (102, 0, 'registrar'),"
                    + " (103, 0, 'registrar')");
            // petitioner 1: registered in rev 101 with the first phone, a second matter in rev 102 changed name and phone
            s.execute("INSERT INTO petitioner (id, name, id_number, phone, address, version) VALUES"
                    + " (1, '周某某', '331182197208150011', '13711112222', '石桥村8号', 1),"
                    + " (2, '李四', NULL, '13500000000', NULL, 0)");
            s.execute("INSERT INTO petitioner_aud (id, rev, revtype, name, id_number, phone, address) VALUES"
                    + " (1, 101, 0, '周某', '331182197208150011', '13600000000', NULL),"
                    + " (1, 102, 1, '周某某', '331182197208150011', '13711112222', '石桥村8号')");
            // matter 3 has no history at all (written outside the application)
            for (long[] m : new long[][] {{1, 1, 101}, {2, 1, 102}, {3, 2, 0}}) {
                s.execute("INSERT INTO matter (id, number, channel_code, received_on, registered_at, registered_by,"
                        + " registering_unit_id, petitioner_id, people_count, cross_level, problem_place_id, content, kind,"
                        + " category_code, purpose, state, acceptance_due, version) VALUES (" + m[0] + ", '331199-2026-00000"
                        + m[0] + "', 'LETTER', DATE '2026-01-0" + m[0] + "', TIMESTAMP WITH TIME ZONE '2026-01-01 08:00:00+08',"
                        + " 'registrar', 1, " + m[1] + ", 1, 'NONE', 1, '内容', 'GRIEVANCE', '1501', 'DEMAND', 'REGISTERED',"
                        + " DATE '2026-01-16', 0)");
                if (m[2] > 0) {
                    s.execute("INSERT INTO matter_aud (id, rev, revtype, number, petitioner_id) VALUES (" + m[0] + ", "
                            + m[2] + ", 0, '331199-2026-00000" + m[0] + "', " + m[1] + ")");
                }
            }
            s.execute("INSERT INTO matter_aud (id, rev, revtype, number, petitioner_id) VALUES (1, 103, 1, '331199-2026-000001', 1)");
        }
    }

    @Test
    void eachMatterGetsTheContactOfItsRegistrationAndTheHistoryToo() throws SQLException {
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).target(MigrationVersion.fromVersion("13")).load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, petitioner_name, petitioner_phone, petitioner_address FROM matter ORDER BY id")) {
            r.next();
            assertEquals("周某", r.getString(2), "the first matter: as registered, before the second changed the record");
            assertEquals("13600000000", r.getString(3));
            assertNull(r.getString(4));
            r.next();
            assertEquals("周某某", r.getString(2));
            assertEquals("13711112222", r.getString(3));
            assertEquals("石桥村8号", r.getString(4));
            r.next();
            assertEquals("李四", r.getString(2), "no history: the record as it is");
            assertEquals("13500000000", r.getString(3));
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT petitioner_phone FROM matter_aud WHERE id = 1 ORDER BY rev")) {
            r.next();
            assertEquals("13600000000", r.getString(1));
            r.next();
            assertEquals("13600000000", r.getString(1));
        }
    }
}
