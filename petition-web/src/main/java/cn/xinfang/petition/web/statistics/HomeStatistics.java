package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.statistics.entity.Period;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The 统计摘要 card on the 工作台 (for the roles that open 统计报表): this month's main figures beside
 * the same month last year, each a link to its matters (the drill-down of 统计报表), counted by
 * {@link Statistics#headline} — the same conditions and scoping, without the report's tables.
 */
@Named
@ViewScoped
public class HomeStatistics implements Serializable {

    static final List<String> KEYS = List.of(Figure.RECEIVED.key(), Figure.ACCEPTED.key(), Figure.OVERDUE_HANDLING.key(),
            Figure.BACKLOG.key(), Figure.SATISFIED.key());

    @Inject
    Statistics statistics;

    @Inject
    Clock clock;

    private Period period;
    private Map<String, Summary.FigureValue> figures = Map.of();

    @PostConstruct
    void init() {
        YearMonth month = YearMonth.from(LocalDate.now(clock));
        period = Period.of(month.atDay(1), month.atEndOfMonth(), null);
        figures = statistics.headline(period.from(), period.to(), null, null, KEYS);
    }

    public List<String> getKeys() {
        return KEYS;
    }

    public Map<String, Summary.FigureValue> getFigures() {
        return figures;
    }

    public Period getPeriod() {
        return period;
    }

    /** The query string of the matter list behind this month's figure. */
    public String drill(String key) {
        return "figure=" + key + "&from=" + period.from() + "&to=" + period.to() + "&asOf=" + period.asOf();
    }
}
