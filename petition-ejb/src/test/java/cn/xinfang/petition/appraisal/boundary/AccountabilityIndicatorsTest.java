package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountabilityIndicatorsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);
    static final LocalDate CUT = LocalDate.of(2026, 12, 10);

    @Test
    void theRateIsOverThePeriodsLeaderCasesCountingThoseResolvedByTheCutOff() {
        // taken in the period: 1, 2, 3; resolved by its end: 1; 2 resolved after it but by the cut-off;
        // 4 taken after the period (by the cut-off, resolved) does not count
        OwnershipRate period = new OwnershipRate("7", null, FROM, TO, List.of(1L, 2L, 3L), List.of(1L), List.of(11L, 12L, 13L), List.of(11L));
        OwnershipRate untilCut = new OwnershipRate("7", null, FROM, CUT, List.of(1L, 2L, 3L, 4L), List.of(1L, 2L, 4L),
                List.of(11L, 12L, 13L, 14L), List.of(11L, 12L, 14L));
        Measure m = AccountabilityIndicators.ownership(period, untilCut);
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.numerator()));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(m.denominator()));
        assertEquals(List.of(new Evidence("ownership", "open", 1), new Evidence("ownership", "resolved", 2),
                new Evidence("ownership", "taken", 3), new Evidence("leaderCase", "3", 13), new Evidence("leaderCaseResolved", "1", 11),
                new Evidence("leaderCaseResolved", "2", 12)), m.evidence());
    }

    @Test
    void nothingTakenIsAnEmptyRate() {
        OwnershipRate none = new OwnershipRate("7", null, FROM, TO, List.of(), List.of(), List.of(), List.of());
        Measure m = AccountabilityIndicators.ownership(none, none);
        assertEquals(0, BigDecimal.ZERO.compareTo(m.denominator()));
    }
}
