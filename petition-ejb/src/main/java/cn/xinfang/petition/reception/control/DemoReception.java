package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Occurrence;
import cn.xinfang.petition.reception.entity.Publication;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.RotationGroup;
import cn.xinfang.petition.reception.entity.ScheduleRule;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.ShiftRule;
import cn.xinfang.petition.reception.entity.Unavailability;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.WorkCalendar;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo county's reception days on the first start ({@link DemoCountyReady}): its leaders
 * (secretary, county head, standing-committee members and vice heads, a department head,
 * township leaders), the rules, the current year generated from them, the sessions
 * already past published and held, the coming weeks published (those less than the notice
 * period ahead with the override reason a first publication needs) and some bookings.
 */
@Dependent
public class DemoReception {

    private static final Logger LOG = Logger.getLogger(DemoReception.class.getName());
    private static final LocalTime AM = LocalTime.of(8, 30);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime PM = LocalTime.of(14, 30);
    private static final LocalTime EVENING = LocalTime.of(17, 30);
    static final int PUBLISHED_DAYS = 35;

    @PersistenceContext
    EntityManager em;

    @Inject
    HolidayCalendar holidays;

    @Inject
    ReceptionSettings settings;

    @Inject
    BookingCodes codes;

    @Inject
    Clock clock;

    void onDemoCountyReady(@Observes DemoCountyReady county) {
        if (em.createQuery("SELECT COUNT(l) FROM Leader l", Long.class).getSingleResult() > 0) {
            return;
        }
        int sessions = load(county.countyCode(), LocalDate.now(clock));
        LOG.info("demo reception days: " + sessions + " sessions");
    }

    int load(String countyCode, LocalDate today) {
        Unit bureau = unit(countyCode + "001");
        Unit housing = unit(countyCode + "004");
        Unit qingshi = unit(countyCode + "102");
        Leader secretary = leader("林建华", "县委书记", "主持县委全面工作", null, LeaderLevel.COUNTY, bureau, null, 1);
        Leader head = leader("陈国栋", "县委副书记、县长", "主持县政府全面工作", null, LeaderLevel.COUNTY, bureau, null, 2);
        Leader wang = leader("王立新", "县委常委、常务副县长", "财政、自然资源、住房城乡建设", List.of("13", "14"), LeaderLevel.COUNTY, bureau,
                unit(countyCode + "101"), 3);
        Leader zhao = leader("赵红梅", "副县长", "教育、卫生健康、民政", List.of("08", "09", "11"), LeaderLevel.COUNTY, bureau, qingshi, 4);
        Leader liu = leader("刘海涛", "县委常委、政法委书记", "政法、信访、维稳", List.of("01", "06"), LeaderLevel.COUNTY, bureau,
                unit(countyCode + "103"), 5);
        Leader sun = leader("孙丽华", "副县长", "农业农村、人力资源和社会保障", List.of("07", "12"), LeaderLevel.COUNTY, bureau,
                unit(countyCode + "105"), 6);
        Leader zhou = leader("周国庆", "县人大常委会副主任", "联系东湖街道", null, LeaderLevel.COUNTY, bureau, unit(countyCode + "104"), 7);
        Leader zheng = leader("郑文博", "县住房和城乡建设局局长", "住房保障、物业管理、城建工程", List.of("14"), LeaderLevel.DEPARTMENT, housing,
                null, 8);
        Leader wu = leader("吴海燕", "青石镇党委书记", "主持镇党委全面工作", null, LeaderLevel.TOWNSHIP, qingshi, unit(countyCode + "102201"), 9);
        Leader qian = leader("钱志刚", "青石镇镇长", "主持镇政府全面工作", null, LeaderLevel.TOWNSHIP, qingshi, unit(countyCode + "102202"), 10);

        RotationGroup mondays = group("常委、副县长周一轮值", bureau, List.of(wang, zhao, liu, sun));
        RotationGroup linked = group("县级领导挂钩镇（街道）", bureau, List.of(wang, zhao, liu, sun, zhou));
        RotationGroup villages = group("青石镇包村领导", qingshi, List.of(wu, qian));

        LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);
        List<ScheduleRule> rules = List.of(
                rule(bureau, "县委书记单月15日接访", secretary, null, null, "FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15", jan1, AM, NOON,
                        "县信访局群众接待大厅", false, 20),
                rule(bureau, "县长双月15日接访", head, null, null, "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15", jan1, AM, NOON,
                        "县信访局群众接待大厅", false, 20),
                rule(bureau, "每周一常委、副县长轮流接访", null, mondays, Assignment.ROTATION, "FREQ=WEEKLY;BYDAY=MO", jan1, AM, NOON,
                        "县信访局群众接待大厅", false, 15),
                rule(bureau, "每月15日县级领导到挂钩镇接访", null, linked, Assignment.EACH_MEMBER, "FREQ=MONTHLY;BYMONTHDAY=15", jan1, PM,
                        EVENING, "信访接待室", true, 10),
                rule(housing, "住建局局长每月第一个周四接访", zheng, null, null, "FREQ=MONTHLY;BYDAY=1TH", jan1, AM, NOON,
                        "县住房和城乡建设局信访接待室", false, 10),
                rule(qingshi, "青石镇领导每周三下午到挂钩村接访", null, villages, Assignment.EACH_MEMBER, "FREQ=WEEKLY;BYDAY=WE", jan1, PM,
                        EVENING, "村委会", true, 8));

        WorkCalendar cal = holidays.current();
        int year = today.getYear();
        List<ReceptionSession> all = new ArrayList<>();
        for (int y : new int[]{year, year + 1}) {
            if (!cal.covers(y)) {
                continue;
            }
            for (ScheduleRule r : rules) {
                for (Occurrence o : ScheduleGenerator.occurrences(r, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), cal)) {
                    ReceptionSession s = new ReceptionSession(r.getUnit(), r, o.leader(), o.scheduledDay(), o.day(), o.start(), o.end(),
                            o.place(), r.getForm(), r.portfolioFor(o.leader()), r.getCapacity(),
                            BookingCutoff.of(o.day(), settings.bookingCutoff(), cal));
                    em.persist(s);
                    all.add(s);
                }
            }
        }
        int days = settings.publishDaysAhead();
        Instant now = clock.instant();
        for (ReceptionSession s : all) {
            if (s.getDay().isBefore(today)) {
                // the year so far: published on time and held (the day's record is kept by the session record)
                LocalDate publishedOn = Publication.lastOnTime(s.getDay(), days);
                s.publish(publishedOn, days, null, "officer", publishedOn.atTime(9, 0).atZone(Clocks.ZONE).toInstant());
                s.hold();
            } else if (s.getDay().isAfter(today) && !s.getDay().isAfter(today.plusDays(PUBLISHED_DAYS))) {
                boolean late = Publication.isLate(s.getDay(), today, days);
                s.publish(today, days, late ? "平台上线首次公示，已在县信访局公告栏同步张贴" : null, "officer", now);
            }
        }
        em.flush();
        book(all, today, now);
        // a leader away on a coming Monday: the officer's preview shows the session on the leave as a conflict
        all.stream().filter(s -> s.getRule() == rules.get(2) && s.getDay().isAfter(today.plusDays(days + 2))).findFirst()
                .ifPresent(s -> em.persist(new Unavailability(s.getLeader(), s.getDay(), s.getDay().plusDays(2), "赴省委党校参加专题培训",
                        "officer", now)));
        em.flush();
        return all.size();
    }

    private void book(List<ReceptionSession> all, LocalDate today, Instant now) {
        List<ReceptionSession> open = all.stream().filter(s -> s.getState() == SessionState.PUBLISHED && s.takesBookings(now))
                .filter(s -> s.getLeader().getLevel() == LeaderLevel.COUNTY && !s.getPlace().contains("接待室"))
                .sorted(Comparator.comparing(ReceptionSession::getDay)).limit(3).toList();
        String[][] petitioners = {
                {"何志明", "33118219680512031", "13857001234", "小区物业公司擅自提高物业费，多次反映未果。", "1402", "PUBLIC"},
                {"马桂兰", "33118219720315042", "13957012345", "承包地被征用后补偿款至今未发放到位。", "1301", "STAFF"},
                {"黄建军", "33118219851108013", "13757023456", "在建筑工地务工被拖欠工资三个月。", "0701", "PUBLIC"},
                {"罗晓燕", "33118219900123024", "13657034567", "孩子入学划片问题，希望县领导协调。", "0801", "PUBLIC"},
                {"郭长春", "33118219590930035", "13557045678", "农村危房改造补助未落实。", "1201", "STAFF"}};
        int i = 0;
        for (ReceptionSession s : open) {
            for (int k = 0; k < 2 && i < petitioners.length; k++, i++) {
                String[] p = petitioners[i];
                int number = k + 1;
                BookingVia via = BookingVia.valueOf(p[5]);
                em.persist(new Booking(s, number, codes.hash(codes.next()), p[0], IdNumber.withCheckCharacter(p[1]),
                        p[2], p[3], s.getLeader().covers(p[4]) ? p[4] : null, via, via == BookingVia.STAFF ? "registrar" : null, today, now));
            }
        }
        em.flush();
    }

    private Unit unit(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getSingleResult();
    }

    private Leader leader(String name, String post, String portfolio, List<String> categories, LeaderLevel level, Unit unit,
                          Unit linked, int order) {
        Leader l = new Leader(name, post, level, unit);
        l.describe(name, post, portfolio, categories, level, linked, order);
        em.persist(l);
        return l;
    }

    private RotationGroup group(String name, Unit unit, List<Leader> members) {
        RotationGroup g = new RotationGroup(name, unit, members);
        em.persist(g);
        return g;
    }

    private ScheduleRule rule(Unit unit, String name, Leader leader, RotationGroup group, Assignment a, String rrule, LocalDate from,
                              LocalTime start, LocalTime end, String place, boolean atLinked, int capacity) {
        ScheduleRule r = new ScheduleRule(unit);
        r.assign(leader, group, a);
        r.recur(rrule, from, null, start, end, ShiftRule.NEXT_WORKING_DAY);
        r.describe(name, place, atLinked, ReceptionForm.FIXED, null, capacity);
        em.persist(r);
        return r;
    }

}
