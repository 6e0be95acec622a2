package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.boundary.Summary;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The statistics section of a half-year or annual 工作总结 and the monthly 信访通报, in the bureau's
 * phrasing, filled from a {@link Summary}. The sentence patterns are {@code report.*} in the web
 * bundle; this class only chooses among them: 上升 / 下降 / 持平, no "一是" list for a single item,
 * parts with a zero count left out or said as "无…".
 */
public final class ReportText {

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ResourceBundle b;
    private final Summary s;

    public ReportText(ResourceBundle bundle, Summary summary) {
        this.b = bundle;
        this.s = summary;
    }

    public static ReportText chinese(Summary summary) {
        return new ReportText(ResourceBundle.getBundle("cn.xinfang.petition.web.i18n.messages", Locale.CHINA), summary);
    }

    /** The statistics section of the 工作总结, one sentence per element. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        String period = period(s.from(), s.to());
        long received = v("received");
        if (received == 0) {
            out.add(f("report.volume.none", period) + compare("received", "report.unit.piece"));
        } else {
            List<String> parts = new ArrayList<>();
            if (v("letters") > 0) {
                parts.add(f("report.part.letters", v("letters")));
            }
            if (v("visitBatches") > 0) {
                parts.add(f("report.part.visits", v("visitBatches"), v("visitPersons")));
            }
            if (v("calls") > 0) {
                parts.add(f("report.part.calls", v("calls")));
            }
            if (v("online") > 0) {
                parts.add(f("report.part.online", v("online")));
            }
            out.add(f("report.volume", period, received, v("receivedPersons"), String.join(t("report.semicolon"), parts))
                    + compare("received", "report.unit.piece"));
        }
        out.add(acceptance());
        out.add(distinct());
        out.add(visits());
        String reception = reception(period);
        if (reception != null) {
            out.add(reception);
        }
        out.add(reviews("review"));
        out.add(reviews("reReview"));
        String rating = satisfaction();
        if (rating != null) {
            out.add(rating);
        }
        String problems = problems("VISIT", "report.problems.visit", v("visitBatches"));
        if (problems != null) {
            out.add(problems);
        }
        problems = problems("LETTER", "report.problems.letter", v("letters"));
        if (problems != null) {
            out.add(problems);
        }
        return out;
    }

    /** The monthly 信访通报: volume, deadlines and the main problems of the month (or the period chosen). */
    public List<String> bulletin() {
        List<String> out = new ArrayList<>();
        String period = period(s.from(), s.to());
        out.add(f("report.bulletin.volume", period, v("received"), v("receivedPersons")) + compare("received", "report.unit.piece"));
        out.add(acceptance());
        if (v("replied") == 0) {
            out.add(t("report.bulletin.noReplies"));
        } else {
            out.add(f("report.bulletin.replies", v("replied"), v("repliedOnTime"), v("repliedLate"), pct(s.rates().get("onTimePct").value())));
        }
        if (v("overdueAcceptance") + v("overdueHandling") == 0) {
            out.add(f("report.bulletin.noOverdue", s.asOf()));
        } else {
            out.add(f("report.bulletin.overdue", s.asOf(), v("overdueAcceptance"), v("overdueHandling")));
        }
        String problems = problemsOverall();
        if (problems != null) {
            out.add(problems);
        }
        return out;
    }

    private String acceptance() {
        List<String> deducted = new ArrayList<>();
        if (v("refused") > 0) {
            deducted.add(f("report.part.refused", v("refused")));
        }
        if (v("statutory") > 0) {
            deducted.add(f("report.part.statutory", v("statutory")));
        }
        if (v("forwarded") > 0) {
            deducted.add(f("report.part.forwarded", v("forwarded")));
        }
        if (v("undecided") > 0) {
            deducted.add(f("report.part.undecided", v("undecided")));
        }
        String accepted = f("report.accepted", v("accepted"), prev("accepted"), change("accepted"));
        return deducted.isEmpty() ? accepted : f("report.deducted", String.join(t("report.comma"), deducted)) + accepted;
    }

    private String distinct() {
        String backlog = v("backlog") == 0 ? t("report.backlog.none")
                : f("report.backlog", v("backlog"), pct(s.rates().get("backlogSharePct").value()));
        if (v("repeats") == 0) {
            return f("report.distinct.noRepeats", v("distinct"), backlog);
        }
        return f("report.distinct", v("repeats"), v("distinct"), backlog);
    }

    private String visits() {
        List<String> cross = new ArrayList<>();
        for (String level : List.of("Beijing", "Province", "City")) {
            long batches = v("crossLevel" + level + "Batches");
            if (batches > 0) {
                cross.add(f("report.cross." + level, batches, v("crossLevel" + level + "Persons")));
            }
        }
        String crossText = cross.isEmpty() ? t("report.cross.none") : f("report.cross", String.join(t("report.comma"), cross));
        if (v("visitBatches") == 0) {
            return t("report.visits.none");
        }
        String collective = v("collectiveBatches") == 0 ? t("report.collective.none")
                : f("report.collective", v("collectiveBatches"), v("collectivePersons"), compare("collectiveBatches", "report.unit.batch"));
        return collective + f("report.individual", v("individualVisits")) + crossText;
    }

    private String reviews(String p) {
        String stage = t("report.stage." + p);
        if (v(p + "Requests") == 0) {
            return f("report.review.none", stage);
        }
        String refused = v(p + "Refused") == 0 ? "" : f("report.review.refused", v(p + "Refused"));
        return f("report.review", stage, v(p + "Requests"), refused, v(p + "Accepted"), v(p + "Decided"), v(p + "InProgress"));
    }

    private String satisfaction() {
        long rated = v("satisfied") + v("basicallySatisfied") + v("dissatisfied");
        if (rated == 0 && v("unratedOverdue") == 0) {
            return null;
        }
        String rate = rated == 0 ? "" : f("report.rating.rate", pct(s.rates().get("satisfactionPct").value()));
        return f("report.rating", v("satisfied"), v("basicallySatisfied"), v("dissatisfied"), v("unratedOverdue"), rate);
    }

    private String problems(String group, String lead, long whole) {
        List<Summary.CategoryShare> cats = s.categoriesByGroup().getOrDefault(group, List.of());
        return list(cats, t(lead), t("report.problems.whole." + group));
    }

    private String problemsOverall() {
        return list(s.categories().stream().limit(5).toList(), t("report.problems.all"), t("report.problems.whole.all"));
    }

    private String list(List<Summary.CategoryShare> cats, String lead, String whole) {
        if (cats.isEmpty()) {
            return null;
        }
        if (cats.size() == 1) {
            Summary.CategoryShare c = cats.get(0);
            return f("report.problems.single", lead, c.name(), c.value(), whole, pct(c.sharePct()));
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < cats.size() && i < ORDINALS.length; i++) {
            Summary.CategoryShare c = cats.get(i);
            items.add(f("report.problems.item", ORDINALS[i], c.name(), c.value(), whole, pct(c.sharePct())));
        }
        return lead + t("report.colon") + String.join(t("report.semicolon"), items) + t("report.period");
    }

    /** "，与去年同期K件相比上升X%。" / 下降 / 持平 / 去年同期为零. */
    private String compare(String key, String unitKey) {
        return f("report.compare", prev(key), t(unitKey), change(key));
    }

    private String change(String key) {
        Summary.FigureValue fv = s.figures().get(key);
        if (fv.value() == fv.previous()) {
            return t("report.flat");
        }
        if (fv.changePct() == null) {
            return t("report.fromZero");
        }
        return f(fv.value() > fv.previous() ? "report.up" : "report.down", fv.changePct().abs().toPlainString());
    }

    /** 2025年, 2025年上半年, 2025年下半年, 2025年6月, else 2025年1月1日至2025年3月15日. */
    String period(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return f("report.period.year", from.getYear());
        }
        if (from.getDayOfMonth() == 1 && from.getYear() == to.getYear()
                && to.equals(YearMonth.from(to).atEndOfMonth())) {
            if (from.getMonthValue() == 1 && to.getMonthValue() == 6) {
                return f("report.period.firstHalf", from.getYear());
            }
            if (from.getMonthValue() == 7 && to.getMonthValue() == 12) {
                return f("report.period.secondHalf", from.getYear());
            }
            if (from.getMonthValue() == to.getMonthValue()) {
                return f("report.period.month", from.getYear(), from.getMonthValue());
            }
        }
        return f("report.period.range", from.getYear(), from.getMonthValue(), from.getDayOfMonth(), to.getYear(),
                to.getMonthValue(), to.getDayOfMonth());
    }

    /** 领导接待日: sessions, leaders (人次 by level), petitioners (批 / 人次), 按时答复率 and 化解率; null without a held session. */
    private String reception(String period) {
        if (!s.figures().containsKey("receptionSessions") || v("receptionSessions") == 0) {
            return null;
        }
        long leaders = v("receptionCountyLeaders") + v("receptionDepartmentLeaders") + v("receptionTownshipLeaders");
        Summary.RateValue onTime = s.rates().get("receptionOnTimeReplyPct");
        Summary.RateValue resolved = s.rates().get("receptionResolutionPct");
        String rates = (onTime == null || onTime.value() == null ? "" : f("reception3.report.onTime", onTime.value().toPlainString()))
                + (resolved == null || resolved.value() == null ? "" : f("reception3.report.resolved", resolved.value().toPlainString()));
        return f("reception3.report.sentence", period, v("receptionSessions"), leaders, v("receptionCountyLeaders"),
                v("receptionDepartmentLeaders"), v("receptionTownshipLeaders"), v("receptionBatches"), v("receptionPersons"), rates);
    }

    private long v(String key) {
        return s.figures().get(key).value();
    }

    private long prev(String key) {
        return s.figures().get(key).previous();
    }

    private static String pct(BigDecimal p) {
        return p == null ? "0" : p.toPlainString();
    }

    private String t(String key) {
        return b.getString(key);
    }

    private String f(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // counts and years as written, never "1,000" or "2,025"
            shown[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new MessageFormat(b.getString(key), Locale.CHINA).format(shown);
    }
}
