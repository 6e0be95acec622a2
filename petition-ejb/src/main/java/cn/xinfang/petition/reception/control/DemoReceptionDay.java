package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Attendee;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Visit;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo county's reception day on the first start, after its schedule ({@code DemoReception},
 * hence the later priority): the county head's account ({@code leader}) is linked to the county
 * head for the 批示件 page; today has a session at the bureau, published a week ago, with one
 * booked petitioner checked in and waiting, one walk-in waiting and one booking still expected —
 * so the queue screen and the display have something to show; and last month's held sessions at
 * the bureau get their records: the unit heads who attended and the petitioners received with the
 * conversation, the leader's opinion and the outcome. (批示件 need petition matters, read through
 * casehandling's boundary with a caller: {@code reception.boundary.DemoInstructions} adds them, as
 * the demo officer, after the first start is committed.)
 */
@Dependent
public class DemoReceptionDay {

    private static final Logger LOG = Logger.getLogger(DemoReceptionDay.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BookingCodes codes;

    @Inject
    HolidayCalendar holidays;

    @Inject
    Clock clock;

    void onDemoCountyReady(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoCountyReady county) {
        List<Leader> leaders = em.createNamedQuery(Leader.ALL, Leader.class).getResultList();
        if (leaders.isEmpty() || em.createQuery("SELECT COUNT(v) FROM Visit v", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Leader head = leaders.stream().filter(l -> l.getLevel() == LeaderLevel.COUNTY).skip(1).findFirst().orElse(leaders.get(0));
        String leaderAccount = county.accounts().getOrDefault("leader", "leader");
        em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", leaderAccount).getResultStream().findFirst()
                .ifPresent(head::linkAccount);
        Unit bureau = head.getUnit();
        Unit housing = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", county.countyCode() + "004")
                .getResultStream().findFirst().orElse(bureau);
        int n = today(head, bureau, today);
        int records = lastMonth(today, housing);
        em.flush();
        LOG.info("demo reception day: today's session with " + n + " waiting, " + records + " petitioners received last month");
    }

    private int today(Leader head, Unit bureau, LocalDate today) {
        Instant cutoff = BookingCutoff.of(today, LocalTime.of(17, 0), holidays.current());
        ReceptionSession s = new ReceptionSession(bureau, null, head, today, today, LocalTime.of(8, 30), LocalTime.of(17, 30),
                "县信访局群众接待大厅", ReceptionForm.FIXED, head.getPortfolio(), 20, cutoff);
        LocalDate publishedOn = today.minusDays(7);
        s.publish(publishedOn, 5, null, "officer", publishedOn.atTime(9, 0).atZone(Clocks.ZONE).toInstant());
        em.persist(s);
        Instant now = clock.instant();
        Instant earlier = today.atTime(8, 40).atZone(Clocks.ZONE).toInstant();
        Instant arrived = earlier.isAfter(now) ? now : earlier;
        Booking first = new Booking(s, 1, codes.hash(codes.next()), "黄志明", id("19650312", 1), "13905710001",
                "反映小区物业公司多收停车费、维修基金使用不公开的问题", "1402", BookingVia.PUBLIC, null, today, now);
        Booking second = new Booking(s, 2, codes.hash(codes.next()), "何秀兰", id("19720608", 2), "13905710002",
                "反映安置房分配排序不公的问题", "1401", BookingVia.STAFF, "registrar", today, now);
        em.persist(first);
        em.persist(second);
        em.persist(Visit.booked(s, first, 1, "registrar", arrived));
        em.persist(Visit.walkIn(s, 1, "许国强", id("19580921", 3), "13905710003", "反映承包地被占用修路未获补偿的问题", "1301", 3,
                "registrar", today, arrived.plusSeconds(600).isAfter(now) ? now : arrived.plusSeconds(600)));
        return 2;
    }

    private int lastMonth(LocalDate today, Unit housing) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<ReceptionSession> held = em.createQuery("SELECT s FROM ReceptionSession s JOIN FETCH s.leader l WHERE s.state = :held"
                        + " AND s.day BETWEEN :from AND :to AND l.level = :county AND s.place NOT LIKE '%接待室%' ORDER BY s.day",
                ReceptionSession.class).setParameter("held", SessionState.HELD).setParameter("from", last.atDay(1))
                .setParameter("to", last.atEndOfMonth()).setParameter("county", LeaderLevel.COUNTY).getResultList();
        String[][] people = {
                {"李建平", "19600115", "反映单位拖欠工资三个月", "0701", "当事企业负责人到场，承诺本周内支付。", "请人社局跟踪支付情况。"},
                {"王桂芳", "19681130", "咨询被征地农民养老保险政策", "1201", "已解释政策和办理流程。", "按政策办理，做好解释。"},
                {"张永福", "19550704", "反映邻里宅基地纠纷", "1305", "讲明宅基地确权程序，引导通过调解解决。", "由镇司法所组织调解。"},
                {"陈丽娟", "19790222", "反映小区电梯长期故障", "1402", "住建局当场联系物业公司，明日派人维修。", "住建局督促物业限期修复。"},
        };
        int count = 0;
        int k = 0;
        for (ReceptionSession s : held) {
            Instant start = s.getDay().atTime(s.getStartTime()).atZone(Clocks.ZONE).toInstant();
            em.persist(new Attendee(s, housing, "郑文博", "县住房和城乡建设局局长", "registrar", start));
            for (int i = 0; i < 2; i++, k++) {
                String[] p = people[k % people.length];
                Instant arrived = start.plusSeconds(600L * i);
                Visit v = Visit.walkIn(s, i + 1, p[0], id(p[1], 10 + k % 80), null, p[2], p[3], 1 + (k % 3 == 0 ? 1 : 0),
                        "registrar", today, arrived);
                v.call(arrived.plusSeconds(900));
                v.conclude(p[4], p[5], k % 2 == 0 ? Outcome.ON_THE_SPOT : Outcome.EDUCATED, null, "registrar", arrived.plusSeconds(2400));
                em.persist(v);
                count++;
            }
        }
        return count;
    }

    /** A valid fictitious ID number of the demo county (area code 331199). */
    private static String id(String birth, int serial) {
        return IdNumber.withCheckCharacter("331199" + birth + String.format("%03d", serial % 1000));
    }
}
