package cn.xinfang.petition.reception;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.Visit;
import cn.xinfang.petition.reception.entity.VisitState;
import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reception day's rules without a container: the visit's states, the outcome's rules, masking, the rates. */
class ReceptionDayRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final Instant NINE = Instant.parse("2026-12-02T01:00:00Z");

    ReceptionSession session() {
        Unit county = new Unit("331199", "青山县", UnitKind.COUNTY, null);
        Leader leader = new Leader("陈国栋", "县长", LeaderLevel.COUNTY, county);
        return new ReceptionSession(county, null, leader, DAY, DAY, LocalTime.of(8, 30), LocalTime.of(12, 0), "县信访局", ReceptionForm.FIXED,
                null, 10, NINE);
    }

    Visit walkIn(int arrival) {
        return Visit.walkIn(session(), arrival, "欧阳明", IdNumber.withCheckCharacter("33119919700101001"), null, "反映问题", null, 2,
                "registrar", DAY, NINE);
    }

    @Test
    void walkInsQueueAfterEveryBookedNumberInArrivalOrder() {
        Visit first = walkIn(1);
        Visit second = walkIn(2);
        assertEquals("B01", first.getTicket());
        assertTrue(first.getQueueOrder() > 200 && first.getQueueOrder() < second.getQueueOrder(),
                "after any booking number (capacity ≤ 200), in arrival order");
    }

    @Test
    void aVisitIsCalledAnsweredOnceAndWaitingTimeStopsWhenCalled() {
        Visit v = walkIn(1);
        assertEquals(30, v.waitingMinutes(NINE.plusSeconds(1800)));
        assertThrows(BusinessException.class, () -> v.conclude("记录", "意见", Outcome.EDUCATED, null, "r", NINE), "not called yet");
        v.call(NINE.plusSeconds(600));
        assertEquals(10, v.waitingMinutes(NINE.plusSeconds(7200)));
        BusinessException noDay = assertThrows(BusinessException.class, () -> v.conclude("记录", "意见", Outcome.BY_DATE, null, "r", NINE));
        assertEquals("resolveBy", noDay.field());
        assertEquals("resolveBy", assertThrows(BusinessException.class,
                () -> v.conclude("记录", "意见", Outcome.BY_DATE, DAY.minusDays(1), "r", NINE)).field());
        assertEquals(VisitState.IN_CONVERSATION, v.getState(), "nothing changed by the refusals");
        v.conclude("记录", "意见", Outcome.BY_DATE, DAY.plusDays(10), "r", NINE.plusSeconds(2400));
        assertEquals(VisitState.DONE, v.getState());
        assertThrows(BusinessException.class, () -> v.leave(NINE), "an answered visit does not leave");
    }

    @Test
    void onlyByDateAndToStudyNeedAction() {
        assertTrue(Outcome.BY_DATE.needsAction());
        assertTrue(Outcome.TO_STUDY.needsAction());
        assertFalse(Outcome.ON_THE_SPOT.needsAction());
        assertFalse(Outcome.EDUCATED.needsAction());
    }

    @Test
    void theDisplayShowsTheFamilyNameOnly() {
        assertEquals("欧**", Visit.mask("欧阳明"));
        assertEquals("李*", Visit.mask("李四"));
        assertEquals("", Visit.mask(null));
    }

    @Test
    void ratesAreHalfUpToOneDecimalAndEmptyWithoutADenominator() {
        assertEquals(new BigDecimal("33.3"), ReceptionFigures.pct(1, 3));
        assertEquals(new BigDecimal("66.7"), ReceptionFigures.pct(2, 3));
        assertEquals(new BigDecimal("100.0"), ReceptionFigures.pct(4, 4));
        assertNull(ReceptionFigures.pct(0, 0));
    }
}
