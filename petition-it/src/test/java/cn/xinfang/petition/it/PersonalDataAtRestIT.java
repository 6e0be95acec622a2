package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.shared.entity.PersonalData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data at rest (issue 14): ID numbers and phones reach the database sealed (AES-256-GCM,
 * shared.entity.PersonalData), every exact look-up still finds the matter through the blind index,
 * and neither the database (every text column of every table) nor the server log holds them in clear.
 */
class PersonalDataAtRestIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource ds;

    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return IdNumber.withCheckCharacter("331182" + (1950 + r.nextInt(50)) + String.format("%02d", 1 + r.nextInt(12))
                + String.format("%02d", 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000)));
    }

    static String phone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    RegistrationForm form(String name, String id, String phone) {
        return new RegistrationForm("VISIT", LocalDate.now(ZoneId.of("Asia/Shanghai")), null, null, name, id, phone, "测试村 1 号",
                1, List.of(), CrossLevel.NONE, c.villageId(), "反映拖欠工资问题。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
    }

    @Test
    void sealedInEveryTableFoundByExactValueAndNeverInTheLog() throws Exception {
        String id = idNumber();
        String phone = phone();
        String otherPhone = phone();
        String noIdPhone = phone();
        String name = "封" + c.tag();
        MatterDetail first = as(c.registrar(), PASSWORD, () -> petitions.register(form(name, id, phone)));
        // a later registration with the same ID number: the same petitioner, a new phone on record
        MatterDetail second = as(c.registrar(), PASSWORD, () -> petitions.register(form(name, id.toLowerCase(Locale.ROOT), otherPhone)));
        // no ID number: found by name and phone
        MatterDetail third = as(c.registrar(), PASSWORD, () -> petitions.register(form(name + "乙", null, noIdPhone)));

        // the raw columns hold sealed values only, and the index beside them
        try (Connection con = ds.getConnection()) {
            try (PreparedStatement p = con.prepareStatement("SELECT p.id_number, p.id_number_index, p.phone, m.petitioner_phone"
                    + " FROM matter m JOIN petitioner p ON p.id = m.petitioner_id WHERE m.id = ?")) {
                p.setLong(1, first.summary().id());
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next());
                    assertTrue(r.getString(1).startsWith(PersonalData.PREFIX), "sealed: " + r.getString(1));
                    assertFalse(r.getString(1).contains(id.substring(6, 14)));
                    assertEquals(id, PersonalData.open(r.getString(1)));
                    assertEquals(PersonalData.index(PersonalData.Kind.ID_NUMBER, id), r.getString(2));
                    assertEquals(otherPhone, PersonalData.open(r.getString(3)), "the petitioner's current phone");
                    assertEquals(phone, PersonalData.open(r.getString(4)), "the phone the first matter was registered with");
                }
            }
            for (String plain : List.of(id, phone, otherPhone, noIdPhone)) {
                List<String> found = columnsHolding(con, plain);
                assertTrue(found.isEmpty(), "in clear in " + found);
            }
            List<String> bare = columnsWithBareIdNumbers(con);
            assertTrue(bare.isEmpty(), "ID numbers in clear in " + bare);
        }

        // every exact look-up still works
        as(c.registrar(), PASSWORD, () -> {
            EarlierMatters byId = petitions.earlierMatters(id, null, null);
            assertEquals(List.of(first.summary().number(), second.summary().number()),
                    byId.matters().stream().map(MatterSummary::number).sorted().toList());
            EarlierMatters byPhone = petitions.earlierMatters(null, name + "乙", noIdPhone);
            assertEquals(List.of(third.summary().number()), byPhone.matters().stream().map(MatterSummary::number).toList());
        });
        as(c.officer(), PASSWORD, () -> {
            assertEquals(2, petitions.count(new MatterFilter(id, null, null, null, null, null, null, false)), "search by ID number");
            assertEquals(2, petitions.count(new MatterFilter(otherPhone, null, null, null, null, null, null, false)),
                    "search by the petitioner's current phone: both matters of that petitioner");
            MatterDetail read = petitions.get(first.summary().id());
            assertEquals(id, read.petitioner().idNumber(), "an officer sees the number in full, opened");
        });

        // the server log of the whole run so far
        Path logDir = Path.of(System.getProperty("jboss.server.log.dir"));
        List<Path> logs;
        try (Stream<Path> files = Files.list(logDir)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList();
        }
        assertFalse(logs.isEmpty());
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            for (String plain : List.of(id, phone, otherPhone, noIdPhone)) {
                assertFalse(text.contains(plain), plain + " in " + log);
            }
        }
    }

    /** Every text column of every table of the application (table.column) holding the value anywhere. */
    static List<String> columnsHolding(Connection con, String value) throws Exception {
        List<String> hits = new ArrayList<>();
        for (String[] col : textColumns(con)) {
            try (PreparedStatement p = con.prepareStatement("SELECT COUNT(*) FROM " + col[0] + " WHERE " + col[1] + " LIKE ?")) {
                p.setString(1, "%" + value + "%");
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        hits.add(col[0] + "." + col[1]);
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Free text: what a person wrote (a note, a reason, the content), where someone may type an ID
     * number or a phone as words (FormFuzzIT does); the product's own personal-data fields are the rest.
     */
    static final java.util.regex.Pattern FREE_TEXT = java.util.regex.Pattern.compile(
            "(?i).*(text|content|note|reason|comment|remark|requirement|opinion|summary|description|answer|body|message).*");

    /** Columns (other than free text) where a whole value has the shape of an ID number (the demo county's bookings and visits too). */
    static List<String> columnsWithBareIdNumbers(Connection con) throws Exception {
        return columnsWhoseWholeValueMatches(con, "^[1-9][0-9]{16}[0-9Xx]$");
    }

    /** Columns (other than free text) where a whole value matches {@code pattern} (a regular expression both databases read). */
    static List<String> columnsWhoseWholeValueMatches(Connection con, String pattern) throws Exception {
        boolean postgres = con.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        List<String> hits = new ArrayList<>();
        for (String[] col : textColumns(con)) {
            if (FREE_TEXT.matcher(col[1]).matches()) {
                continue;
            }
            String where = postgres ? col[1] + " ~ '" + pattern + "'" : "REGEXP_LIKE(" + col[1] + ", '" + pattern + "')";
            try (Statement s = con.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + col[0] + " WHERE " + where)) {
                r.next();
                if (r.getLong(1) > 0) {
                    hits.add(col[0] + "." + col[1]);
                }
            }
        }
        return hits;
    }

    static List<String[]> textColumns(Connection con) throws Exception {
        DatabaseMetaData md = con.getMetaData();
        String schema = con.getSchema();
        List<String[]> cols = new ArrayList<>();
        try (ResultSet r = md.getColumns(null, schema, "%", "%")) {
            while (r.next()) {
                String type = r.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                String table = r.getString("TABLE_NAME");
                if ((type.contains("char") || type.contains("text") || type.contains("clob")) && !table.startsWith("flyway")
                        && isTable(md, schema, table)) {
                    cols.add(new String[] {table, r.getString("COLUMN_NAME")});
                }
            }
        }
        return cols;
    }

    private static boolean isTable(DatabaseMetaData md, String schema, String table) throws Exception {
        try (ResultSet t = md.getTables(null, schema, table, new String[] {"TABLE", "BASE TABLE"})) {
            return t.next();
        }
    }
}
