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

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** /statistics/index.xhtml: 统计报表, the catalogue's figures for a period beside the same period last year. */
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

    /** One row of the table: the figure's key (label and definition come from the bundle), the counts and the change. */
    public record Row(String key, String section, long value, long previous, BigDecimal changePct, Change.Direction direction)
            implements Serializable {
    }

    @PostConstruct
    void init() {
        unitChoices = units.directory();
        preset("thisMonth");
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
            for (Figure f : Figure.values()) {
                Summary.FigureValue v = summary.figures().get(f.key());
                r.add(new Row(f.key(), f.section().name(), v.value(), v.previous(), v.changePct(),
                        Change.of(v.value(), v.previous()).direction()));
            }
            rows = r;
        });
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
