package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.shared.entity.PersonalData;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.DutyLogEntry;
import cn.xinfang.petition.reception.entity.DutyMember;
import cn.xinfang.petition.reception.entity.DutyShift;
import cn.xinfang.petition.reception.entity.DutySwap;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo county's duty rosters and 约访 on the first start, after its schedule and reception day
 * (hence the later priority): the bureau's 值班 over the coming New Year holiday (a leader in charge
 * and a member of staff each day, one swap with its reason), the last weekend's shift with its duty
 * log, a 两会 shift two at a time; and a 约访 invitation of a petitioner to the county head's next
 * published session. (带案下访 and 回访 name petition matters and 批示件: the demo makes them as the demo
 * officer, after the first start is committed, in {@code reception.boundary.DemoInstructions}.)
 */
@Dependent
public class DemoOutreach {

    private static final Logger LOG = Logger.getLogger(DemoOutreach.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BookingCodes codes;

    @Inject
    Clock clock;

    void onDemoCountyReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoCountyReady county) {
        Unit bureau = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", county.countyCode() + "001")
                .getResultStream().findFirst().orElse(null);
        if (bureau == null || em.createQuery("SELECT COUNT(s) FROM DutyShift s", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int shifts = duty(bureau, today, now);
        boolean invited = invitation(today, now);
        em.flush();
        LOG.info("demo reception outreach: " + shifts + " duty shifts" + (invited ? ", one 约访 invitation" : ""));
    }

    private int duty(Unit bureau, LocalDate today, Instant now) {
        int n = 0;
        // the coming New Year (元旦): three days, a leader in charge and one of staff each
        LocalDate newYear = LocalDate.of(today.getMonthValue() == 1 && today.getDayOfMonth() <= 3 ? today.getYear() : today.getYear() + 1, 1, 1);
        String[][] leaders = {{"刘志强", "县委常委、常务副县长"}, {"孙丽萍", "副县长"}, {"周建国", "县政协副主席"}};
        String[][] staff = {{"王晓东", "县信访局办公室主任"}, {"陈静", "县信访局干部"}, {"李磊", "县信访局干部"}};
        DutyMember swapOut = null;
        DutyShift swapShift = null;
        for (int d = 0; d < 3; d++) {
            DutyShift s = shift(bureau, newYear.plusDays(d), LocalTime.of(8, 0), LocalTime.of(18, 0), DutyShift.Period.HOLIDAY, "元旦", 2);
            member(s, leaders[d][0], leaders[d][1], true);
            DutyMember m = member(s, staff[d][0], staff[d][1], false);
            if (d == 1) {
                swapOut = m;
                swapShift = s;
            }
            n++;
        }
        DutyMember in = member(swapShift, "赵敏", "县信访局干部", false);
        em.persist(new DutySwap(swapOut, in, "陈静同志元旦期间需照顾住院家属，与赵敏同志调班，经局领导同意。", "officer", now));

        // last weekend's routine shift, with its duty log
        LocalDate saturday = today.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        DutyShift past = shift(bureau, saturday, LocalTime.of(8, 30), LocalTime.of(17, 30), DutyShift.Period.ROUTINE, "周末值班", 1);
        member(past, "王晓东", "县信访局办公室主任", false);
        Instant morning = saturday.atTime(10, 20).atZone(Clocks.ZONE).toInstant();
        em.persist(new DutyLogEntry(past, DutyLogEntry.Kind.VISIT, "群众2人来访反映小区供暖不足，已登记并告知周一转县住建局办理。", null, "registrar",
                morning));
        em.persist(new DutyLogEntry(past, DutyLogEntry.Kind.CALL, "来电咨询征地补偿标准，已解答。", null, "registrar", morning.plusSeconds(3 * 3600)));
        n++;

        // the national meetings (全国两会) in March: two at a time
        LocalDate twoSessions = LocalDate.of(newYear.getYear(), 3, 5);
        DutyShift sensitive = shift(bureau, twoSessions, LocalTime.of(8, 0), LocalTime.of(20, 0), DutyShift.Period.SENSITIVE, "全国两会", 3);
        member(sensitive, "林建华", "县委书记", true);
        member(sensitive, "王晓东", "县信访局办公室主任", false);
        member(sensitive, "李磊", "县信访局干部", false);
        n++;
        return n;
    }

    private DutyShift shift(Unit unit, LocalDate day, LocalTime start, LocalTime end, DutyShift.Period period, String occasion, int required) {
        DutyShift s = new DutyShift(unit, day, start, end, period, occasion, required, "officer");
        em.persist(s);
        return s;
    }

    private DutyMember member(DutyShift s, String name, String post, boolean leader) {
        DutyMember m = new DutyMember(s, name, post, leader, null);
        em.persist(m);
        return m;
    }

    /** 约访: the county head's next published session invites a petitioner whose matter he follows. */
    private boolean invitation(LocalDate today, Instant now) {
        List<ReceptionSession> next = em.createQuery("SELECT s FROM ReceptionSession s JOIN FETCH s.leader l WHERE s.state = :published"
                        + " AND s.day > :today AND l.level = :county ORDER BY s.day, s.id", ReceptionSession.class)
                .setParameter("published", SessionState.PUBLISHED).setParameter("today", today).setParameter("county", LeaderLevel.COUNTY)
                .setMaxResults(1).getResultList();
        if (next.isEmpty()) {
            return false;
        }
        ReceptionSession s = next.get(0);
        int number = em.createNamedQuery(Booking.MAX_NUMBER, Integer.class).setParameter("session", s).getSingleResult() + 1;
        String id = IdNumber.withCheckCharacter("331199" + "19630418" + "205");
        boolean already = !em.createNamedQuery(Booking.ACTIVE_OF_PERSON, Booking.class).setParameter("session", s)
                .setParameter("idNumber", PersonalData.index(PersonalData.Kind.ID_NUMBER, id)).setParameter("cancelled", BookingState.CANCELLED).getResultList().isEmpty();
        if (already) {
            return false;
        }
        em.persist(new Booking(s, number, codes.hash(codes.next()), "钱有福", id, "13905710088",
                "领导约请面谈：多年反映的村集体土地收益分配问题", null, BookingVia.INVITATION, "officer", today, now));
        return true;
    }
}
