package cn.xinfang.petition.statistics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The standard table for one period against the same period last year: every figure of the
 * catalogue by key (in catalogue order), and the first-level issue categories by count.
 */
public record Summary(LocalDate from, LocalDate to, LocalDate asOf, LocalDate previousFrom, LocalDate previousTo,
                      Long unit, Map<String, FigureValue> figures, List<CategoryShare> categories) implements Serializable {

    /** One figure: this period, the same period last year, the change in percent (null when previous is 0). */
    public record FigureValue(long value, long previous, BigDecimal changePct) implements Serializable {
    }

    /** A first-level issue category: matters received this period, their share of {@code received}, last year's count. */
    public record CategoryShare(String code, String name, long value, BigDecimal sharePct, long previous)
            implements Serializable {
    }
}
