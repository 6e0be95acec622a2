package cn.xinfang.petition.appraisal.control;

import cn.xinfang.petition.appraisal.entity.EmptyPolicy;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The scoring functions (see {@link cn.xinfang.petition.appraisal.entity.Scoring}), one item and
 * one unit at a time. Rates are worked at full precision; a line's score is rounded half-up to
 * two decimals, a rate shown in percent to two decimals.
 */
public final class ScoreRules {

    static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Notes on a line (codes; the words are appraisal.note.* in the bundles). */
    public static final String EMPTY = "empty", BLENDED = "blended", BELOW_SAMPLE = "belowSample", NOT_ENTERED = "notEntered",
            CAPPED = "capped", VETO = "veto", REACHED = "reached", NOT_REACHED = "notReached", BELOW_THRESHOLD = "belowThreshold";

    /** A line's score, the rate used (percent, null for counts), and what is noted about it. */
    public record Result(BigDecimal score, BigDecimal ratePct, boolean excludesFromRanking, boolean vetoes, String note) {
    }

    private ScoreRules() {
    }

    /**
     * The score of a rate or count item. {@code pooled}: the rate (fraction) of all units together,
     * used to blend a unit below the minimum sample; {@code entered}: the appraiser's score for an
     * inspection item (null: not entered yet).
     */
    public static Result score(ItemForm item, Measure m, BigDecimal pooled, BigDecimal entered) {
        return switch (item.scoring()) {
            case RATE_TIMES_POINTS, LINEAR, STEPS, THRESHOLD_DEDUCTION -> rateItem(item, m, pooled);
            case PER_EVENT -> perEvent(item, m.events());
            case ENTERED -> entered == null ? new Result(zero(), null, false, false, NOT_ENTERED)
                    : new Result(round(entered.max(BigDecimal.ZERO).min(item.points())), null, false, false, null);
            case VETO_ANY -> m.events() > 0 ? new Result(zero(), null, false, true, VETO) : new Result(zero(), null, false, false, null);
            case ALL_ZERO -> m.events() == 0 ? new Result(round(item.points()), null, false, false, REACHED)
                    : new Result(zero(), null, false, false, NOT_REACHED);
        };
    }

    static Result rateItem(ItemForm item, Measure m, BigDecimal pooled) {
        BigDecimal den = m.denominator() == null ? BigDecimal.ZERO : m.denominator();
        if (den.signum() == 0) {
            return new Result(item.whenEmpty() == EmptyPolicy.ZERO ? zero() : round(item.points()), null, false, false, EMPTY);
        }
        BigDecimal rate = m.numerator().divide(den, MC);
        String note = null;
        boolean unranked = false;
        if (item.minSample() != null && den.compareTo(BigDecimal.valueOf(item.minSample())) < 0) {
            if (item.samplePolicy() == SamplePolicy.BLEND && pooled != null) {
                BigDecimal min = BigDecimal.valueOf(item.minSample());
                rate = m.numerator().add(min.subtract(den).multiply(pooled, MC)).divide(min, MC);
                note = BLENDED;
            } else {
                unranked = true;
                note = BELOW_SAMPLE;
            }
        }
        BigDecimal pct = rate.multiply(HUNDRED, MC);
        BigDecimal score = switch (item.scoring()) {
            case RATE_TIMES_POINTS -> item.points().multiply(rate, MC);
            case LINEAR -> linear(item, pct);
            case STEPS -> steps(item, pct);
            case THRESHOLD_DEDUCTION -> {
                if (pct.compareTo(item.thresholdPct()) < 0) {
                    note = note == null ? BELOW_THRESHOLD : note;
                    yield item.points().subtract(item.deduction());
                }
                yield item.points();
            }
            default -> throw new IllegalArgumentException(item.scoring().name());
        };
        return new Result(round(score), pct.setScale(2, RoundingMode.HALF_UP), unranked, false, note);
    }

    static BigDecimal linear(ItemForm item, BigDecimal pct) {
        if (pct.compareTo(item.floorPct()) <= 0) {
            return BigDecimal.ZERO;
        }
        if (pct.compareTo(item.fullPct()) >= 0) {
            return item.points();
        }
        return item.points().multiply(pct.subtract(item.floorPct()), MC).divide(item.fullPct().subtract(item.floorPct()), MC);
    }

    static BigDecimal steps(ItemForm item, BigDecimal pct) {
        for (BigDecimal[] step : item.stepTable()) {
            if (pct.compareTo(step[0]) >= 0) {
                return step[1];
            }
        }
        return BigDecimal.ZERO;
    }

    /** Deductions (and indicators scored per event) lose points from their base, bonuses gain; the change is capped. */
    static Result perEvent(ItemForm item, long events) {
        BigDecimal change = item.perEvent().multiply(BigDecimal.valueOf(events));
        String note = null;
        if (item.cap() != null && change.compareTo(item.cap()) > 0) {
            change = item.cap();
            note = CAPPED;
        }
        BigDecimal score = item.kind() == ItemKind.BONUS ? item.points().add(change) : item.points().subtract(change);
        return new Result(round(score), null, false, false, note);
    }

    /** The most a line can give: its points, or for a bonus its base plus the cap. */
    public static BigDecimal maxPoints(ItemForm item) {
        if (item.kind() == ItemKind.BONUS) {
            return round(item.cap() == null ? item.points() : item.points().add(item.cap()));
        }
        return item.kind() == ItemKind.VETO ? zero() : round(item.points());
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
