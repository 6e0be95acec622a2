package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.casehandling.boundary.Printing;
import cn.xinfang.petition.reception.entity.CalendarTexts;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.Recurrence;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.web.shared.Bundle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the reception days outside the pages: the printable notice (公示, a PDF in
 * Chinese through casehandling's official-document writer) and the calendar entries of a
 * leader's .ics feed, from the bundles (keys reception.notice.*, reception.ics.*).
 */
public final class ReceptionTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ReceptionTexts() {
    }

    public static Printing.Notice notice(Locale locale, String county, LocalDate from, LocalDate to, List<PublicSession> sessions,
                                         LocalDate today) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Bundle.text(locale, "reception.notice.intro", county, date(locale, from), date(locale, to)));
        if (sessions.isEmpty()) {
            paragraphs.add(Bundle.text(locale, "reception.notice.none"));
        }
        int i = 1;
        for (PublicSession s : sessions) {
            paragraphs.add(Bundle.text(locale, "reception.notice.session", String.valueOf(i++), date(locale, s.day()),
                    s.day().getDayOfWeek().getDisplayName(TextStyle.FULL, locale), TIME.format(s.startTime()), TIME.format(s.endTime()),
                    s.leaderPost(), s.leaderName(), s.place(), Bundle.text(locale, "reception.form." + s.form().name()),
                    s.portfolio() == null ? Bundle.text(locale, "reception.notice.allSubjects") : s.portfolio()));
        }
        paragraphs.add(Bundle.text(locale, "reception.notice.rules"));
        String title = Bundle.text(locale, "reception.notice.title", county);
        return new Printing.Notice(Bundle.text(locale, "reception.notice.organ", county), title, paragraphs, List.of(),
                Bundle.text(locale, "reception.notice.organ", county), today, Bundle.text(locale, "reception.notice.footer"));
    }

    public static CalendarTexts ics(Locale locale) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (ReceptionForm f : ReceptionForm.values()) {
            forms.put(f.name(), Bundle.text(locale, "reception.form." + f.name()));
        }
        return new CalendarTexts(Bundle.text(locale, "reception.ics.summary"), Bundle.text(locale, "reception.ics.description"),
                forms, locale);
    }

    /** A rule's recurrence in words: 每周一、周三 / 每2周的周一 / 单月15日 / 每月第一个周一 / 每3个月的最后一天 (keys reception3.recur.*). */
    public static String recurrence(Locale locale, Recurrence r) {
        String months = switch (r.monthSet()) {
            case ALL -> "";
            case ODD, EVEN -> Bundle.text(locale, "reception3.recur.months." + r.monthSet().name());
            case CHOSEN -> Bundle.text(locale, "reception3.recur.months.CHOSEN",
                    r.months().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(Bundle.text(locale, "reception3.recur.sep"))));
        };
        String every = r.interval() == 1 ? Bundle.text(locale, "reception3.recur.every." + r.frequency().name())
                : Bundle.text(locale, "reception3.recur.everyN." + r.frequency().name(), String.valueOf(r.interval()));
        String when;
        if (r.frequency() == Recurrence.Frequency.WEEKLY) {
            String kind = r.interval() == 1 ? "reception3.weekday.short." : "reception3.weekday.";
            when = r.weekdays().stream().map(d -> Bundle.text(locale, kind + d.name())).collect(java.util.stream.Collectors.joining(Bundle.text(locale, "reception3.recur.sep")));
        } else if (r.nth() != null) {
            when = Bundle.text(locale, "reception3.recur.nth." + r.nth(), weekday(locale, r.weekdays().get(0)));
        } else {
            when = r.monthDay() == -1 ? Bundle.text(locale, "reception3.recur.lastDay") : Bundle.text(locale, "reception3.recur.day", String.valueOf(r.monthDay()));
        }
        // 单月 replaces 每月 ("单月15日"); chosen months come first ("3、9月 每月最后一个周五")
        if (r.frequency() == Recurrence.Frequency.MONTHLY && r.interval() == 1 && !months.isEmpty()) {
            return Bundle.text(locale, "reception3.recur.pattern", months, when);
        }
        return Bundle.text(locale, "reception3.recur.pattern", months.isEmpty() ? every : months + " " + every, when);
    }

    public static String weekday(Locale locale, java.time.DayOfWeek d) {
        return Bundle.text(locale, "reception3.weekday." + d.name());
    }

    static String date(Locale locale, LocalDate d) {
        return Bundle.text(locale, "reception.notice.date", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()));
    }
}
