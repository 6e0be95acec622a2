package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.reception.boundary.Instructions;
import cn.xinfang.petition.reception.boundary.ReceptionDay;
import cn.xinfang.petition.reception.boundary.ReceptionStatistics;
import cn.xinfang.petition.reception.entity.DayForms;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.VisitState;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.statistics.boundary.Summary;
import jakarta.ejb.EJBAccessException;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reception day run by the staff, its 批示件 followed to the report-back, and the reception statistics. */
class ReceptionDayIT extends InContainerTest {

    @Inject
    AppraisalFixtures appraisalFixtures;
    @Inject
    cn.xinfang.petition.appraisal.boundary.ReceptionIndicators receptionIndicators;


    @Inject
    ReceptionDay day;

    @Inject
    Instructions instructions;

    @Inject
    ReceptionStatistics statistics;

    @Inject
    cn.xinfang.petition.statistics.boundary.Statistics catalogue;

    @Inject
    Petitions petitions;

    @Inject
    ReceptionDayFixtures rf;

    @Inject
    HolidayCalendar calendar;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A booking code of its own per test (codes are unique across the database). */
    static String code() {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        java.security.SecureRandom r = new java.security.SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    String leaderAccount() {
        return "ldr" + c.tag();
    }

    long countySession() {
        long leader = rf.leader(c.countyId(), "王县长" + c.tag(), LeaderLevel.COUNTY, leaderAccount());
        return rf.session(c.countyId(), leader, today());
    }

    DayViews.Day walkIn(String user, long session, String name, String idNumber, int people) throws Exception {
        return as(user, PASSWORD, () -> day.walkIn(session, new DayForms.WalkIn(name, idNumber, "13700000001", "反映拖欠工资问题",
                null, people)));
    }

    DayViews.VisitRow called(DayViews.Day d) {
        return d.inConversation().get(0);
    }

    DayForms.Conclusion conclusion(Outcome outcome, LocalDate resolveBy, String instruction, Long link) {
        return new DayForms.Conclusion("信访人反映某公司拖欠工资三个月。", "请县人社局依法督促支付。", outcome, resolveBy, instruction, link,
                MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, c.villageId());
    }

    DayViews.Day concludeNext(String user, long session, Outcome outcome, LocalDate resolveBy, String instruction) throws Exception {
        DayViews.Day d = as(user, PASSWORD, () -> day.callNext(session));
        DayViews.VisitRow v = called(d);
        return as(user, PASSWORD, () -> day.conclude(v.id(), v.version(), conclusion(outcome, resolveBy, instruction, null)));
    }

    @Test
    void bookedPetitionersGoFirstThenWalkInsInArrivalOrderAndTheDisplayShowsNoPersonalData() throws Exception {
        long s = countySession();
        String id1 = PetitionsIT.idNumber();
        String code1 = code();
        String code2 = code();
        rf.booking(s, 1, code1, "李明华", id1, today());
        rf.booking(s, 2, code2, "赵小红", PetitionsIT.idNumber(), today());
        // a walk-in arrives first, then booking 2 and booking 1 check in
        walkIn(c.registrar(), s, "孙大伟", PetitionsIT.idNumber(), 1);
        as(c.registrar(), PASSWORD, () -> day.checkIn(s, code2.substring(0, 4).toLowerCase() + "-" + code2.substring(4), 1));
        DayViews.Day d = as(c.registrar(), PASSWORD, () -> day.checkIn(s, code1, 2));
        assertEquals(List.of("A01", "A02", "B01"), d.waiting().stream().map(DayViews.VisitRow::ticket).toList());
        assertTrue(d.expected().isEmpty(), "both bookings checked in");
        assertFalse(d.queue().get(0).maskedIdNumber().equals(id1), "ID numbers are masked on the staff screen");

        // unknown and repeated codes are refused on the code field, nothing changes
        BusinessException unknown = assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD, () -> day.checkIn(s, code(), 1)));
        assertEquals("code", unknown.field());
        assertEquals("receptionday.error.codeUnknown", unknown.key());
        assertEquals("receptionday.error.alreadyCheckedIn", assertThrows(BusinessException.class,
                () -> as(c.registrar(), PASSWORD, () -> day.checkIn(s, code1, 1))).key());
        assertEquals(3, as(c.registrar(), PASSWORD, () -> day.day(s)).queue().size());

        // 叫号: booking 1 first although the walk-in came earlier
        d = as(c.registrar(), PASSWORD, () -> day.callNext(s));
        assertEquals("A01", called(d).ticket());
        DayViews.Display display = as(c.registrar(), PASSWORD, () -> day.display(s));
        assertEquals(List.of("A01"), display.called().stream().map(DayViews.Ticket::ticket).toList());
        assertEquals("李**", display.called().get(0).maskedName());
        assertEquals(List.of("A02", "B01"), display.next().stream().map(DayViews.Ticket::ticket).toList());
        assertEquals("孙**", display.next().get(1).maskedName());
        assertFalse(display.toString().contains(id1) || display.toString().contains("李明华") || display.toString().contains("1390000"),
                "no name, ID number or phone on the display: " + display);

        // unit attendees are recorded
        d = as(c.registrar(), PASSWORD, () -> day.attend(s, c.deptAId(), "周局长", "局长"));
        assertEquals("周局长", d.attendees().get(0).name());

        // the day cannot close while people wait; a unit clerk cannot run the day
        assertEquals("receptionday.error.stillWaiting", assertThrows(BusinessException.class,
                () -> as(c.registrar(), PASSWORD, () -> day.close(s))).key());
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> day.callNext(s)));
        // a township's staff cannot run the county's session
        assertThrows(NotPermittedException.class, () -> as(c.townLeader(), PASSWORD, () -> day.day(s)));

        DayViews.VisitRow first = called(as(c.registrar(), PASSWORD, () -> day.day(s)));
        as(c.registrar(), PASSWORD, () -> day.conclude(first.id(), first.version(), conclusion(Outcome.EDUCATED, null, null, null)));
        concludeNext(c.registrar(), s, Outcome.ON_THE_SPOT, null, null);
        DayViews.VisitRow walk = as(c.registrar(), PASSWORD, () -> day.day(s)).waiting().get(0);
        as(c.registrar(), PASSWORD, () -> day.left(walk.id(), walk.version()));
        d = as(c.registrar(), PASSWORD, () -> day.close(s));
        assertEquals(SessionState.HELD, d.state());
        assertTrue(d.instructions().isEmpty(), "教育疏导 and 当场解决 need no 批示件");
        assertEquals("receptionday.error.sessionClosed", assertThrows(BusinessException.class,
                () -> as(c.registrar(), PASSWORD, () -> day.walkIn(s, new DayForms.WalkIn("钱某", PetitionsIT.idNumber(), null, "问题", null, 1)))).key());
    }

    @Test
    void outcomesNeedingActionBecomeMattersCarryingTheInstructionAndTheRoutingDeadline() throws Exception {
        long s = countySession();
        String idNumber = PetitionsIT.idNumber();
        long before = rf.matterCount(idNumber);
        walkIn(c.registrar(), s, "钱学军", idNumber, 2);
        LocalDate by = today().plusDays(20);
        // the 批示 is required for an outcome that needs action; nothing is recorded without it
        DayViews.VisitRow v = called(as(c.registrar(), PASSWORD, () -> day.callNext(s)));
        BusinessException missing = assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD,
                () -> day.conclude(v.id(), v.version(), conclusion(Outcome.BY_DATE, by, " ", null))));
        assertEquals("instruction", missing.field());
        assertEquals(VisitState.IN_CONVERSATION, called(as(c.registrar(), PASSWORD, () -> day.day(s))).state());

        DayViews.Day d = as(c.registrar(), PASSWORD, () -> day.conclude(v.id(), v.version(),
                conclusion(Outcome.BY_DATE, by, "请县人社局十日内督促该公司支付工资，结果报我。", null)));
        assertEquals(1, d.instructions().size());
        DayViews.InstructionRow i = d.instructions().get(0);
        assertEquals("请县人社局十日内督促该公司支付工资，结果报我。", i.text());
        assertEquals("王县长" + c.tag(), i.leaderName());
        assertEquals(today(), i.instructedOn());
        assertEquals(calendar.deadlines().due(today(), 2, CountingMode.WORKING_DAYS), i.routingDue());
        assertTrue(i.routingDue().isAfter(today()));
        assertEquals(by, i.replyDue());
        assertEquals(Instruction.Stage.PENDING_ROUTING, i.stage());
        assertFalse(i.routingOverdue());
        assertFalse(i.linked());
        assertEquals(before + 1, rf.matterCount(idNumber));
        MatterDetail m = as(c.officer(), PASSWORD, () -> petitions.get(i.matterId()));
        assertEquals("领导接待日", m.summary().channelName());
        assertEquals(today(), m.summary().receivedOn());
        assertEquals("钱学军", m.summary().petitionerName());
        assertEquals(2, m.summary().peopleCount());
        assertEquals(i.matterNumber(), m.summary().number());
        assertEquals(i.matterNumber(), d.done().get(0).matterNumber());

        // the same petitioner again: the outcome is linked to the existing matter, not registered twice
        walkIn(c.registrar(), s, "钱学军", idNumber, 1);
        DayViews.VisitRow again = called(as(c.registrar(), PASSWORD, () -> day.callNext(s)));
        List<Long> earlier = as(c.registrar(), PASSWORD, () -> day.earlierMatters(again.id())).stream().map(x -> x.id()).toList();
        assertTrue(earlier.contains(i.matterId()));
        d = as(c.registrar(), PASSWORD, () -> day.conclude(again.id(), again.version(),
                conclusion(Outcome.TO_STUDY, null, "请信访局会同人社局研判。", i.matterId())));
        DayViews.InstructionRow linked = d.instructions().get(1);
        assertTrue(linked.linked());
        assertEquals(i.matterNumber(), linked.matterNumber());
        assertEquals(before + 1, rf.matterCount(idNumber), "no duplicate matter");
        assertEquals(calendar.deadlines().due(today(), 30, CountingMode.CALENDAR_DAYS), linked.replyDue(),
                "有待研判: reported back within 30 days (a last day on a holiday moves to the next working day)");

        // another petitioner's matter cannot be linked
        String other = PetitionsIT.idNumber();
        MatterDetail foreign = as(c.registrar(), PASSWORD, () -> petitions.register(new RegistrationForm("VISIT", today(), null, null,
                "别人", other, "13800000000", null, 1, List.of(), CrossLevel.NONE, c.villageId(), "其他问题。", MatterKind.GRIEVANCE,
                "0701", MatterPurpose.DEMAND, null, null, null)));
        walkIn(c.registrar(), s, "钱学军", idNumber, 1);
        DayViews.VisitRow third = called(as(c.registrar(), PASSWORD, () -> day.callNext(s)));
        assertEquals("linkMatter", assertThrows(BusinessException.class, () -> as(c.registrar(), PASSWORD, () -> day.conclude(third.id(),
                third.version(), conclusion(Outcome.TO_STUDY, null, "研判。", foreign.summary().id())))).field());
    }

    @Test
    void routingLaterThanTheDeadlineIsFlaggedAndTheReportBackReachesTheLeader() throws Exception {
        long s = countySession();
        walkIn(c.registrar(), s, "吴建国", PetitionsIT.idNumber(), 1);
        walkIn(c.registrar(), s, "郑美玲", PetitionsIT.idNumber(), 1);
        concludeNext(c.registrar(), s, Outcome.BY_DATE, today().plusDays(15), "请县住建局限期解决。");
        DayViews.Day d = concludeNext(c.registrar(), s, Outcome.TO_STUDY, null, "请研判。");
        DayViews.InstructionRow late = d.instructions().get(0);
        DayViews.InstructionRow fresh = d.instructions().get(1);
        rf.setRoutingDue(late.id(), today().minusDays(1));

        List<DayViews.InstructionRow> overdue = as(c.officer(), PASSWORD, () -> instructions.list(true));
        assertTrue(overdue.stream().anyMatch(r -> r.id() == late.id() && r.routingOverdue()));
        assertFalse(overdue.stream().anyMatch(r -> r.id() == fresh.id()), "within its 2 working days");

        // only the bureau routes; routing after the due day stays flagged as late
        assertThrows(EJBAccessException.class, () -> as(c.registrar(), PASSWORD, () -> instructions.route(late.id(), 0, c.deptAId(), List.of())));
        DayViews.InstructionRow lateNow = as(c.officer(), PASSWORD, () -> instructions.get(late.id()));
        DayViews.InstructionRow routed = as(c.officer(), PASSWORD, () -> instructions.route(late.id(), lateNow.version(), c.deptAId(), List.of()));
        assertEquals(Instruction.Stage.ROUTED, routed.stage());
        assertEquals(today(), routed.routedOn());
        assertTrue(routed.routingOverdue(), "routed after its due day");
        assertEquals(MatterState.HANDLING, as(c.officer(), PASSWORD, () -> petitions.get(late.matterId())).summary().state());
        DayViews.InstructionRow freshNow = as(c.officer(), PASSWORD, () -> instructions.get(fresh.id()));
        DayViews.InstructionRow onTime = as(c.officer(), PASSWORD, () -> instructions.route(fresh.id(), freshNow.version(), c.deptAId(), List.of()));
        assertFalse(onTime.routingOverdue());

        // another unit cannot report back; the main unit does
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD,
                () -> instructions.reportBack(late.id(), routed.version(), "已处理。", true)));
        assertEquals("report", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> instructions.reportBack(late.id(), routed.version(), "  ", true))).field());
        DayViews.InstructionRow reported = as(c.clerkA(), PASSWORD,
                () -> instructions.reportBack(late.id(), routed.version(), "已督促该公司付清工资，信访人表示满意。", true));
        assertEquals(Instruction.Stage.REPORTED, reported.stage());
        assertFalse(reported.replyOverdue());

        // the leader's 批示件 page: both, with state and deadlines
        List<DayViews.InstructionRow> mine = as(leaderAccount(), PASSWORD, () -> instructions.mine());
        assertEquals(2, mine.size());
        DayViews.InstructionRow seen = mine.stream().filter(r -> r.id() == late.id()).findFirst().orElseThrow();
        assertEquals(Instruction.Stage.REPORTED, seen.stage());
        assertEquals("已督促该公司付清工资，信访人表示满意。", seen.reportText());
        assertEquals(Boolean.TRUE, seen.reportResolved());
        assertEquals(today().plusDays(15), seen.replyDue());
        assertEquals(c.clerkA(), seen.reportedBy());
        assertEquals(Instruction.Stage.ROUTED, mine.stream().filter(r -> r.id() == fresh.id()).findFirst().orElseThrow().stage());
        assertEquals("receptionday.error.alreadyReported", assertThrows(BusinessException.class, () -> as(c.clerkA(), PASSWORD,
                () -> instructions.reportBack(late.id(), reported.version(), "再报。", true))).key());
    }

    @Test
    void aUnitClerkCannotSeeAnotherUnitsInstructions() throws Exception {
        long s = countySession();
        walkIn(c.registrar(), s, "冯秀英", PetitionsIT.idNumber(), 1);
        DayViews.InstructionRow i = concludeNext(c.registrar(), s, Outcome.BY_DATE, today().plusDays(10), "请甲局处理。")
                .instructions().get(0);
        as(c.officer(), PASSWORD, () -> instructions.route(i.id(), i.version(), c.deptAId(), List.of()));
        assertTrue(as(c.clerkA(), PASSWORD, () -> instructions.list(false)).stream().anyMatch(r -> r.id() == i.id()));
        assertEquals(i.id(), as(c.clerkA(), PASSWORD, () -> instructions.get(i.id())).id());
        assertFalse(as(c.clerkB(), PASSWORD, () -> instructions.list(false)).stream().anyMatch(r -> r.id() == i.id()));
        assertThrows(NotPermittedException.class, () -> as(c.clerkB(), PASSWORD, () -> instructions.get(i.id())));
        assertFalse(as(c.townClerk(), PASSWORD, () -> instructions.list(false)).stream().anyMatch(r -> r.id() == i.id()));
        assertThrows(EJBAccessException.class, () -> as(c.clerkB(), PASSWORD, () -> instructions.mine()));
    }

    /**
     * The township's own sessions, counted by the township's leader (scoped to the township, so no
     * other test's data), by hand:
     * S1 (county leader, held): 3 people 当场解决, 1 限期解决 (批示件 I1, reported on time, resolved),
     * 2 people 教育疏导, one who left; S2 (township leader, held): 1 有待研判 (I2, reported after its
     * due day, not resolved), 1 有待研判 (I3, due yesterday, not reported); S3 (department leader,
     * not held): 1 当场解决.
     * Sessions 2; leaders 1 county, 0 department, 1 township; 批 3 + 2 = 5; 人次 3+1+2+1+1 = 8;
     * replies due I1, I2, I3 = 3, on time I1 → 33.3%; resolved: the 当场解决 and I1 → 2/5 = 40.0%.
     */
    @Test
    void receptionStatisticsOnAConstructedDataSetAsComputedByHand() throws Exception {
        String reg = c.townRegistrar();
        long countyLeader = rf.leader(c.countyId(), "县领导" + c.tag(), LeaderLevel.COUNTY, null);
        long townLeader = rf.leader(c.townId(), "镇领导" + c.tag(), LeaderLevel.TOWNSHIP, null);
        long deptLeader = rf.leader(c.deptAId(), "局领导" + c.tag(), LeaderLevel.DEPARTMENT, null);
        long s1 = rf.session(c.townId(), countyLeader, today());
        long s2 = rf.session(c.townId(), townLeader, today());
        long s3 = rf.session(c.townId(), deptLeader, today());

        walkIn(reg, s1, "甲一", PetitionsIT.idNumber(), 3);
        walkIn(reg, s1, "甲二", PetitionsIT.idNumber(), 1);
        walkIn(reg, s1, "甲三", PetitionsIT.idNumber(), 2);
        walkIn(reg, s1, "甲四", PetitionsIT.idNumber(), 4);
        concludeNext(reg, s1, Outcome.ON_THE_SPOT, null, null);
        DayViews.InstructionRow i1 = concludeNext(reg, s1, Outcome.BY_DATE, today().plusDays(10), "限期解决。").instructions().get(0);
        concludeNext(reg, s1, Outcome.EDUCATED, null, null);
        DayViews.VisitRow gone = as(reg, PASSWORD, () -> day.day(s1)).waiting().get(0);
        as(reg, PASSWORD, () -> day.left(gone.id(), gone.version()));
        as(reg, PASSWORD, () -> day.close(s1));

        String code = code();
        rf.booking(s2, 1, code, "乙一", PetitionsIT.idNumber(), today());
        as(reg, PASSWORD, () -> day.checkIn(s2, code, 1));
        walkIn(reg, s2, "乙二", PetitionsIT.idNumber(), 1);
        DayViews.InstructionRow i2 = concludeNext(reg, s2, Outcome.TO_STUDY, null, "研判。").instructions().get(0);
        DayViews.InstructionRow i3 = concludeNext(reg, s2, Outcome.TO_STUDY, null, "研判。").instructions().get(1);
        as(reg, PASSWORD, () -> day.close(s2));

        walkIn(reg, s3, "丙一", PetitionsIT.idNumber(), 1);
        concludeNext(reg, s3, Outcome.ON_THE_SPOT, null, null);

        for (DayViews.InstructionRow i : List.of(i1, i2, i3)) {
            DayViews.InstructionRow now = as(c.officer(), PASSWORD, () -> instructions.get(i.id()));
            as(c.officer(), PASSWORD, () -> instructions.route(i.id(), now.version(), c.deptAId(), List.of()));
        }
        DayViews.InstructionRow r1 = as(c.clerkA(), PASSWORD, () -> instructions.get(i1.id()));
        as(c.clerkA(), PASSWORD, () -> instructions.reportBack(i1.id(), r1.version(), "已解决。", true));
        rf.setReplyDue(i2.id(), today().minusDays(1));
        rf.setReplyDue(i3.id(), today().minusDays(1));
        DayViews.InstructionRow r2 = as(c.clerkA(), PASSWORD, () -> instructions.get(i2.id()));
        as(c.clerkA(), PASSWORD, () -> instructions.reportBack(i2.id(), r2.version(), "已研究，政策不支持，已解释。", false));

        ReceptionFigures f = as(c.townLeader(), PASSWORD, () -> statistics.figures(today().minusDays(1), today().plusDays(1)));
        assertEquals(2L, f.figures().get("receptionSessions"));
        assertEquals(1L, f.figures().get("receptionCountyLeaders"));
        assertEquals(0L, f.figures().get("receptionDepartmentLeaders"));
        assertEquals(1L, f.figures().get("receptionTownshipLeaders"));
        assertEquals(5L, f.figures().get("receptionBatches"));
        assertEquals(8L, f.figures().get("receptionPersons"));
        assertEquals(new BigDecimal("33.3"), f.figures().get("receptionOnTimeReplyPct"));
        assertEquals(new BigDecimal("40.0"), f.figures().get("receptionResolutionPct"));
        assertEquals(ReceptionFigures.KEYS, List.copyOf(f.figures().keySet()));
        assertEquals(1L, f.outcomes().get(Outcome.ON_THE_SPOT));
        assertEquals(2L, f.outcomes().get(Outcome.TO_STUDY));
        ReceptionFigures.LeaderFigures town = f.leaders().stream().filter(l -> l.leaderId() == townLeader).findFirst().orElseThrow();
        assertEquals(1, town.sessions());
        assertEquals(2, town.batches());
        assertEquals(2, town.instructions());

        // the same figures in the statistics catalogue (section RECEPTION, last year beside them), each
        // with a drill-down whose count equals it
        Summary sum = as(c.townLeader(), PASSWORD, () -> catalogue.summary(today().minusDays(1), today().plusDays(1), null, c.townId()));
        for (String k : List.of("receptionSessions", "receptionCountyLeaders", "receptionDepartmentLeaders", "receptionTownshipLeaders",
                "receptionBatches", "receptionPersons")) {
            assertEquals(((Long) f.figures().get(k)).longValue(), sum.figures().get(k).value(), k);
            assertEquals(0L, sum.figures().get(k).previous(), k + " last year");
            List<ReceptionFigures.Item> items = as(c.townLeader(), PASSWORD, () -> statistics.items(k, today().minusDays(1), today().plusDays(1),
                    c.townId()));
            long listed = k.equals("receptionPersons") ? items.stream().mapToLong(ReceptionFigures.Item::people).sum() : items.size();
            assertEquals(sum.figures().get(k).value(), listed, k + " drill-down");
        }
        assertEquals(new BigDecimal("33.3"), sum.rates().get("receptionOnTimeReplyPct").value());
        assertEquals(new BigDecimal("40.0"), sum.rates().get("receptionResolutionPct").value());
        List<ReceptionFigures.Item> due = as(c.townLeader(), PASSWORD,
                () -> statistics.items("receptionOnTimeReplyPct", today().minusDays(1), today().plusDays(1), c.townId()));
        assertEquals(List.of(i1.id()), due.stream().filter(ReceptionFigures.Item::counted).map(ReceptionFigures.Item::id).toList(), "on time: I1");
        assertEquals(3, due.size(), "due: I1, I2, I3");
        List<ReceptionFigures.Item> received = as(c.townLeader(), PASSWORD,
                () -> statistics.items("receptionResolutionPct", today().minusDays(1), today().plusDays(1), c.townId()));
        assertEquals(2, received.stream().filter(ReceptionFigures.Item::counted).count());
        assertEquals(5, received.size());
        assertEquals("key", assertThrows(BusinessException.class, () -> as(c.townLeader(), PASSWORD,
                () -> statistics.items("received", today(), today(), null))).field());

        // a period without the day counts nothing; bad periods are refused on the field
        ReceptionFigures empty = as(c.townLeader(), PASSWORD, () -> statistics.figures(today().plusDays(2), today().plusDays(3)));
        assertEquals(0L, empty.figures().get("receptionSessions"));
        assertNull(empty.figures().get("receptionOnTimeReplyPct"));
        assertEquals("to", assertThrows(BusinessException.class, () -> as(c.townLeader(), PASSWORD,
                () -> statistics.figures(today(), today().minusDays(1)))).field());

        // judged at a cut-off (the appraisal's rerun): I3 routed to department A three days ago, due the day before
        // yesterday, is due and unanswered at yesterday's end; I1 and I2 were routed today, after it. A report-back
        // of I3 today changes nothing at that cut-off; judged today, I1 on time, I2 and I3 late.
        rf.setRoutedOn(i3.id(), today().minusDays(3));
        rf.setReplyDue(i3.id(), today().minusDays(2));
        String appraiser = appraisalFixtures.appraiser(c);
        java.util.Set<String> onTime = java.util.Set.of("receptionOnTime");
        Measure atCut = as(appraiser, PASSWORD, () -> receptionIndicators.measure(onTime, List.of(c.deptAId(), c.deptBId()),
                today().minusDays(1), today().plusDays(1), today().minusDays(1))).get(c.deptAId()).get("receptionOnTime");
        assertEquals("0/1", atCut.numerator().toPlainString() + "/" + atCut.denominator().toPlainString());
        assertTrue(atCut.evidence().contains(new Evidence("instruction", i3.matterNumber(), i3.matterId())), atCut.evidence().toString());
        assertEquals(new BigDecimal("0.0"), as(c.townLeader(), PASSWORD,
                () -> statistics.figures(today().minusDays(1), today().plusDays(1), today().minusDays(1), c.townId())).figures()
                .get("receptionOnTimeReplyPct"));
        DayViews.InstructionRow r3 = as(c.clerkA(), PASSWORD, () -> instructions.get(i3.id()));
        as(c.clerkA(), PASSWORD, () -> instructions.reportBack(i3.id(), r3.version(), "已研究答复。", false));
        Measure rerun = as(appraiser, PASSWORD, () -> receptionIndicators.measure(onTime, List.of(c.deptAId()),
                today().minusDays(1), today().plusDays(1), today().minusDays(1))).get(c.deptAId()).get("receptionOnTime");
        assertEquals(atCut, rerun);
        Measure judgedToday = as(appraiser, PASSWORD, () -> receptionIndicators.measure(onTime, List.of(c.deptAId()),
                today().minusDays(1), today().plusDays(1), today())).get(c.deptAId()).get("receptionOnTime");
        assertEquals("1/3", judgedToday.numerator().toPlainString() + "/" + judgedToday.denominator().toPlainString());
        assertEquals(0, as(appraiser, PASSWORD, () -> receptionIndicators.measure(onTime, List.of(c.deptBId()),
                today().minusDays(1), today().plusDays(1), today())).get(c.deptBId()).get("receptionOnTime").denominator().signum());
    }
}
