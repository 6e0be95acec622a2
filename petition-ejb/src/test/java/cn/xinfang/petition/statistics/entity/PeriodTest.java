package cn.xinfang.petition.statistics.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theCutOffDefaultsToThePeriodsEnd() {
        assertEquals(d("2025-06-30"), Period.of(d("2025-01-01"), d("2025-06-30"), null).asOf());
        assertEquals(d("2025-11-20"), Period.of(d("2025-01-01"), d("2025-06-30"), d("2025-11-20")).asOf());
    }

    @Test
    void previousIsTheSameRangeOneYearEarlier() {
        Period p = Period.of(d("2025-01-01"), d("2025-06-30"), d("2025-11-20")).previous();
        assertEquals(new Period(d("2024-01-01"), d("2024-06-30"), d("2024-11-20")), p);
    }

    @Test
    void leapDayBecomesThe28th() {
        Period p = Period.of(d("2024-02-29"), d("2024-02-29"), null).previous();
        assertEquals(d("2023-02-28"), p.from());
        assertEquals(d("2023-02-28"), p.to());
        // February 2024 against the whole of February 2023
        Period feb = Period.of(d("2024-02-01"), d("2024-02-29"), null).previous();
        assertEquals(new Period(d("2023-02-01"), d("2023-02-28"), d("2023-02-28")), feb);
    }

    @Test
    void aMonthEndStaysAMonthEnd() {
        // February 2025 compares with the whole of February 2024, the 29th included
        Period p = Period.of(d("2025-02-01"), d("2025-02-28"), null).previous();
        assertEquals(d("2024-02-01"), p.from());
        assertEquals(d("2024-02-29"), p.to());
        assertEquals(d("2024-02-29"), p.asOf());
        // a day inside the month is just one year earlier
        assertEquals(d("2024-02-27"), Period.of(d("2025-02-01"), d("2025-02-27"), null).previous().to());
    }

    @Test
    void badPeriodsNameTheField() {
        assertEquals("from", assertThrows(BusinessException.class, () -> Period.of(null, d("2025-01-01"), null)).field());
        assertEquals("to", assertThrows(BusinessException.class, () -> Period.of(d("2025-01-01"), null, null)).field());
        BusinessException reversed = assertThrows(BusinessException.class, () -> Period.of(d("2025-02-01"), d("2025-01-31"), null));
        assertEquals("to", reversed.field());
        assertEquals("error.statistics.reversed", reversed.key());
        assertEquals("asOf", assertThrows(BusinessException.class,
                () -> Period.of(d("2025-01-01"), d("2025-06-30"), d("2025-06-29"))).field());
    }

    @Test
    void atMostTenYears() {
        assertEquals(d("2024-12-31"), Period.of(d("2015-01-01"), d("2024-12-31"), null).to());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> Period.of(d("2015-01-01"), d("2025-01-01"), null));
        assertEquals("to", tooLong.field());
        assertEquals("error.statistics.tooLong", tooLong.key());
    }
}
