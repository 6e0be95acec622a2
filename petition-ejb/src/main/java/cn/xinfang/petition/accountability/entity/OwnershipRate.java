package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * 包案化解率 of one group (a leader, a unit, or all) over a period, with its inputs: the 包案 taken
 * within the period ({@code takenIds}, the denominator) and those of them resolved by the period's
 * last day ({@code resolvedIds}, the numerator). The definition shown to users is
 * {@code accountability2.rate.def} in the bundles; the drill-down lists exactly these ids.
 */
public record OwnershipRate(String groupKey, String groupName, LocalDate from, LocalDate to, List<Long> takenIds,
                            List<Long> resolvedIds, List<Long> takenMatterIds, List<Long> resolvedMatterIds)
        implements Serializable {

    public int taken() {
        return takenIds.size();
    }

    public int resolved() {
        return resolvedIds.size();
    }

    /** Percent, half-up to one decimal; null when nothing was taken. */
    public BigDecimal ratePct() {
        return takenIds.isEmpty() ? null : BigDecimal.valueOf(resolvedIds.size() * 100L)
                .divide(BigDecimal.valueOf(takenIds.size()), 1, RoundingMode.HALF_UP);
    }
}
