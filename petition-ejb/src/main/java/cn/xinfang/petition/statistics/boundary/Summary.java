package cn.xinfang.petition.statistics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The standard tables for one period against the same period last year: every count of the
 * catalogue by key (in catalogue order), the rates, the first-level issue categories by count
 * (with their second levels) overall and per channel group, and the tables by channel, handling
 * unit and township with the same columns ({@link cn.xinfang.petition.statistics.entity.Figure#TABLE_COLUMNS}).
 */
public record Summary(LocalDate from, LocalDate to, LocalDate asOf, LocalDate previousFrom, LocalDate previousTo,
                      Long unit, Map<String, FigureValue> figures, Map<String, RateValue> rates,
                      List<CategoryShare> categories, Map<String, List<CategoryShare>> categoriesByGroup,
                      List<TableRow> channels, List<TableRow> units, List<TableRow> townships) implements Serializable {

    /** One figure: this period, the same period last year, the change in percent (null when previous is 0). */
    public record FigureValue(long value, long previous, BigDecimal changePct) implements Serializable {
    }

    /** A rate in percent (null when its whole is 0), last year's, the change in percentage points. */
    public record RateValue(BigDecimal value, BigDecimal previous, BigDecimal changePoints) implements Serializable {
    }

    /**
     * An issue category: matters received this period, their share of the whole they are counted
     * in ({@code received}, or the channel group's volume), last year's count, its second levels.
     */
    public record CategoryShare(String code, String name, long value, BigDecimal sharePct, long previous,
                                List<CategoryShare> children) implements Serializable {
    }

    /** A row of a table by channel, unit or township: its code (channel code, unit id), name and cells by figure key. */
    public record TableRow(String code, String name, Map<String, FigureValue> cells) implements Serializable {
    }

    public long value(String key) {
        return figures.get(key).value();
    }
}
