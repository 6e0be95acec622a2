package cn.xinfang.petition.statistics.control;

import cn.xinfang.petition.statistics.entity.Change;
import cn.xinfang.petition.statistics.entity.Figure;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The rates of the catalogue, from its counts (same rounding as {@link Change#share}: half-up to
 * one decimal, null when the whole is 0):
 * backlogSharePct = backlog / distinct; onTimePct = repliedOnTime / replied;
 * satisfactionPct (满意率) = (satisfied + basicallySatisfied) / (satisfied + basicallySatisfied + dissatisfied);
 * firstResolutionPct (初信初访化解率) = firstResolved / distinct; repeatResolutionPct (重信重访化解率) =
 * repeatResolved / repeats; backlogResolutionPct (积案化解率) = backlogResolved / backlogScreened.
 */
public final class FigureCalculator {

    private FigureCalculator() {
    }

    public static BigDecimal rate(Figure rate, Map<Figure, Long> counts) {
        return switch (rate) {
            case BACKLOG_SHARE_PCT -> Change.share(get(counts, Figure.BACKLOG), get(counts, Figure.DISTINCT));
            case FIRST_RESOLUTION_PCT -> Change.share(get(counts, Figure.FIRST_RESOLVED), get(counts, Figure.DISTINCT));
            case REPEAT_RESOLUTION_PCT -> Change.share(get(counts, Figure.REPEAT_RESOLVED), get(counts, Figure.REPEATS));
            case BACKLOG_RESOLUTION_PCT -> Change.share(get(counts, Figure.BACKLOG_RESOLVED), get(counts, Figure.BACKLOG_SCREENED));
            case ON_TIME_PCT -> Change.share(get(counts, Figure.REPLIED_ON_TIME), get(counts, Figure.REPLIED));
            case SATISFACTION_PCT -> {
                long good = get(counts, Figure.SATISFIED) + get(counts, Figure.BASICALLY_SATISFIED);
                yield Change.share(good, good + get(counts, Figure.DISSATISFIED));
            }
            default -> throw new IllegalArgumentException(rate + " is a count");
        };
    }

    private static long get(Map<Figure, Long> counts, Figure f) {
        return counts.getOrDefault(f, 0L);
    }
}
