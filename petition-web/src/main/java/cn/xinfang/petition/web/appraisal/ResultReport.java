package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.LineView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ObjectionView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.casehandling.boundary.Printing;
import cn.xinfang.petition.shared.control.Clocks;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A run's result as the 考核结果通报 in Chinese, printed through the product's official-document
 * PDF writer (casehandling.boundary.Printing, the font embedded): the title (marked 暂定 while the
 * result is provisional), the scheme, period and data cut-off day, the ranking with ties, vetoes
 * and the units not ranked, each unit's points lost and gained item by item with the figures
 * behind them, and every adjustment made on an objection (申辩). It prints what the caller may read:
 * a unit's staff get their own unit's row and lines only (as the ranking and the workbook).
 */
public final class ResultReport {

    public static final String PDF = "application/pdf";

    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final ResourceBundle b = ResourceBundle.getBundle("cn.xinfang.petition.web.i18n.messages", Locale.CHINA);

    public byte[] pdf(Printing printing, RunView run, List<ResultView> ranking, List<Breakdown> breakdowns, List<ObjectionView> objections) {
        return printing.print(report(run, ranking, breakdowns, objections));
    }

    Printing.Report report(RunView run, List<ResultView> ranking, List<Breakdown> breakdowns, List<ObjectionView> objections) {
        boolean published = run.stage().name().equals("PUBLISHED");
        String group = t("appraisal.group." + run.group());
        String year = String.valueOf(run.year());
        String title = f(published ? "appraisalReport.title" : "appraisalReport.titleProvisional", year, group);
        List<String> intro = new ArrayList<>();
        intro.add(f("appraisalReport.intro", year, group, String.valueOf(run.schemeVersion()), String.valueOf(ranking.size()),
                date(run.from()), date(run.to()), date(run.cutOff())));
        intro.add(published ? f("appraisalReport.published", date(day(run.publishedAt()))) : t("appraisalReport.provisional"));

        List<Printing.Section> sections = new ArrayList<>();
        sections.add(new Printing.Section(t("appraisalReport.ranking"), List.of(),
                List.of(t("appraisal.rank"), t("appraisal.unit"), t("appraisal.total"), t("appraisalReport.remark")),
                ranking.stream().map(r -> List.of(r.rank() == null ? t("appraisal.notRanked") : String.valueOf(r.rank()), r.unitName(),
                        r.total().toPlainString(), remark(r, ranking))).toList(), List.of(2, 6, 3, 6)));

        sections.add(new Printing.Section(t("appraisalReport.lines"), List.of(), List.of(), List.of(), List.of()));
        int n = 0;
        for (Breakdown bd : breakdowns) {
            ResultView r = bd.result();
            List<List<String>> rows = new ArrayList<>();
            for (LineView l : bd.lines()) {
                BigDecimal change = change(l);
                if (change.signum() != 0) {
                    rows.add(List.of(l.code() + " " + l.title(), l.max().toPlainString(), l.score().toPlainString(),
                            (change.signum() > 0 ? "+" : "") + change.toPlainString(), basis(l)));
                }
            }
            String heading = "（" + chinese(++n) + "）" + f("appraisalReport.unit", r.unitName(), r.total().toPlainString(),
                    r.lost().toPlainString());
            sections.add(rows.isEmpty() ? new Printing.Section(heading, List.of(t("appraisalReport.full")), List.of(), List.of(), List.of())
                    : new Printing.Section(heading, List.of(), List.of(t("appraisal.item"), t("appraisal.item.points"), t("appraisal.score"),
                    t("appraisalReport.change"), t("appraisalReport.basis")), rows, List.of(5, 2, 2, 2, 8)));
        }

        List<ObjectionView> accepted = objections.stream().filter(o -> o.status().equals("ACCEPTED")).toList();
        long rejected = objections.stream().filter(o -> o.status().equals("REJECTED")).count();
        long open = objections.stream().filter(o -> o.status().equals("FILED")).count();
        List<String> notes = new ArrayList<>();
        if (accepted.isEmpty()) {
            notes.add(t("appraisalReport.noAdjustment"));
        }
        if (rejected > 0) {
            notes.add(f("appraisalReport.rejected", String.valueOf(rejected)));
        }
        if (open > 0) {
            notes.add(f("appraisalReport.open", String.valueOf(open)));
        }
        sections.add(new Printing.Section(t("appraisalReport.adjustments"), notes,
                accepted.isEmpty() ? List.of() : List.of(t("appraisal.unit"), t("appraisal.item"), t("appraisalReport.before"),
                        t("appraisalReport.after"), t("appraisal.objection.decisionReason")),
                accepted.stream().map(o -> List.of(o.unitName(), o.itemCode() + " " + o.itemTitle(), plain(o.scoreBefore()),
                        plain(o.scoreAfter()), (o.decisionReason() == null ? "" : o.decisionReason()) + "（" + f("appraisalReport.decidedBy", o.decidedBy(),
                                date(day(o.decidedAt()))) + "）")).toList(),
                accepted.isEmpty() ? List.of() : List.of(4, 4, 2, 2, 7)));

        LocalDate issued = published ? day(run.publishedAt()) : day(run.finishedAt());
        return new Printing.Report(title, intro, sections, null, issued, f("appraisalReport.footer", date(run.cutOff())));
    }

    /** 并列 (the same rank as another unit), 一票否决 (with the score before it), not ranked (the sample). */
    private String remark(ResultView r, List<ResultView> ranking) {
        List<String> parts = new ArrayList<>();
        if (r.rank() != null && ranking.stream().filter(o -> r.rank().equals(o.rank())).count() > 1) {
            parts.add(f("appraisalReport.tie", String.valueOf(r.rank())));
        }
        if (r.vetoed()) {
            parts.add(f("appraisalReport.veto", r.beforeVeto().toPlainString()));
        }
        if (!r.ranked()) {
            parts.add(f("appraisalReport.notRanked", String.valueOf(r.sample())));
        }
        return String.join("；", parts);
    }

    /** Points gained (a bonus: its score, bonus items start from nothing) or lost (anything else) on the line. */
    static BigDecimal change(LineView l) {
        return l.kind() == ItemKind.BONUS ? l.score() : l.lost().negate();
    }

    /** The rate or the events, the note, and the figures behind the line (with their counts). */
    private String basis(LineView l) {
        List<String> parts = new ArrayList<>();
        if (l.ratePct() != null) {
            parts.add(l.ratePct().toPlainString() + "%（" + plain(l.numerator()) + "/" + plain(l.denominator()) + "）");
        } else if (l.events() != null && l.kind() != ItemKind.INSPECTION) {
            parts.add(l.events() + t("appraisal.times"));
        }
        if (l.note() != null) {
            parts.add(opt("appraisal.note." + l.note(), l.note()));
        }
        if (l.adjusted()) {
            parts.add(f("appraisalReport.adjusted", l.computed().toPlainString()));
        }
        Map<String, Long> counted = new HashMap<>();
        List<String> evidence = new ArrayList<>();
        for (Evidence e : l.evidence()) {
            String label = switch (e.kind()) {
                case "figure" -> opt("figure." + e.key(), e.key());
                case "notices", "instructions" -> opt("appraisal.evidence." + e.kind() + "." + e.key(), e.key());
                case "ownership", "decisions" -> opt("appraisal2.evidence." + e.kind() + "." + e.key(), e.key());
                default -> null;
            };
            if (label != null && counted.putIfAbsent(label, e.count()) == null) {
                evidence.add(label + " " + e.count());
            }
        }
        if (!evidence.isEmpty()) {
            parts.add(String.join("，", evidence));
        }
        return String.join("；", parts);
    }

    static String chinese(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(Clocks.ZONE).toLocalDate();
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private String t(String key) {
        return b.getString(key);
    }

    private String opt(String key, String fallback) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private String f(String key, Object... args) {
        return new MessageFormat(b.getString(key), Locale.CHINA).format(args);
    }
}
