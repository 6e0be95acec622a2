package cn.xinfang.petition.shared.boundary;

import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.shared.entity.HolidayDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public-holiday calendar (节假日安排) that every deadline is counted on. Everybody may read
 * it; only the administrator changes it, typically once a year when the State Council publishes
 * the next year's arrangement.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER,
        Roles.APPRAISER, Roles.ADMIN})
public class Calendars {

    /** Longest line quoted back in an import error, so the message stays readable. */
    private static final int QUOTED_LINE = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    HolidayCalendar holidayCalendar;

    /** The arranged dates of one year, in date order. */
    public List<HolidayView> year(int year) {
        return em.createNamedQuery(HolidayDate.BETWEEN, HolidayDate.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(HolidayView::of).toList();
    }

    /** Whether the arrangement of that year has been entered; without it deadlines ignore its holidays. */
    public boolean covers(int year) {
        return holidayCalendar.current().covers(year);
    }

    /** Adds a date when {@code expectedVersion} is null, else changes the date read at that version. */
    @RolesAllowed(Roles.ADMIN)
    public HolidayView save(LocalDate day, DayKind kind, String name, Long expectedVersion) {
        if (day == null) {
            throw BusinessException.onField("day", "error.required");
        }
        HolidayDate h = em.find(HolidayDate.class, day);
        if (expectedVersion == null) {
            if (h != null) {
                throw BusinessException.onField("day", "error.calendar.exists");
            }
            h = new HolidayDate(day, kind, name);
            em.persist(h);
        } else {
            if (h == null) {
                throw new NotFoundException();
            }
            StaleDataException.unlessAt(h.getVersion(), expectedVersion);
            h.change(kind, name);
        }
        em.flush();
        holidayCalendar.invalidate();
        return HolidayView.of(h);
    }

    /** Removes a date; it then follows the ordinary week again. */
    @RolesAllowed(Roles.ADMIN)
    public void delete(LocalDate day, long version) {
        HolidayDate h = day == null ? null : em.find(HolidayDate.class, day);
        if (h == null) {
            throw new NotFoundException();
        }
        StaleDataException.unlessAt(h.getVersion(), version);
        em.remove(h);
        em.flush();
        holidayCalendar.invalidate();
    }

    /**
     * Replaces the whole arrangement of one year with the CSV text (the format of the shipped
     * {@code cn-public-holidays.csv}). All or nothing: one bad line refuses the import.
     *
     * @return the number of dates imported
     */
    @RolesAllowed(Roles.ADMIN)
    public int importYear(int year, String csv) {
        List<HolidayDate> imported = parse(year, csv);
        Map<LocalDate, HolidayDate> wanted = new LinkedHashMap<>();
        for (HolidayDate h : imported) {
            wanted.put(h.getDay(), h);
        }
        // row by row, not a bulk DELETE, so that the audit trail records every date
        for (HolidayDate old : em.createNamedQuery(HolidayDate.BETWEEN, HolidayDate.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList()) {
            HolidayDate replacement = wanted.remove(old.getDay());
            if (replacement == null) {
                em.remove(old);
            } else {
                // changed in place: the history shows a change, not a delete and an add
                old.change(replacement.getKind(), replacement.getName());
            }
        }
        wanted.values().forEach(em::persist);
        em.flush();
        holidayCalendar.invalidate();
        return imported.size();
    }

    /**
     * Reads {@code yyyy-MM-dd,off|work,name} lines (an optional {@code date,kind,name} header,
     * blank lines ignored). Every date must lie in {@code year} and appear once.
     *
     * @throws BusinessException {@code error.calendar.csvLine} with the line number and text of
     *                           the first bad line; {@code error.calendar.csvEmpty} without any date
     */
    static List<HolidayDate> parse(int year, String csv) {
        List<HolidayDate> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = csv == null ? new String[0] : csv.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip(); // byte-order mark of files saved by Excel
            }
            if (line.isEmpty() || i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date,")) {
                continue;
            }
            HolidayDate h = parseLine(line, year);
            if (h == null || !seen.add(h.getDay())) {
                throw new BusinessException("error.calendar.csvLine", i + 1, quoted(line));
            }
            days.add(h);
        }
        if (days.isEmpty()) {
            // replacing a year with nothing is almost certainly a wrong file, not an intention
            throw new BusinessException("error.calendar.csvEmpty");
        }
        return days;
    }

    /** The date of one line, or null when the line is not valid. */
    private static HolidayDate parseLine(String line, int year) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(fields[0].strip());
            if (day.getYear() != year) {
                return null;
            }
            DayKind kind = switch (fields[1].strip().toLowerCase(Locale.ROOT)) {
                case "off" -> DayKind.OFF;
                case "work" -> DayKind.WORK;
                default -> null;
            };
            return kind == null ? null : new HolidayDate(day, kind, fields[2]);
        } catch (DateTimeParseException | BusinessException e) {
            return null;
        }
    }

    private static String quoted(String line) {
        return line.length() <= QUOTED_LINE ? line : line.substring(0, QUOTED_LINE) + "…";
    }
}
