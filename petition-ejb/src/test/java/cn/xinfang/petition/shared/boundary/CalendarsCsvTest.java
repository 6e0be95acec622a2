package cn.xinfang.petition.shared.boundary;

import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.shared.entity.HolidayDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CSV import of {@link Calendars#importYear}: parsing and refusals, without the database. */
class CalendarsCsvTest {

    static void badLine(int year, String csv, int lineNumber, String lineText) {
        BusinessException e = assertThrows(BusinessException.class, () -> Calendars.parse(year, csv));
        assertEquals("error.calendar.csvLine", e.key());
        assertNull(e.field());
        assertArrayEquals(new Object[]{lineNumber, lineText}, e.args());
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void everyRowOfTheShippedFileIsParsed(int year) {
        // the shipped file holds three years; an administrator imports one year at a time
        List<String> rows = HolidayData.rows().stream().filter(r -> r.startsWith(year + "-")).toList();
        String csv = "date,kind,name\n" + String.join("\n", rows) + "\n";
        List<HolidayDate> parsed = Calendars.parse(year, csv);
        assertEquals(rows.size(), parsed.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            HolidayDate h = parsed.get(i);
            assertEquals(LocalDate.parse(f[0]), h.getDay());
            assertEquals(DayKind.valueOf(f[1].toUpperCase(Locale.ROOT)), h.getKind());
            assertEquals(f[2], h.getName());
        }
    }

    @Test
    void theShippedYearsTogetherAreTheWholeFile() {
        long total = 0;
        for (int year = 2024; year <= 2026; year++) {
            int y = year;
            total += Calendars.parse(year, String.join("\n",
                    HolidayData.rows().stream().filter(r -> r.startsWith(y + "-")).toList())).size();
        }
        assertEquals(HolidayData.rows().size(), total);
        assertEquals(HolidayData.arrangements().size(), total, "no date twice");
    }

    @Test
    void headerIsOptionalAndBlankLinesAndSpacesAreIgnored() {
        String csv = "\n2027-01-01 , OFF , 元旦 \r\n\r\n2027-02-06,Work,春节调休上班\n";
        List<HolidayDate> parsed = Calendars.parse(2027, csv);
        assertEquals(2, parsed.size());
        assertEquals(Map.of(LocalDate.parse("2027-01-01"), DayKind.OFF, LocalDate.parse("2027-02-06"), DayKind.WORK),
                Map.of(parsed.get(0).getDay(), parsed.get(0).getKind(), parsed.get(1).getDay(), parsed.get(1).getKind()));
        assertEquals("元旦", parsed.get(0).getName());
    }

    @Test
    void headerAndByteOrderMarkOfASpreadsheetExport() {
        assertEquals(1, Calendars.parse(2027, "\uFEFFdate,kind,name\r\n2027-01-01,off,元旦\r\n").size());
    }

    @Test
    void badLinesAreNamedByTheirLineInTheFile() {
        // line numbers count the header and blank lines, as an editor shows them
        badLine(2027, "date,kind,name\n\n2027-01-01,off,元旦\n2026-12-31,off,元旦\n", 4, "2026-12-31,off,元旦");
        badLine(2027, "2027-01-01,holiday,元旦", 1, "2027-01-01,holiday,元旦");
        badLine(2027, "2027-01-01,off,", 1, "2027-01-01,off,");
        badLine(2027, "2027-01-01,off", 1, "2027-01-01,off");
        badLine(2027, "2027-01-01,off,元旦,extra", 1, "2027-01-01,off,元旦,extra");
        badLine(2027, "2027-1-1,off,元旦", 1, "2027-1-1,off,元旦");
        badLine(2027, "2027-02-30,off,春节", 1, "2027-02-30,off,春节");
        badLine(2027, "2027-01-01,off,元旦\n2027-01-01,off,元旦", 2, "2027-01-01,off,元旦");
        // Friday 2027-01-08 cannot be a make-up working day
        badLine(2027, "2027-01-08,work,调休", 1, "2027-01-08,work,调休");
        badLine(2027, "2027-01-01,off," + "节".repeat(41), 1, "2027-01-01,off," + "节".repeat(41));
        // a header anywhere but on the first line is a bad line
        badLine(2027, "2027-01-01,off,元旦\ndate,kind,name", 2, "date,kind,name");
    }

    @Test
    void longBadLinesAreShortenedInTheMessage() {
        String line = "2027-01-01,off,元旦," + "x".repeat(200);
        BusinessException e = assertThrows(BusinessException.class, () -> Calendars.parse(2027, line));
        String quoted = (String) e.args()[1];
        assertEquals(81, quoted.length());
        assertEquals(line.substring(0, 80) + "…", quoted);
    }

    @Test
    void anImportWithoutAnyDateIsRefused() {
        for (String empty : new String[]{null, "", "\n\n", "date,kind,name\n"}) {
            BusinessException e = assertThrows(BusinessException.class, () -> Calendars.parse(2027, empty));
            assertEquals("error.calendar.csvEmpty", e.key());
        }
    }
}
