package cn.xinfang.petition.statistics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 同比: a figure beside the same period last year. {@code changePct} = (this − previous) /
 * previous × 100, rounded half-up (away from zero at .5) to one decimal; absent (null) when the
 * previous value is 0, where a percentage means nothing.
 */
public record Change(long value, long previous, BigDecimal changePct) {

    public enum Direction { UP, DOWN, FLAT }

    public static Change of(long value, long previous) {
        return new Change(value, previous, pct(value, previous));
    }

    public static BigDecimal pct(long value, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(value - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    /** 上升 / 下降 / 持平, from the counts themselves (so it is known when previous is 0 too). */
    public Direction direction() {
        return value > previous ? Direction.UP : value < previous ? Direction.DOWN : Direction.FLAT;
    }

    /** The share of {@code part} in {@code whole} in percent, same rounding; null when the whole is 0. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
