package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A schedule rule's recurrence as the officer fills it in (frequency, interval, weekdays, a day of
 * the month or the n-th weekday, the months), mapped to and from the RFC 5545 RRULE the rule
 * stores. {@link #toRrule()} writes it; {@link #of(String)} reads a stored RRULE back, or answers
 * empty when the RRULE uses parts the form has no field for (then the page shows the RRULE as
 * text). Months empty: every month. lib-recur evaluates the RRULE; nothing is evaluated here.
 *
 * <ul>
 *   <li>WEEKLY: every {@code interval} weeks on {@code weekdays} (optionally only in {@code months});</li>
 *   <li>MONTHLY: every {@code interval} months in {@code months}, on {@code monthDay} (1..31, -1 the last
 *       day) or on the {@code nth} (1..4, -1 the last) of the one weekday in {@code weekdays}.</li>
 * </ul>
 */
public record Recurrence(Frequency frequency, int interval, List<DayOfWeek> weekdays, Integer monthDay, Integer nth,
                         List<Integer> months) implements Serializable {

    public enum Frequency { WEEKLY, MONTHLY }

    /** Which months, as the notices say it: every month, 单月, 双月, or a chosen list. */
    public enum MonthSet { ALL, ODD, EVEN, CHOSEN }

    public static final List<Integer> ODD_MONTHS = List.of(1, 3, 5, 7, 9, 11);
    public static final List<Integer> EVEN_MONTHS = List.of(2, 4, 6, 8, 10, 12);
    private static final Set<String> KNOWN_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST");

    public Recurrence {
        weekdays = weekdays == null ? List.of() : List.copyOf(new TreeSet<>(weekdays.stream().filter(Objects::nonNull).toList()));
        months = months == null ? List.of() : List.copyOf(new TreeSet<>(months.stream().filter(Objects::nonNull).toList()));
    }

    public static Recurrence weekly(int interval, DayOfWeek... days) {
        return new Recurrence(Frequency.WEEKLY, interval, List.of(days), null, null, List.of());
    }

    public static Recurrence monthlyOnDay(int day, List<Integer> months) {
        return new Recurrence(Frequency.MONTHLY, 1, List.of(), day, null, months);
    }

    public static Recurrence monthlyOnNth(int nth, DayOfWeek day, List<Integer> months) {
        return new Recurrence(Frequency.MONTHLY, 1, List.of(day), null, nth, months);
    }

    public MonthSet monthSet() {
        if (months.isEmpty() || months.size() == 12) {
            return MonthSet.ALL;
        }
        if (months.equals(ODD_MONTHS)) {
            return MonthSet.ODD;
        }
        return months.equals(EVEN_MONTHS) ? MonthSet.EVEN : MonthSet.CHOSEN;
    }

    /** The months of a {@link MonthSet} (CHOSEN: {@code chosen}). */
    public static List<Integer> months(MonthSet set, List<Integer> chosen) {
        return switch (set == null ? MonthSet.ALL : set) {
            case ALL -> List.of();
            case ODD -> ODD_MONTHS;
            case EVEN -> EVEN_MONTHS;
            case CHOSEN -> chosen == null ? List.of() : chosen;
        };
    }

    /** Checks the fields (each refusal names its field) and writes the RRULE, e.g. {@code FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15}. */
    public String toRrule() {
        if (frequency == null) {
            throw BusinessException.onField("frequency", "error.required");
        }
        if (interval < 1 || interval > 12) {
            throw BusinessException.onField("interval", "reception3.error.interval", 1, 12);
        }
        for (Integer m : months) {
            if (m < 1 || m > 12) {
                throw BusinessException.onField("months", "reception3.error.months");
            }
        }
        StringBuilder r = new StringBuilder("FREQ=").append(frequency.name());
        if (interval > 1) {
            r.append(";INTERVAL=").append(interval);
        }
        if (!months.isEmpty() && months.size() < 12) {
            r.append(";BYMONTH=").append(join(months));
        }
        if (frequency == Frequency.WEEKLY) {
            if (weekdays.isEmpty()) {
                throw BusinessException.onField("weekdays", "reception3.error.weekdays");
            }
            if (monthDay != null || nth != null) {
                throw BusinessException.onField("monthDay", "reception3.error.weeklyNoMonthDay");
            }
            List<String> days = new ArrayList<>();
            weekdays.forEach(d -> days.add(code(d)));
            return r.append(";BYDAY=").append(String.join(",", days)).toString();
        }
        if ((monthDay == null) == (nth == null)) {
            throw BusinessException.onField("monthDay", "reception3.error.dayOrNth");
        }
        if (monthDay != null) {
            if (monthDay == 0 || monthDay < -1 || monthDay > 31) {
                throw BusinessException.onField("monthDay", "reception3.error.monthDay");
            }
            if (!weekdays.isEmpty()) {
                throw BusinessException.onField("weekdays", "reception3.error.dayOrNth");
            }
            return r.append(";BYMONTHDAY=").append(monthDay).toString();
        }
        if (nth == 0 || nth < -1 || nth > 4) {
            throw BusinessException.onField("nth", "reception3.error.nth");
        }
        if (weekdays.size() != 1) {
            throw BusinessException.onField("weekdays", "reception3.error.oneWeekday");
        }
        return r.append(";BYDAY=").append(nth).append(code(weekdays.get(0))).toString();
    }

    /** The form of a stored RRULE, or empty when it uses something the form cannot show (COUNT, BYSETPOS, DAILY …). */
    public static Optional<Recurrence> of(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Optional.empty();
        }
        String text = rrule.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        Frequency freq = null;
        int interval = 1;
        List<DayOfWeek> days = new ArrayList<>();
        Integer monthDay = null;
        Integer nth = null;
        List<Integer> months = new ArrayList<>();
        try {
            for (String part : text.split(";")) {
                int eq = part.indexOf('=');
                if (eq < 1) {
                    return Optional.empty();
                }
                String name = part.substring(0, eq);
                String value = part.substring(eq + 1);
                if (!KNOWN_PARTS.contains(name)) {
                    return Optional.empty();
                }
                switch (name) {
                    case "FREQ" -> {
                        if (!value.equals("WEEKLY") && !value.equals("MONTHLY")) {
                            return Optional.empty();
                        }
                        freq = Frequency.valueOf(value);
                    }
                    case "INTERVAL" -> interval = Integer.parseInt(value);
                    case "WKST" -> {
                        if (!value.equals("MO")) {
                            return Optional.empty();
                        }
                    }
                    case "BYMONTH" -> {
                        for (String m : value.split(",")) {
                            months.add(Integer.parseInt(m));
                        }
                    }
                    case "BYMONTHDAY" -> {
                        if (value.contains(",")) {
                            return Optional.empty();
                        }
                        monthDay = Integer.parseInt(value);
                    }
                    case "BYDAY" -> {
                        Set<Integer> positions = new TreeSet<>();
                        for (String d : value.split(",")) {
                            String prefix = d.substring(0, d.length() - 2);
                            days.add(weekday(d.substring(d.length() - 2)));
                            positions.add(prefix.isEmpty() ? 0 : Integer.parseInt(prefix.replace("+", "")));
                        }
                        if (positions.size() != 1) {
                            return Optional.empty();
                        }
                        int p = positions.iterator().next();
                        nth = p == 0 ? null : p;
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
        if (freq == null) {
            return Optional.empty();
        }
        Recurrence r = new Recurrence(freq, interval, days, monthDay, nth, months);
        try {
            // only what writes back to the same rule is shown as a form
            return normalized(r.toRrule()).equals(normalized(text)) ? Optional.of(r) : Optional.empty();
        } catch (BusinessException e) {
            return Optional.empty();
        }
    }

    private static String normalized(String rrule) {
        List<String> parts = new ArrayList<>();
        for (String p : rrule.split(";")) {
            if (!p.equals("WKST=MO") && !p.equals("INTERVAL=1") && !p.equals("BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12")) {
                parts.add(p.replace("+", ""));
            }
        }
        parts.sort(null);
        return String.join(";", parts);
    }

    private static String join(List<Integer> values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(String.valueOf(v)));
        return String.join(",", s);
    }

    static String code(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    static DayOfWeek weekday(String code) {
        for (DayOfWeek d : EnumSet.allOf(DayOfWeek.class)) {
            if (code(d).equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
