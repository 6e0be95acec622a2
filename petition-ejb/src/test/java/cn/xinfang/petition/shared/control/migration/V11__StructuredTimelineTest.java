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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The prose the earlier versions wrote into the timeline comes back as typed parameters, and nothing is lost. */
class V11__StructuredTimelineTest {

    private JdbcDataSource ds;

    @BeforeEach
    void schemaUpToVersion10() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v11_" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).target(MigrationVersion.fromVersion("10"))
                .load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("INSERT INTO unit (id, code, name, kind, active, version) VALUES (1, 'U1', '县住建局', 'DEPARTMENT', TRUE, 0),"
                    + " (2, 'U2', '青石镇', 'TOWNSHIP', TRUE, 0), (3, 'U3', '县人社局', 'DEPARTMENT', TRUE, 0)");
            String[][] rows = {
                    {"1", "ROUTE", "交办 县住建局"},
                    {"2", "ROUTE", "转办 县住建局 + 县人社局、青石镇"},
                    {"3", "ROUTE", "交办 已撤销的单位"},
                    {"4", "EXTEND", "30 日：需要补充调查"},
                    {"5", "HEARING", "2026-03-02 — 2026-03-04"},
                    {"6", "DECIDE_REVIEW", "青山县人民政府 撤销或变更"},
                    {"7", "EVALUATE", "BASICALLY_SATISFIED / PHONE"},
                    {"8", "TERMINATE", "REVIEW_LAPSED"},
                    {"9", "RESOLVE", "2026-05-01"},
                    {"10", "REFUSE", "不再受理：该信访事项已于2025-12-01终结（事项编号 331199-2025-000007），信访人以同一事实和理由再次提出，依照《信访工作条例》第三十六条不再受理。"},
                    {"11", "REFUSE", "不属于信访事项受理范围"},
                    {"12", "ATTACHMENT", "来信.pdf"},
                    {"13", "NOTE", "已电话联系信访人"},
                    {"14", "REQUEST_REVIEW", "青山县人民政府"},
            };
            for (String[] r : rows) {
                s.execute("INSERT INTO matter_event (id, matter_id, type, at, username, state_after, detail) VALUES ("
                        + r[0] + ", 1, '" + r[1] + "', TIMESTAMP WITH TIME ZONE '2026-01-01 08:00:00+08', 'officer', 'HANDLING', '"
                        + r[2] + "')");
            }
            s.execute("INSERT INTO matter_event (id, matter_id, type, at, username, state_after) VALUES"
                    + " (15, 1, 'ACCEPT', TIMESTAMP WITH TIME ZONE '2026-01-01 08:00:00+08', 'officer', 'ACCEPTED')");
        }
    }

    @Test
    void everyKindOfProseBecomesTypedParametersAndTheProseColumnGoes() throws SQLException {
        Migrations.configure(getClass().getClassLoader(), ds, Migrations.LOCATION).load().migrate();
        Map<Long, Map<String, Object>> e = events();
        assertEquals("ASSIGN", e.get(1L).get("routing_mode"));
        assertEquals(1L, ((Number) e.get(1L).get("unit_id")).longValue());
        assertEquals("FORWARD", e.get(2L).get("routing_mode"));
        assertEquals(List.of(2L, 3L), coUnits(2));
        // a unit that no longer exists by that name: the words are kept as they were
        assertNull(e.get(3L).get("routing_mode"));
        assertEquals("交办 已撤销的单位", e.get(3L).get("text"));
        assertEquals(30, e.get(4L).get("days"));
        assertEquals("需要补充调查", e.get(4L).get("text"));
        assertEquals(java.sql.Date.valueOf("2026-03-02"), e.get(5L).get("date_from"));
        assertEquals(java.sql.Date.valueOf("2026-03-04"), e.get(5L).get("date_to"));
        assertEquals("青山县人民政府", e.get(6L).get("authority"));
        assertEquals("REVISED", e.get(6L).get("outcome"));
        assertEquals("BASICALLY_SATISFIED", e.get(7L).get("outcome"));
        assertEquals("PHONE", e.get(7L).get("via"));
        assertEquals("REVIEW_LAPSED", e.get(8L).get("outcome"));
        assertEquals(java.sql.Date.valueOf("2026-05-01"), e.get(9L).get("date_from"));
        assertEquals("ALREADY_TERMINATED", e.get(10L).get("outcome"));
        assertEquals("331199-2025-000007", e.get(10L).get("document"));
        assertEquals(java.sql.Date.valueOf("2025-12-01"), e.get(10L).get("date_from"));
        assertNull(e.get(10L).get("text"));
        assertEquals("不属于信访事项受理范围", e.get(11L).get("text"));
        assertEquals("来信.pdf", e.get(12L).get("document"));
        assertEquals("已电话联系信访人", e.get(13L).get("text"));
        assertEquals("青山县人民政府", e.get(14L).get("authority"));
        assertNull(e.get(15L).get("text"));
        assertFalse(e.get(1L).containsKey("detail"));
    }

    private Map<Long, Map<String, Object>> events() throws SQLException {
        Map<Long, Map<String, Object>> all = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM matter_event ORDER BY id")) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i).toLowerCase(), rs.getObject(i));
                }
                all.put(rs.getLong("id"), row);
            }
        }
        return all;
    }

    private List<Long> coUnits(long event) throws SQLException {
        List<Long> units = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT unit_id FROM matter_event_co_unit WHERE event_id = " + event + " ORDER BY unit_id")) {
            while (rs.next()) {
                units.add(rs.getLong(1));
            }
        }
        return units;
    }
}
