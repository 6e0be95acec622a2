package cn.xinfang.petition.it;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.PublicReception;
import cn.xinfang.petition.reception.boundary.ReceptionBookings;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.Conflict;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.Recurrence;
import cn.xinfang.petition.reception.entity.Views.ProposedSession;
import cn.xinfang.petition.reception.entity.Views.RuleView;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.ShiftRule;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingView;
import cn.xinfang.petition.reception.entity.Views.GroupView;
import cn.xinfang.petition.reception.entity.Views.LeaderView;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.reception.entity.Views.SchedulePreview;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leader reception days in the real server (issue 12): the 2026 year from the issue's rules with
 * its 顺延 collisions and a leave worked out by hand, the publication rule, capacity, the booking
 * cut-off, eligibility, the public schedule and unit scoping. Each test makes its own county,
 * leaders and sessions; sessions are a few days from today so that the notice period is real.
 */
class ReceptionIT extends InContainerTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime AM = LocalTime.of(8, 30);
    static final LocalTime NOON = LocalTime.of(12, 0);
    static final Random RANDOM = new Random();

    @Inject
    ReceptionDays days;

    @Inject
    ReceptionBookings staffBookings;

    @Inject
    PublicReception publicReception;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReceptionFixtures helper;

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A valid ID number of a region no other test uses, so eligibility never meets another test's petitioner. */
    static String idNumber() {
        return IdNumber.withCheckCharacter("44030519" + (70 + RANDOM.nextInt(25)) + String.format("%02d%02d", 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28)) + String.format("%03d", RANDOM.nextInt(1000)));
    }

    static String address() {
        return "it-reception-" + UUID.randomUUID();
    }

    LeaderView leader(String name, String post, Long unitId, Long linkedUnitId, List<String> categories, String as) throws Exception {
        return as(as, PASSWORD, () -> days.saveLeader(new Forms.LeaderForm(null, 0, name + c.tag(), post, "分管" + post, categories,
                LeaderLevel.COUNTY, unitId, linkedUnitId, null, 0)));
    }

    SessionView session(LeaderView l, Long unitId, LocalDate day, int capacity, String as) throws Exception {
        return as(as, PASSWORD, () -> days.addSession(unitId, l.id(), day, AM, NOON, "县信访局接待大厅", ReceptionForm.FIXED, null, capacity));
    }

    SessionView published(LeaderView l, LocalDate day, int capacity) throws Exception {
        SessionView s = session(l, c.countyId(), day, capacity, c.officer());
        boolean late = day.isBefore(today().plusDays(5));
        return as(c.officer(), PASSWORD, () -> days.publish(s.id(), s.version(), late ? "领导临时调整，经批准" : null));
    }

    Forms.BookingForm booking(SessionView s, String name, String id, String category) {
        return new Forms.BookingForm(s.id(), name, id, "13912345678", "反映征地补偿问题。", category);
    }

    @Test
    void theYear2026FromTheIssuesRulesWithItsCollisionsAndALeave() throws Exception {
        LeaderView secretary = leader("林书记", "县委书记", c.countyId(), null, null, c.officer());
        LeaderView deputy1 = leader("王副县长", "县委常委、常务副县长", c.countyId(), c.townId(), null, c.officer());
        LeaderView deputy2 = leader("赵副县长", "副县长", c.countyId(), c.townId(), null, c.officer());
        LeaderView idle = leader("钱主任", "县人大常委会副主任", c.countyId(), null, null, c.officer());
        GroupView group = as(c.officer(), PASSWORD, () -> days.saveGroup(new Forms.GroupForm(null, 0, "常委副县长" + c.tag(), c.countyId(),
                List.of(deputy1.id(), deputy2.id()))));
        rule("县委书记单月15日", secretary.id(), null, null, "FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", false);
        rule("每周一轮值", null, group.id(), Assignment.ROTATION, "FREQ=WEEKLY;BYDAY=MO", false);
        rule("每月15日到挂钩镇", null, group.id(), Assignment.EACH_MEMBER, "FREQ=MONTHLY;BYMONTHDAY=15", true);
        as(c.officer(), PASSWORD, () -> days.addLeave(secretary.id(), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 18), "赴省参加学习"));

        SchedulePreview preview = as(c.officer(), PASSWORD, () -> days.preview(2026, c.countyId()));
        // 6 (secretary) + 51 Mondays (16 and 23 Feb merge into 24 Feb) + 12 months × 2 leaders
        assertEquals(81, preview.proposed().size());
        assertEquals(0, preview.existing());
        List<Conflict> doubles = preview.conflicts().stream().filter(x -> x.kind() == Conflict.Kind.DOUBLE_BOOKED).toList();
        // the 15th lands on a rotation Monday: 24 Feb (Spring Festival), 16 Mar, 15 Jun, 17 Aug, 16 Nov
        assertEquals(List.of(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 6, 15),
                LocalDate.of(2026, 8, 17), LocalDate.of(2026, 11, 16)), doubles.stream().map(Conflict::day).toList());
        List<Conflict> leave = preview.conflicts().stream().filter(x -> x.kind() == Conflict.Kind.ON_LEAVE).toList();
        assertEquals(1, leave.size());
        assertEquals(secretary.id(), leave.get(0).leaderId());
        assertEquals(LocalDate.of(2026, 3, 16), leave.get(0).day(), "15 March is a Sunday: 顺延 to the 16th, on the leave");
        assertEquals(List.of(idle.id()), preview.withoutSession().stream().map(LeaderView::id).toList());

        SchedulePreview saved = as(c.officer(), PASSWORD, () -> days.generate(2026, c.countyId()));
        assertEquals(81, saved.proposed().size());
        SchedulePreview again = as(c.officer(), PASSWORD, () -> days.preview(2026, c.countyId()));
        assertEquals(0, again.proposed().size(), "generating twice adds nothing");
        assertEquals(81, again.existing());
        List<SessionView> june = as(c.officer(), PASSWORD, () -> days.sessions(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15)))
                .stream().filter(s -> s.unitId() == c.countyId()).toList();
        assertEquals(3, june.size(), "the Monday rotation at the bureau and both leaders at the township");
        assertTrue(june.stream().allMatch(s -> s.state() == SessionState.PLANNED));
        assertTrue(june.stream().anyMatch(s -> s.place().startsWith("测试镇")), "the linked township's name is the place");
    }

    void rule(String name, Long leaderId, Long groupId, Assignment a, String rrule, boolean atLinked) throws Exception {
        as(c.officer(), PASSWORD, () -> days.saveRule(new Forms.RuleForm(null, 0, name, c.countyId(), leaderId, groupId, a, rrule,
                LocalDate.of(2026, 1, 1), null, AM, NOON, atLinked ? "信访接待室" : "县信访局接待大厅", atLinked, ReceptionForm.FIXED,
                null, ShiftRule.NEXT_WORKING_DAY, 20, null)));
    }

    @Test
    void aRuleFilledInAsAFormIsPreviewedSavedAsItsRruleAndDeactivated() throws Exception {
        LeaderView head = leader("陈县长", "县长", c.countyId(), null, null, c.officer());
        Forms.RuleForm form = new Forms.RuleForm(null, 0, "县长双月第一个周一", c.countyId(), head.id(), null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), AM, NOON, "县信访局接待大厅", false, ReceptionForm.FIXED, null,
                ShiftRule.NEXT_WORKING_DAY, 10, Recurrence.monthlyOnNth(1, DayOfWeek.MONDAY, Recurrence.EVEN_MONTHS));
        int rulesBefore = as(c.officer(), PASSWORD, () -> days.rules()).size();

        // the next dates before saving, 顺延 included: 6 Apr (清明) → 7 Apr, 5 Oct (国庆) → 8 Oct; nothing stored
        List<ProposedSession> next = as(c.officer(), PASSWORD, () -> days.previewRule(form, LocalDate.of(2026, 1, 1), 10));
        assertEquals(List.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 12, 7)), next.stream().map(ProposedSession::day).toList());
        assertEquals(LocalDate.of(2026, 10, 5), next.get(4).scheduledDay());
        assertEquals(rulesBefore, as(c.officer(), PASSWORD, () -> days.rules()).size(), "a preview saves nothing");
        assertEquals(2, as(c.officer(), PASSWORD, () -> days.previewRule(form, LocalDate.of(2026, 9, 1), 2)).size(), "count caps the list");

        // an incomplete form is refused naming its field, nothing saved
        Forms.RuleForm noDays = new Forms.RuleForm(null, 0, "每周", c.countyId(), head.id(), null, null, null, LocalDate.of(2026, 1, 1), null,
                AM, NOON, "县信访局", false, ReceptionForm.FIXED, null, ShiftRule.NEXT_WORKING_DAY, 10,
                new Recurrence(Recurrence.Frequency.WEEKLY, 1, List.of(), null, null, null));
        BusinessException refused = assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () -> days.saveRule(noDays)));
        assertEquals("weekdays", refused.field());
        assertEquals(rulesBefore, as(c.officer(), PASSWORD, () -> days.rules()).size());

        RuleView saved = as(c.officer(), PASSWORD, () -> days.saveRule(form));
        assertEquals("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=1MO", saved.rrule());
        assertEquals(form.recurrence(), saved.recurrence(), "the stored RRULE reads back into the same form");
        assertEquals(6, as(c.officer(), PASSWORD, () -> days.preview(2026, c.countyId())).proposed().size());

        RuleView off = as(c.officer(), PASSWORD, () -> days.setRuleActive(saved.id(), saved.version(), false));
        assertFalse(off.active());
        assertEquals(0, as(c.officer(), PASSWORD, () -> days.preview(2026, c.countyId())).proposed().size(), "a deactivated rule makes nothing");
        RuleView on = as(c.officer(), PASSWORD, () -> days.setRuleActive(off.id(), off.version(), true));
        assertTrue(on.active());
        assertEquals(6, as(c.officer(), PASSWORD, () -> days.preview(2026, c.countyId())).proposed().size());
        assertThrows(EJBAccessException.class, () -> as(c.townRegistrar(), PASSWORD, () -> days.setRuleActive(on.id(), on.version(), false)),
                "a registrar does not keep the rules");
    }

    @Test
    void aLatePublicationIsRefusedWithoutTheOverrideAndKeptWithIt() throws Exception {
        LeaderView l = leader("孙副县长", "副县长", c.countyId(), null, null, c.officer());
        SessionView onTime = session(l, c.countyId(), today().plusDays(10), 10, c.officer());
        SessionView late = session(l, c.countyId(), today().plusDays(2), 10, c.officer());

        SessionView published = as(c.officer(), PASSWORD, () -> days.publish(onTime.id(), onTime.version(), null));
        assertEquals(SessionState.PUBLISHED, published.state());
        assertNull(published.publicationOverride());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> as(c.officer(), PASSWORD, () -> days.publish(late.id(), late.version(), " ")));
        assertEquals("reception.error.lateWithoutReason", refused.key());
        assertEquals(SessionState.PLANNED, as(c.officer(), PASSWORD, () -> days.session(late.id())).state(), "nothing changed");
        assertFalse(publicReception.sessions(today(), today().plusDays(3)).stream().anyMatch(s -> s.id().equals(late.id())));

        SessionView overridden = as(c.officer(), PASSWORD, () -> days.publish(late.id(), late.version(), "县长临时出差，改期后补公示"));
        assertEquals(SessionState.PUBLISHED, overridden.state());
        assertEquals("县长临时出差，改期后补公示", overridden.publicationOverride());
        List<HistoryEntry> history = as(c.admin(), PASSWORD, () -> auditTrail.history(AuditedType.RECEPTION_SESSION, late.id()));
        assertEquals(c.officer(), history.get(history.size() - 1).username());
        assertTrue(history.get(history.size() - 1).changes().contains(
                new HistoryEntry.FieldChange("publicationOverride", null, "县长临时出差，改期后补公示")));

        // a swap later than the notice period needs the explicit override too, and is kept with its reason
        LeaderView other = leader("周副县长", "副县长", c.countyId(), null, null, c.officer());
        SessionView now = as(c.officer(), PASSWORD, () -> days.session(late.id()));
        assertEquals("reception.error.swapLate", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD,
                () -> days.swapLeader(now.id(), now.version(), other.id(), "出差", false))).key());
        SessionView swapped = as(c.officer(), PASSWORD, () -> days.swapLeader(now.id(), now.version(), other.id(), "赴市开会", true));
        assertEquals(other.id(), swapped.leaderId());
        assertEquals(l.id(), swapped.plannedLeaderId());
        var changes = as(c.officer(), PASSWORD, () -> days.changes(late.id()));
        assertEquals(1, changes.size());
        assertEquals("赴市开会", changes.get(0).reason());
        assertTrue(changes.get(0).late());
    }

    @Test
    void aBookingBeyondTheCapacityIsRefused() throws Exception {
        LeaderView l = leader("吴副县长", "副县长", c.countyId(), null, null, c.officer());
        SessionView s = published(l, today().plusDays(8), 2);
        String addr = address();
        BookingReceipt first = publicReception.book(booking(s, "预约甲", idNumber(), null), addr);
        BookingReceipt second = as(c.registrar(), PASSWORD, () -> staffBookings.book(booking(s, "预约乙", idNumber(), null)));
        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals(8, first.code().length());
        BusinessException full = assertThrows(BusinessException.class, () -> publicReception.book(booking(s, "预约丙", idNumber(), null), addr));
        assertEquals("reception.error.full", full.key());
        List<BookingView> list = as(c.officer(), PASSWORD, () -> staffBookings.bookings(s.id()));
        assertEquals(2, list.size());
        assertTrue(list.stream().allMatch(b -> b.maskedIdNumber().contains("*")), "ID numbers masked for staff");

        // the petitioner cancels with the code, and the place is free again
        assertEquals(BookingState.CANCELLED, publicReception.cancel(first.code(), addr).orElseThrow().state());
        assertEquals(3, publicReception.book(booking(s, "预约丙", idNumber(), null), addr).number());
        assertTrue(publicReception.status("ZZZZ2222", addr).isEmpty(), "an unknown code finds nothing");
    }

    @Test
    void bookingClosesAtTheCutOff() throws Exception {
        LeaderView l = leader("郑副县长", "副县长", c.countyId(), null, null, c.officer());
        String key = "petition.reception.booking-cutoff";
        SessionView tomorrow;
        SessionView later;
        System.setProperty(key, "00:00");
        try {
            // closes at 00:00 of the last working day before the day: for tomorrow, already past
            tomorrow = published(l, today().plusDays(1), 10);
            later = published(l, today().plusDays(12), 10);
        } finally {
            System.clearProperty(key);
        }
        assertTrue(tomorrow.bookingCutoff().isBefore(java.time.Instant.now()));
        BusinessException closed = assertThrows(BusinessException.class,
                () -> publicReception.book(booking(tomorrow, "截止甲", idNumber(), null), address()));
        assertEquals("reception.error.cutoffPassed", closed.key());
        assertFalse(publicReception.session(tomorrow.id()).orElseThrow().bookable());
        assertEquals(1, publicReception.book(booking(later, "截止乙", idNumber(), null), address()).number());
        // the default: 17:00 of the working day before
        SessionView normal = session(l, c.countyId(), today().plusDays(20), 10, c.officer());
        assertEquals(LocalTime.of(17, 0), normal.bookingCutoff().atZone(ZONE).toLocalTime());
        assertTrue(normal.bookingCutoff().atZone(ZONE).toLocalDate().isBefore(normal.day()));
    }

    @Test
    void eligibilityIsExplained() throws Exception {
        LeaderView land = leader("冯副县长", "副县长", c.countyId(), null, List.of("14"), c.officer());
        LeaderView labour = leader("陈副县长", "副县长", c.countyId(), null, List.of("07"), c.officer());
        SessionView landSession = published(land, today().plusDays(9), 10);
        SessionView labourSession = published(labour, today().plusDays(6), 10);
        String addr = address();

        // a matter accepted and being handled: told where, not booked
        String handledId = idNumber();
        MatterDetail open = register("办理某" + c.tag(), handledId);
        as(c.officer(), PASSWORD, () -> handling.decide(open.summary().id(), Decision.ACCEPT, null, open.version()));
        BusinessException inHandling = assertThrows(BusinessException.class,
                () -> publicReception.book(booking(labourSession, "办理某" + c.tag(), handledId, "0701"), addr));
        assertEquals("reception.eligibility.inHandling", inHandling.key());
        assertEquals(open.summary().number(), inHandling.args()[0]);

        // a terminated matter: refused with the reason
        String endedId = idNumber();
        MatterDetail ended = register("终结某" + c.tag(), endedId);
        helper.terminate(ended.summary().id(), today().minusMonths(2));
        BusinessException terminated = assertThrows(BusinessException.class,
                () -> publicReception.book(booking(labourSession, "终结某" + c.tag(), endedId, "0701"), addr));
        assertEquals("reception.eligibility.terminated", terminated.key());
        assertEquals(ended.summary().number(), terminated.args()[0]);

        // a labour subject at the land leader's session: steered to a leader whose portfolio covers it
        BusinessException steered = assertThrows(BusinessException.class,
                () -> publicReception.book(booking(landSession, "务工某", idNumber(), "0701"), addr));
        assertEquals("reception.eligibility.otherLeader", steered.key());
        long suggested = (Long) steered.args()[4];
        SessionView suggestion = as(c.officer(), PASSWORD, () -> days.session(suggested));
        LeaderView suggestedLeader = as(c.officer(), PASSWORD, () -> days.leaders()).stream()
                .filter(x -> x.id().equals(suggestion.leaderId())).findFirst().orElseThrow();
        assertTrue(suggestedLeader.portfolioCategories().contains("07"));
        assertEquals(SessionState.PUBLISHED, suggestion.state());
        // within the portfolio, and a petitioner without matters: booked
        assertEquals(1, publicReception.book(booking(labourSession, "务工某", idNumber(), "0701"), addr).number());
        assertEquals(0, as(c.officer(), PASSWORD, () -> staffBookings.bookings(landSession.id())).size(), "nothing booked when refused");
    }

    MatterDetail register(String name, String idNumber) throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, name, idNumber, "13700000001", null, 1, List.of(),
                CrossLevel.NONE, c.villageId(), "反映拖欠工资问题。", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null, null, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    @Test
    void thePublicScheduleShowsPublishedSessionsOnly() throws Exception {
        LeaderView l = leader("褚副县长", "副县长", c.countyId(), null, null, c.officer());
        SessionView planned = session(l, c.countyId(), today().plusDays(15), 10, c.officer());
        SessionView shown = published(l, today().plusDays(16), 10);
        SessionView cancelled = published(l, today().plusDays(17), 10);
        as(c.officer(), PASSWORD, () -> days.cancel(cancelled.id(), cancelled.version(), "领导公务冲突，另行安排"));
        List<Long> ids = publicReception.sessions(today(), today().plusDays(20)).stream().map(PublicSession::id).toList();
        assertTrue(ids.contains(shown.id()));
        assertFalse(ids.contains(planned.id()));
        assertFalse(ids.contains(cancelled.id()));
        assertTrue(publicReception.session(planned.id()).isEmpty());
        assertEquals("reception.error.notBookable", assertThrows(BusinessException.class,
                () -> publicReception.book(booking(planned, "公开某", idNumber(), null), address())).key());
    }

    @Test
    void aTownshipRunsItsOwnSessionsAndTheBureauSeesAll() throws Exception {
        LeaderView mayor = leader("蒋镇长", "镇长", c.townId(), null, null, c.townLeader());
        SessionView own = session(mayor, c.townId(), today().plusDays(11), 5, c.townLeader());
        SessionView ownPublished = as(c.townLeader(), PASSWORD, () -> days.publish(own.id(), own.version(), null));
        assertEquals(SessionState.PUBLISHED, ownPublished.state());
        LeaderView countyLeader = leader("沈副县长", "副县长", c.countyId(), null, null, c.officer());
        SessionView county = session(countyLeader, c.countyId(), today().plusDays(11), 5, c.officer());

        List<Long> townSees = as(c.townLeader(), PASSWORD, () -> days.sessions(today(), today().plusDays(12))).stream().map(SessionView::id).toList();
        assertTrue(townSees.contains(own.id()));
        assertFalse(townSees.contains(county.id()), "a township does not see the county's sessions");
        assertThrows(NotPermittedException.class, () -> as(c.townLeader(), PASSWORD, () -> days.publish(county.id(), county.version(), null)));
        assertThrows(NotPermittedException.class, () -> as(c.townLeader(), PASSWORD,
                () -> days.addSession(c.countyId(), countyLeader.id(), today().plusDays(9), AM, NOON, "某地", ReceptionForm.FIXED, null, 5)));
        assertThrows(NotPermittedException.class, () -> as(c.leaderA(), PASSWORD, () -> days.session(own.id())));
        assertThrows(NotPermittedException.class, () -> as(c.leaderA(), PASSWORD, () -> staffBookings.bookings(own.id())));
        List<Long> bureauSees = as(c.officer(), PASSWORD, () -> days.sessions(today(), today().plusDays(12))).stream().map(SessionView::id).toList();
        assertTrue(bureauSees.contains(own.id()) && bureauSees.contains(county.id()));
        // the township's own registrar books for its session; a clerk of a department has no reception role at all
        assertNotNull(as(c.townRegistrar(), PASSWORD, () -> staffBookings.book(booking(ownPublished, "镇约某", idNumber(), null))));
        assertThrows(EJBAccessException.class, () -> as(c.townRegistrar(), PASSWORD, () -> days.publish(own.id(), own.version(), null)));
    }
}
