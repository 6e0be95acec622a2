package cn.xinfang.petition.shared;

import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.DayKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The official arrangements 2024-2026, a copy of shared/data/cn-public-holidays.csv on the test
 * classpath (CI checks out the repository without the shared folder beside it).
 */
public final class HolidayData {

    public static final String RESOURCE = "/cn-public-holidays.csv";

    private HolidayData() {
    }

    public static String text() {
        try (InputStream in = HolidayData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows, without the header line. */
    public static List<String> rows() {
        List<String> lines = text().lines().filter(l -> !l.isBlank()).toList();
        if (!lines.get(0).startsWith("date,")) {
            throw new IllegalStateException("header expected: " + lines.get(0));
        }
        return lines.subList(1, lines.size());
    }

    public static Map<LocalDate, DayKind> arrangements() {
        Map<LocalDate, DayKind> m = new LinkedHashMap<>();
        for (String row : rows()) {
            String[] f = row.split(",");
            m.put(LocalDate.parse(f[0]), DayKind.valueOf(f[1].toUpperCase(Locale.ROOT)));
        }
        return m;
    }

    public static WorkCalendar calendar() {
        return new WorkCalendar(arrangements());
    }
}
