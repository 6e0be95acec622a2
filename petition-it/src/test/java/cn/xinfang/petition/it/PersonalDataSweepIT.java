package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import jakarta.annotation.Resource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data at rest after a whole test run (issue 14): Failsafe runs this class in an execution
 * of its own after every other integration test (petition-it's pom, execution {@code sweep}), on the
 * same database and server log. No column (other than free text, where a person may type anything)
 * holds a bare ID number or mobile phone number as its whole value (the sealed form starts with {@code PersonalData.PREFIX}), and no server log line holds a
 * valid ID number or a mobile number.
 */
class PersonalDataSweepIT extends InContainerTest {

    /** An ID number's shape, not inside a longer run of digits. */
    static final Pattern ID_SHAPE = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])");

    /** A mainland mobile number's shape, not inside a longer run of digits. */
    static final Pattern MOBILE_SHAPE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource ds;

    @Test
    void noColumnAndNoLogLineOfTheWholeRunHoldsAnIdNumberOrAPhoneInClear() throws Exception {
        try (Connection con = ds.getConnection()) {
            List<String> ids = PersonalDataAtRestIT.columnsWithBareIdNumbers(con);
            assertTrue(ids.isEmpty(), "ID numbers in clear in " + ids);
            List<String> phones = columnsWithBareMobiles(con);
            assertTrue(phones.isEmpty(), "mobile numbers in clear in " + phones);
            assertTrue(rowsOf(con, "matter") > 0, "the sweep runs after the suite, on its database");
        }
        Path logDir = Path.of(System.getProperty("jboss.server.log.dir"));
        List<Path> logs;
        try (Stream<Path> files = Files.list(logDir)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList();
        }
        assertFalse(logs.isEmpty());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<String> found = new ArrayList<>();
        long bytes = 0;
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            bytes += text.length();
            Matcher id = ID_SHAPE.matcher(text);
            while (id.find() && found.size() < 20) {
                if (IdNumber.isValid(id.group(), today)) {
                    found.add(log.getFileName() + ": ID number at " + id.start());
                }
            }
            Matcher mobile = MOBILE_SHAPE.matcher(text);
            while (mobile.find() && found.size() < 20) {
                found.add(log.getFileName() + ": mobile number at " + mobile.start());
            }
        }
        assertTrue(bytes > 0, "the run's server log");
        assertTrue(found.isEmpty(), "personal data in the server log (offsets only, not the values): " + found);
    }

    /** Columns (other than free text) where a whole value has the shape of a mobile number. */
    static List<String> columnsWithBareMobiles(Connection con) throws Exception {
        return PersonalDataAtRestIT.columnsWhoseWholeValueMatches(con, "^1[3-9][0-9]{9}$");
    }

    private static long rowsOf(Connection con, String table) throws Exception {
        try (Statement s = con.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
