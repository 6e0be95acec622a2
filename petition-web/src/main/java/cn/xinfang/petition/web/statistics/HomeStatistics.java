package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.entity.Figure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The 统计摘要 card on the 工作台 (for the roles that open 统计报表): this month's main figures beside
 * the same month last year, each a link to its matters, and the way to the dashboard. The same
 * figures, scoping and drill-down as the dashboard (it is one {@link StatisticsPage}).
 */
@Named
@ViewScoped
public class HomeStatistics extends StatisticsPage {

    /** The figures of the card, in order. */
    public List<String> getKeys() {
        return List.of(Figure.RECEIVED.key(), Figure.ACCEPTED.key(), Figure.OVERDUE_HANDLING.key(), Figure.BACKLOG.key(),
                Figure.SATISFIED.key());
    }
}
