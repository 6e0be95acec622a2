package cn.xinfang.petition.shared.control.migration;

import cn.xinfang.petition.shared.control.Migrations;
import cn.xinfang.petition.shared.entity.PersonalData;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V45 and V46 seal the ID numbers and phones already stored and fill their blind indexes (issue 14). */
class V46__SealPersonalDataTest {

    private static final String ID = "331182197208150011";
    private static final String PHONE = "13711112222";

    private JdbcDataSource ds;

    @BeforeEach
    void schemaBeforeV45WithPlainRows() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v46_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).target(MigrationVersion.fromVersion("34"))
                .load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO revinfo (rev, revtstmp, username) VALUES (101, 0, 'registrar')");
            s.execute("INSERT INTO petitioner (id, name, id_number, phone, address, version) VALUES"
                    + " (1, '周某某', '" + ID + "', '" + PHONE + "', '石桥村8号', 1), (2, '李四', NULL, NULL, NULL, 0)");
            s.execute("INSERT INTO petitioner_aud (id, rev, revtype, name, id_number, phone) VALUES (1, 101, 0, '周某', '" + ID
                    + "', '" + PHONE + "')");
        }
    }

    @Test
    void plainRowsAreSealedAndIndexed() throws SQLException {
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id_number, id_number_index, phone, phone_index FROM petitioner ORDER BY id")) {
            r.next();
            assertTrue(r.getString(1).startsWith(PersonalData.PREFIX), r.getString(1));
            assertFalse(r.getString(1).contains(ID));
            assertEquals(ID, PersonalData.open(r.getString(1)));
            assertEquals(PersonalData.index(PersonalData.Kind.ID_NUMBER, ID), r.getString(2));
            assertEquals(PHONE, PersonalData.open(r.getString(3)));
            assertEquals(PersonalData.index(PersonalData.Kind.PHONE, PHONE), r.getString(4));
            r.next();
            assertNull(r.getString(1));
            assertNull(r.getString(2));
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id_number, phone FROM petitioner_aud")) {
            r.next();
            assertEquals(ID, PersonalData.open(r.getString(1)));
            assertFalse(r.getString(2).contains(PHONE));
        }
    }
}
