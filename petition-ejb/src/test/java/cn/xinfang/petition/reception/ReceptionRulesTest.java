package cn.xinfang.petition.reception;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.reception.control.BookingCutoff;
import cn.xinfang.petition.reception.control.ScheduleConflicts;
import cn.xinfang.petition.reception.entity.Conflict;
import cn.xinfang.petition.reception.entity.Eligibility;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Publication;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionChange;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Unavailability;
import cn.xinfang.petition.shared.HolidayData;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publication rule, the booking cut-off over the 2026 holidays, conflicts, swaps and eligibility, worked out by hand. */
class ReceptionRulesTest {

    static final WorkCalendar CAL = HolidayData.calendar();
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final LocalTime SEVENTEEN = LocalTime.of(17, 0);
    final Unit county = new Unit("331199", "青山县", UnitKind.COUNTY, null);

    Leader leader(String name, String... categories) {
        Leader l = new Leader(name, "副县长", LeaderLevel.COUNTY, county);
        l.describe(name, "副县长", null, List.of(categories), LeaderLevel.COUNTY, null, 0);
        return l;
    }

    ReceptionSession session(Leader l, LocalDate day) {
        return new ReceptionSession(county, null, l, day, day, LocalTime.of(8, 30), LocalTime.NOON, "县信访局", ReceptionForm.FIXED, null, 10,
                BookingCutoff.of(day, SEVENTEEN, CAL));
    }

    @Test
    void publishedAtLeastFiveDaysAheadOrLaterWithAReason() {
        LocalDate day = LocalDate.of(2026, 12, 15);
        assertFalse(Publication.isLate(day, LocalDate.of(2026, 12, 10), 5), "exactly five days ahead is on time");
        assertTrue(Publication.isLate(day, LocalDate.of(2026, 12, 11), 5));
        assertNull(Publication.check(day, LocalDate.of(2026, 12, 1), 5, null, "f"));
        BusinessException late = assertThrows(BusinessException.class, () -> Publication.check(day, LocalDate.of(2026, 12, 12), 5, "  ", "f"));
        assertEquals("reception.error.lateWithoutReason", late.key());
        assertEquals("2026-12-10", late.args()[1], "names the last day on time");
        assertEquals("临时调整", Publication.check(day, LocalDate.of(2026, 12, 12), 5, " 临时调整 ", "f"));
        assertEquals("reception.error.dayPassed", assertThrows(BusinessException.class,
                () -> Publication.check(day, day, 5, "理由", "f")).key(), "never on the day itself");

        ReceptionSession s = session(leader("甲"), day);
        s.publish(LocalDate.of(2026, 12, 12), 5, "县长临时出差", "officer", Instant.EPOCH);
        assertEquals(SessionState.PUBLISHED, s.getState());
        assertEquals("县长临时出差", s.getPublicationOverride());
        s.hold();
        assertEquals(SessionState.HELD, s.getState());
        assertEquals("reception.error.transition", assertThrows(BusinessException.class, () -> s.cancel("x", Instant.EPOCH)).key());
    }

    @Test
    void bookingClosesAtFiveTheWorkingDayBefore() {
        assertEquals(LocalDate.of(2026, 12, 11).atTime(SEVENTEEN).atZone(CST).toInstant(),
                BookingCutoff.of(LocalDate.of(2026, 12, 14), SEVENTEEN, CAL), "a Monday closes on the Friday");
        assertEquals(LocalDate.of(2026, 2, 14).atTime(SEVENTEEN).atZone(CST).toInstant(),
                BookingCutoff.of(LocalDate.of(2026, 2, 24), SEVENTEEN, CAL), "after the Spring Festival: the 调休 Saturday 14 Feb");
        assertEquals(LocalDate.of(2026, 9, 30).atTime(SEVENTEEN).atZone(CST).toInstant(),
                BookingCutoff.of(LocalDate.of(2026, 10, 8), SEVENTEEN, CAL), "after National Day: 30 September");
        assertEquals(LocalDate.of(2026, 12, 15).atTime(SEVENTEEN).atZone(CST).toInstant(),
                BookingCutoff.of(LocalDate.of(2026, 12, 16), SEVENTEEN, CAL));
        ReceptionSession s = session(leader("乙"), LocalDate.of(2026, 12, 16));
        s.publish(LocalDate.of(2026, 12, 1), 5, null, "officer", Instant.EPOCH);
        assertTrue(s.takesBookings(LocalDate.of(2026, 12, 15).atTime(16, 59).atZone(CST).toInstant()));
        assertFalse(s.takesBookings(LocalDate.of(2026, 12, 15).atTime(17, 0).atZone(CST).toInstant()));
    }

    @Test
    void conflictsOfOneLeaderInTwoPlacesAndOnLeave() {
        Leader a = leader("甲");
        Leader b = leader("乙");
        LocalDate d = LocalDate.of(2026, 6, 15);
        List<ScheduleConflicts.Slot> slots = List.of(
                new ScheduleConflicts.Slot(a, d, LocalTime.of(8, 30), LocalTime.NOON, "县信访局", null),
                new ScheduleConflicts.Slot(a, d, LocalTime.of(9, 0), LocalTime.of(11, 0), "青石镇", null),
                new ScheduleConflicts.Slot(a, d, LocalTime.of(14, 30), LocalTime.of(17, 30), "白水乡", null),
                new ScheduleConflicts.Slot(b, d, LocalTime.of(8, 30), LocalTime.NOON, "县信访局", null),
                new ScheduleConflicts.Slot(b, d.plusDays(7), LocalTime.of(8, 30), LocalTime.NOON, "县信访局", 7L));
        List<Conflict> found = ScheduleConflicts.find(slots, List.of(new Unavailability(b, d.plusDays(5), d.plusDays(9), "出国考察", "officer",
                Instant.EPOCH)));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.kind() == Conflict.Kind.DOUBLE_BOOKED && "青石镇".equals(c.other())),
                "the morning at the bureau overlaps the township; the afternoon does not");
        Conflict leave = found.stream().filter(c -> c.kind() == Conflict.Kind.ON_LEAVE).findFirst().orElseThrow();
        assertEquals(d.plusDays(7), leave.day());
        assertEquals(7L, leave.sessionId());
        assertEquals("出国考察", leave.other());
    }

    @Test
    void aSwapLessThanFiveDaysAheadNeedsTheOverrideAndKeepsItsReason() {
        Leader a = leader("甲");
        Leader b = leader("乙");
        ReceptionSession s = session(a, LocalDate.of(2026, 12, 15));
        assertEquals("reception.error.swapLate", assertThrows(BusinessException.class,
                () -> s.swapLeader(b, "出差", false, LocalDate.of(2026, 12, 12), 5, "officer", Instant.EPOCH)).key());
        SessionChange c = s.swapLeader(b, "赴省开会", true, LocalDate.of(2026, 12, 12), 5, "officer", Instant.EPOCH);
        assertTrue(c.isLate());
        assertEquals(b, s.getLeader());
        assertEquals(a, s.getPlannedLeader());
        SessionChange early = s.swapLeader(a, "会议取消", false, LocalDate.of(2026, 12, 1), 5, "officer", Instant.EPOCH);
        assertFalse(early.isLate());
        assertEquals("error.required", assertThrows(BusinessException.class,
                () -> s.swapLeader(b, " ", false, LocalDate.of(2026, 12, 1), 5, "officer", Instant.EPOCH)).key(), "a swap needs its reason");
    }

    @Test
    void eligibilityRefusesTerminatedAndHandledMattersAndSteersByPortfolio() {
        Leader land = leader("冯", "13", "14");
        List<Eligibility.OpenMatter> open = List.of(new Eligibility.OpenMatter("331199-2026-000012", "县人力资源和社会保障局", "0571-1",
                LocalDate.of(2027, 1, 20), "0701"));
        List<Eligibility.EndedMatter> ended = List.of(new Eligibility.EndedMatter("331199-2024-000003", LocalDate.of(2025, 6, 1), "1301"));
        assertEquals("reception.eligibility.terminated", assertThrows(BusinessException.class,
                () -> Eligibility.check(land, "1302", open, ended, Optional.empty())).key(), "same top-level subject as the terminated matter");
        BusinessException handled = assertThrows(BusinessException.class, () -> Eligibility.check(land, "0702", open, List.of(), Optional.empty()));
        assertEquals("reception.eligibility.inHandling", handled.key());
        assertEquals("县人力资源和社会保障局", handled.args()[1]);
        assertEquals("reception.eligibility.terminated", assertThrows(BusinessException.class,
                () -> Eligibility.check(land, null, List.of(), ended, Optional.empty())).key(), "no subject given: any matter counts");
        // another subject than the handled one, within the portfolio: fine
        Eligibility.check(land, "1402", open, List.of(), Optional.empty());
        BusinessException steered = assertThrows(BusinessException.class, () -> Eligibility.check(land, "0801", List.of(), List.of(),
                Optional.of(new Eligibility.Alternative(9L, "赵红梅", "副县长", LocalDate.of(2026, 12, 21)))));
        assertEquals("reception.eligibility.otherLeader", steered.key());
        assertEquals("赵红梅", steered.args()[1]);
        assertEquals("reception.eligibility.outsidePortfolio", assertThrows(BusinessException.class,
                () -> Eligibility.check(land, "0801", List.of(), List.of(), Optional.empty())).key());
        Eligibility.check(leader("全面"), "0801", List.of(), List.of(), Optional.empty());
    }
}
