package cn.xinfang.petition.statistics.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChangeTest {

    @Test
    void changeIsRoundedHalfUpToOneDecimal() {
        // the annual report's example: 471 accepted against 455 → +3.516… → 3.5
        assertEquals(new BigDecimal("3.5"), Change.pct(471, 455));
        // 1/8 = 12.5 exactly; 1/16 = 6.25 → 6.3 (half-up, not half-even's 6.2)
        assertEquals(new BigDecimal("12.5"), Change.pct(9, 8));
        assertEquals(new BigDecimal("6.3"), Change.pct(17, 16));
        // a fall rounds away from zero the same way: −6.25 → −6.3
        assertEquals(new BigDecimal("-6.3"), Change.pct(15, 16));
        assertEquals(new BigDecimal("0.0"), Change.pct(16, 16));
        assertEquals(new BigDecimal("-100.0"), Change.pct(0, 7));
        assertEquals(new BigDecimal("200.0"), Change.pct(3, 1));
    }

    @Test
    void noPercentageAgainstZero() {
        assertNull(Change.pct(5, 0));
        assertNull(Change.pct(0, 0));
        assertEquals(Change.Direction.UP, Change.of(5, 0).direction());
        assertEquals(Change.Direction.FLAT, Change.of(0, 0).direction());
        assertEquals(Change.Direction.DOWN, Change.of(4, 5).direction());
    }

    @Test
    void shareOfTheWhole() {
        assertEquals(new BigDecimal("33.3"), Change.share(1, 3));
        assertEquals(new BigDecimal("66.7"), Change.share(2, 3));
        assertNull(Change.share(0, 0));
    }
}
