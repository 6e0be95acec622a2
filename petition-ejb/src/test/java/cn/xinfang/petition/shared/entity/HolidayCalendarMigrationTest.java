package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.HolidayData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seed rows of V2__holiday_calendar.sql are the shipped CSV, and the script runs on H2. */
class HolidayCalendarMigrationTest {

    static final Path SCRIPT = Path.of("src/main/resources/db/migration/V2__holiday_calendar.sql");
    static final Pattern ROW = Pattern.compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})',\\s*'(OFF|WORK)',\\s*'([^']*)',\\s*0\\)");
    // the product's H2 settings (config/cli/datasource-h2.cli), in memory
    static final String H2 = "jdbc:h2:mem:holiday_migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void insertsExactlyTheRowsOfTheCsv() throws IOException {
        String sql = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        List<String> inserted = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            inserted.add(m.group(1) + "," + m.group(2).toLowerCase(Locale.ROOT) + "," + m.group(3));
        }
        assertEquals(HolidayData.rows().size(), inserted.size(), "inserted dates");
        // nothing inserted in another form that the pattern would miss
        assertEquals(inserted.size(), Pattern.compile("DATE '").matcher(sql).results().count(), "date literals");
        assertEquals(HolidayData.rows(), inserted);
    }

    @Test
    void runsOnH2InPostgreSqlMode() throws SQLException {
        // up to this script only: later scripts are tested with their own features
        Flyway.configure().dataSource(H2, "sa", "sa").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(H2, "sa", "sa"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM holiday_date")) {
                rs.next();
                assertEquals(HolidayData.rows().size(), rs.getInt(1));
            }
            // the column is named as the entity maps it, quoted: DAY is a keyword in H2
            try (ResultSet rs = s.executeQuery(
                    "SELECT h.kind, h.name FROM holiday_date h WHERE h.holiday_on = DATE '2025-09-28'")) {
                rs.next();
                assertEquals("WORK", rs.getString(1));
                assertEquals("国庆节、中秋节调休上班", rs.getString(2));
            }
        }
    }
}
