package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Change;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.xinfang.petition.statistics.entity.Period;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** /statistics/tables.xhtml: 统计报表, the catalogue's figures for a period beside the same period last year. */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

    @Inject
    Statistics statistics;

    @Inject
    Units units;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private LocalDate asOf;
    private Long unitId;
    private List<UnitView> unitChoices;
    private Summary summary;
    private List<Row> rows = List.of();

    /**
     * One row of the table: the figure's key (label and definition come from the bundle), the
     * counts (or, for a rate, the percentages) and the change; {@code first} marks the first row
     * of its section, which gets the section's heading.
     */
    public record Row(String key, String section, boolean first, boolean rate, String value, String previous,
                      BigDecimal changePct, Change.Direction direction) implements Serializable {
    }

    @PostConstruct
    void init() {
        unitChoices = units.directory();
        preset(defaultPreset());
    }

    /** The period the page opens with. */
    protected String defaultPreset() {
        return "thisMonth";
    }

    /** this month, last month, this half-year, this year, last year (up to today where the period is running). */
    public void preset(String name) {
        LocalDate today = LocalDate.now(clock);
        switch (name) {
            case "lastMonth" -> {
                YearMonth m = YearMonth.from(today).minusMonths(1);
                from = m.atDay(1);
                to = m.atEndOfMonth();
            }
            case "thisHalf" -> {
                from = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
                to = from.plusMonths(6).minusDays(1);
            }
            case "thisYear" -> {
                from = LocalDate.of(today.getYear(), 1, 1);
                to = LocalDate.of(today.getYear(), 12, 31);
            }
            case "lastYear" -> {
                from = LocalDate.of(today.getYear() - 1, 1, 1);
                to = LocalDate.of(today.getYear() - 1, 12, 31);
            }
            default -> {
                from = YearMonth.from(today).atDay(1);
                to = YearMonth.from(today).atEndOfMonth();
            }
        }
        asOf = null;
        show();
    }

    public void show() {
        Messages.run("statsForm", () -> {
            summary = statistics.summary(from, to, asOf, unitId);
            List<Row> r = new ArrayList<>();
            Figure.Section last = null;
            for (Figure f : Figure.values()) {
                boolean first = f.section() != last;
                last = f.section();
                if (f.isRate()) {
                    Summary.RateValue v = summary.rates().get(f.key());
                    int cmp = v.value() == null || v.previous() == null ? 0 : v.value().compareTo(v.previous());
                    Change.Direction d = cmp > 0 ? Change.Direction.UP : cmp < 0 ? Change.Direction.DOWN : Change.Direction.FLAT;
                    r.add(new Row(f.key(), f.section().name(), first, true, pct(v.value()), pct(v.previous()),
                            v.changePoints(), d));
                } else {
                    Summary.FigureValue v = summary.figures().get(f.key());
                    r.add(new Row(f.key(), f.section().name(), first, false, String.valueOf(v.value()),
                            String.valueOf(v.previous()), v.changePct(), Change.of(v.value(), v.previous()).direction()));
                }
            }
            rows = r;
        });
    }

    private static String pct(BigDecimal p) {
        return p == null ? "—" : p.toPlainString() + "%";
    }

    /**
     * The query string of the matter list behind a figure: this period's ({@code previous}
     * false) or last year's, optionally one cell of a table ({@code slice}).
     */
    /** {@code key=…&from=…&to=…[&unit=…]} of a reception-day figure's drill-down (/reception/figure.xhtml). */
    public String receptionDrill(String key, boolean previous) {
        if (summary == null) {
            return "";
        }
        LocalDate f = previous ? summary.previousFrom() : summary.from();
        LocalDate t = previous ? summary.previousTo() : summary.to();
        return "key=" + enc(key) + "&from=" + f + "&to=" + t + (summary.unit() == null ? "" : "&unit=" + summary.unit());
    }

    public String drill(String key, boolean previous, String slice) {
        if (summary == null) {
            return "";
        }
        StringBuilder q = new StringBuilder("figure=").append(enc(key));
        if (previous) {
            Period p = Period.of(summary.from(), summary.to(), summary.asOf()).previous();
            q.append("&from=").append(p.from()).append("&to=").append(p.to()).append("&asOf=").append(p.asOf());
        } else {
            q.append("&from=").append(summary.from()).append("&to=").append(summary.to()).append("&asOf=").append(summary.asOf());
        }
        if (slice != null && !slice.isEmpty()) {
            q.append("&slice=").append(enc(slice));
        }
        if (summary.unit() != null) {
            q.append("&unit=").append(summary.unit());
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The generated statistics section of the 工作总结. */
    public List<String> getReportSummary() {
        return summary == null ? List.of() : ReportText.chinese(summary).summary();
    }

    /** The generated 信访通报. */
    public List<String> getReportBulletin() {
        return summary == null ? List.of() : ReportText.chinese(summary).bulletin();
    }

    /** The query string of the downloads (/statistics/download?format=…&amp;…). */
    public String getDownloadQuery() {
        if (summary == null) {
            return "";
        }
        return "from=" + summary.from() + "&to=" + summary.to() + "&asOf=" + summary.asOf()
                + (summary.unit() == null ? "" : "&unit=" + summary.unit());
    }

    /** The columns of the tables by channel, unit and township. */
    public List<String> getColumns() {
        return Figure.TABLE_COLUMNS.stream().map(Figure::key).toList();
    }

    /** The channel groups with their main problems, in the order of the reports. */
    public List<Map.Entry<String, List<Summary.CategoryShare>>> getGroups() {
        return summary == null ? List.of() : List.copyOf(summary.categoriesByGroup().entrySet());
    }

    public Summary getSummary() {
        return summary;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<UnitView> getUnitChoices() {
        return unitChoices;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
