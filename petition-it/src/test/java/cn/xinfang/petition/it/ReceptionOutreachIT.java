package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.reception.boundary.DutyRosters;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.Instructions;
import cn.xinfang.petition.reception.boundary.Outreach;
import cn.xinfang.petition.reception.boundary.ReceptionBookings;
import cn.xinfang.petition.reception.boundary.ReceptionDay;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.DayForms;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.DutyLogEntry;
import cn.xinfang.petition.reception.entity.DutyShift;
import cn.xinfang.petition.reception.entity.FollowUpVisit;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.OutreachViews.CarriedRow;
import cn.xinfang.petition.reception.entity.OutreachViews.FollowUpRow;
import cn.xinfang.petition.reception.entity.OutreachViews.ShiftView;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingView;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 带案下访, 约访, 回访 and 值班 in the real server: a leader carries a matter to a session and its result
 * is kept; an invited petitioner is booked without the public rules and received first on the day;
 * the unit follows a 批示件's matter up after its report-back (and only then); a duty shift needs its
 * two people, a swap its reason, and the log keeps what came in; another unit sees none of it.
 */
class ReceptionOutreachIT extends InContainerTest {

    @Inject
    Outreach outreach;

    @Inject
    DutyRosters rosters;

    @Inject
    ReceptionDay day;

    @Inject
    Instructions instructions;

    @Inject
    ReceptionBookings bookings;

    @Inject
    ReceptionDayFixtures rf;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long leader() {
        return rf.leader(c.countyId(), "周县长" + c.tag(), LeaderLevel.COUNTY, null);
    }

    /** Today's session with one 限期解决 批示件; answers the session's day screen. */
    DayViews.Day sessionWithInstruction(long leader) throws Exception {
        long s = rf.session(c.countyId(), leader, today());
        as(c.registrar(), PASSWORD, () -> day.walkIn(s, new DayForms.WalkIn("陶志明", PetitionsIT.idNumber(), "13700000002",
                "反映征地补偿款未到位", null, 1)));
        DayViews.Day d = as(c.registrar(), PASSWORD, () -> day.callNext(s));
        DayViews.VisitRow v = d.inConversation().get(0);
        return as(c.registrar(), PASSWORD, () -> day.conclude(v.id(), v.version(), new DayForms.Conclusion("信访人反映征地补偿款未到位。",
                "请县自然资源局限期核实。", Outcome.BY_DATE, today().plusDays(20), "请县自然资源局20日内答复。", null, MatterKind.GRIEVANCE,
                "0701", MatterPurpose.DEMAND, c.villageId())));
    }

    @Test
    void aLeaderCarriesAMatterDownAndAnInvitedPetitionerIsReceivedFirst() throws Exception {
        long leader = leader();
        DayViews.Day today = sessionWithInstruction(leader);
        String matter = today.instructions().get(0).matterNumber();
        long caseVisit = rf.session(c.countyId(), leader, today().plusDays(7));

        // 带案下访: the matter once, by its number; a number nobody has is refused naming the field
        CarriedRow carried = as(c.officer(), PASSWORD, () -> outreach.carry(caseVisit, matter, "到镇现场协调补偿款发放"));
        assertEquals(matter, carried.matterNumber());
        assertEquals("matterNumber", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> outreach.carry(caseVisit, matter, null))).field());
        assertEquals("matterNumber", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> outreach.carry(caseVisit, "NO-SUCH-" + c.tag(), null))).field());
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD, () -> outreach.carry(caseVisit, matter, null)),
                "a department does not run the county's sessions");
        CarriedRow done = as(c.officer(), PASSWORD, () -> outreach.recordResult(carried.id(), carried.version(), "补偿款已于当日拨付到户。"));
        assertEquals("补偿款已于当日拨付到户。", done.result());
        assertEquals(List.of(matter), as(c.officer(), PASSWORD, () -> outreach.carried(caseVisit)).stream().map(CarriedRow::matterNumber).toList());

        // 约访 on today's session: booked as an invitation naming the matter, received before the walk-ins
        String invitedId = PetitionsIT.idNumber();
        BookingReceipt invited = as(c.officer(), PASSWORD, () -> outreach.invite(today.sessionId(),
                new Forms.InvitationForm("邀某", invitedId, "13800001111", "就补偿款问题当面沟通", matter)));
        assertEquals(8, invited.code().length());
        BookingView b = as(c.officer(), PASSWORD, () -> bookings.bookings(today.sessionId())).stream()
                .filter(x -> x.number() == invited.number()).findFirst().orElseThrow();
        assertEquals(BookingVia.INVITATION, b.via());
        assertEquals(matter, b.matterNumber());
        assertEquals("idNumber", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> outreach.invite(today.sessionId(),
                new Forms.InvitationForm("邀某", invitedId, "13800001111", "再次邀请", null)))).field(), "once per person and session");
        as(c.registrar(), PASSWORD, () -> day.walkIn(today.sessionId(), new DayForms.WalkIn("后到某", PetitionsIT.idNumber(), "13700000003",
                "反映噪音扰民", null, 1)));
        DayViews.Day queue = as(c.registrar(), PASSWORD, () -> day.checkIn(today.sessionId(), invited.code(), 1));
        List<DayViews.VisitRow> waiting = queue.waiting();
        assertEquals("邀某", waiting.get(0).name(), "the invited petitioner goes before the walk-in who came first");
        assertTrue(waiting.get(0).booked());
    }

    @Test
    void aFollowUpVisitComesAfterTheReportBackAndOnlyFromTheResponsibleUnit() throws Exception {
        DayViews.InstructionRow i = sessionWithInstruction(leader()).instructions().get(0);
        DayViews.InstructionRow routed = as(c.officer(), PASSWORD, () -> instructions.route(i.id(), i.version(), c.deptAId(), List.of()));
        Forms.FollowUpForm visit = new Forms.FollowUpForm(today(), "县自然资源局 李明、王芳", FollowUpVisit.Method.HOME_VISIT,
                FollowUpVisit.Attitude.SATISFIED, "补偿款已到账，信访人表示息诉。");
        assertEquals("reception3.error.notReportedYet", assertThrows(BusinessException.class,
                () -> as(c.clerkA(), PASSWORD, () -> outreach.recordFollowUp(i.id(), visit))).key());
        as(c.clerkA(), PASSWORD, () -> instructions.reportBack(i.id(), routed.version(), "已核实并拨付补偿款。", true));

        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD, () -> outreach.recordFollowUp(i.id(), visit)));
        assertEquals("visitedOn", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD, () -> outreach.recordFollowUp(i.id(),
                new Forms.FollowUpForm(today().plusDays(1), "李明", FollowUpVisit.Method.PHONE, FollowUpVisit.Attitude.SATISFIED, null)))).field());
        FollowUpRow row = as(c.clerkA(), PASSWORD, () -> outreach.recordFollowUp(i.id(), visit));
        assertEquals(FollowUpVisit.Attitude.SATISFIED, row.attitude());
        List<FollowUpRow> seen = as(c.officer(), PASSWORD, () -> outreach.followUps(i.id()));
        assertEquals(1, seen.size());
        assertEquals("县自然资源局 李明、王芳", seen.get(0).visitors());
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD, () -> outreach.followUps(i.id())));
    }

    @Test
    void aDutyShiftNeedsItsTwoPeopleASwapItsReasonAndTheLogKeepsWhatCameIn() throws Exception {
        LocalDate holiday = LocalDate.of(2027, 1, 1);
        Forms.MemberForm leader = new Forms.MemberForm("何副县长", "副县长", true, "13900000001");
        Forms.MemberForm staff = new Forms.MemberForm("吕干事", "县信访局干部", false, null);
        assertEquals("members", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> rosters.addShift(new Forms.ShiftForm(
                c.countyId(), holiday, LocalTime.of(8, 0), LocalTime.of(18, 0), DutyShift.Period.HOLIDAY, "元旦" + c.tag(), 2, List.of(leader))))).field());
        ShiftView shift = as(c.officer(), PASSWORD, () -> rosters.addShift(new Forms.ShiftForm(c.countyId(), holiday, LocalTime.of(8, 0),
                LocalTime.of(18, 0), DutyShift.Period.HOLIDAY, "元旦" + c.tag(), 2, List.of(leader, staff))));
        assertFalse(shift.understaffed());
        assertTrue(shift.hasLeader());

        long staffId = shift.members().stream().filter(m -> !m.leader()).findFirst().orElseThrow().id();
        Forms.MemberForm other = new Forms.MemberForm("施干事", "县信访局干部", false, null);
        assertEquals("reason", assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> rosters.swap(shift.id(), shift.version(), staffId, other, " "))).field());
        ShiftView swapped = as(c.officer(), PASSWORD, () -> rosters.swap(shift.id(), shift.version(), staffId, other, "吕干事家中有事，与施干事调班"));
        assertEquals(List.of("何副县长", "施干事"), swapped.onDuty().stream().map(m -> m.name()).toList());
        assertEquals(1, swapped.swaps().size());
        assertEquals("吕干事家中有事，与施干事调班", swapped.swaps().get(0).reason());

        ShiftView logged = as(c.registrar(), PASSWORD, () -> rosters.log(shift.id(), DutyLogEntry.Kind.VISIT, "群众1人来访反映欠薪，已登记。", null));
        assertEquals(1, logged.log().size());
        assertEquals(c.registrar(), logged.log().get(0).recordedBy());

        assertTrue(as(c.officer(), PASSWORD, () -> rosters.shifts(holiday, holiday)).stream().anyMatch(s -> s.id() == shift.id()));
        assertFalse(as(c.townClerk(), PASSWORD, () -> rosters.shifts(holiday, holiday)).stream().anyMatch(s -> s.id() == shift.id()),
                "a township sees its own roster only");
        assertThrows(NotPermittedException.class, () -> as(c.townClerk(), PASSWORD, () -> rosters.shift(shift.id())));
    }

    @Test
    void theDemoCountyShowsItsNewYearRosterWithASwapAndLastWeekendsLog() throws Exception {
        LocalDate t = today();
        LocalDate newYear = LocalDate.of(t.getMonthValue() == 1 && t.getDayOfMonth() <= 3 ? t.getYear() : t.getYear() + 1, 1, 1);
        List<ShiftView> holiday = as("officer", "demo", () -> rosters.shifts(newYear, newYear.plusDays(2))).stream()
                .filter(s -> "元旦".equals(s.occasion())).toList();
        assertEquals(3, holiday.size(), "one shift a day of the New Year holiday");
        assertTrue(holiday.stream().allMatch(s -> !s.understaffed() && s.hasLeader()));
        assertEquals(1, holiday.stream().mapToLong(s -> s.swaps().size()).sum());
        assertTrue(as("officer", "demo", () -> rosters.shifts(t.minusDays(7), t)).stream().anyMatch(s -> !s.log().isEmpty()),
                "last weekend's shift has its duty log");
    }
}
