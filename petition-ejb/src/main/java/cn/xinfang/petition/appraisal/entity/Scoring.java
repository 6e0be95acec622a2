package cn.xinfang.petition.appraisal.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The scoring functions of an item (the formulas are in {@code appraisal.control.ScoreRules}):
 * RATE_TIMES_POINTS rate × points; LINEAR 0 at or below the floor, full points at or above the
 * full-score rate, linear between; STEPS the points of the highest step the rate reaches;
 * THRESHOLD_DEDUCTION points, less a fixed deduction when the rate is below the threshold;
 * PER_EVENT points ∓ events × per-event points, the change capped; ENTERED the appraiser's score
 * (0 … points); VETO_ANY voids the score when there is at least one event; ALL_ZERO (a status)
 * the points when every indicator named is zero.
 */
public enum Scoring {
    RATE_TIMES_POINTS, LINEAR, STEPS, THRESHOLD_DEDUCTION, PER_EVENT, ENTERED, VETO_ANY, ALL_ZERO;

    /** Which functions an item of a kind may use. */
    public static Set<Scoring> allowedFor(ItemKind kind) {
        return switch (kind) {
            case INDICATOR -> EnumSet.of(RATE_TIMES_POINTS, LINEAR, STEPS, THRESHOLD_DEDUCTION, PER_EVENT);
            case DEDUCTION, BONUS -> EnumSet.of(PER_EVENT);
            case INSPECTION -> EnumSet.of(ENTERED);
            case VETO -> EnumSet.of(VETO_ANY);
            case STATUS -> EnumSet.of(ALL_ZERO);
        };
    }

    public boolean rateBased() {
        return this == RATE_TIMES_POINTS || this == LINEAR || this == STEPS || this == THRESHOLD_DEDUCTION;
    }
}
