package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.reception.control.BookingCutoff;
import cn.xinfang.petition.reception.control.DaySettings;
import cn.xinfang.petition.reception.control.ReceptionSettings;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Attendee;
import cn.xinfang.petition.reception.entity.CarriedMatter;
import cn.xinfang.petition.reception.entity.FollowUpVisit;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.Publication;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Visit;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.WorkCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo county's 批示件, 带案下访 and 回访 on the first start, after its reception day
 * ({@link DemoReceptionDay}) and before its duty rosters ({@link DemoOutreach}).
 *
 * <p>The petitioners come to the county head's last held session at the bureau about matters of
 * theirs already being handled (from {@code DemoMatters}), so each 批示件 takes the path
 * {@code ReceptionDay.conclude} takes for a linked matter: the same petitioner (name and ID number
 * of the matter's petitioner), a matter neither final nor closed and already routed, hence
 * routed to its unit on the day of the 批示; the routing deadline from the configured working days,
 * the reply deadline the 限期解决 day. Reported back by the matter's unit: two on time (one with a
 * 回访 each), one after its deadline, one still open (its deadline still ahead). 带案下访: last month
 * the county secretary went to 青石镇 carrying three matters (those handled there first), with what came of each.
 * Written through the entities (their rules apply) because the first start runs without a caller;
 * nothing is added when any 批示件 exists.
 */
@Stateless
@PermitAll
@RunAs(Roles.OFFICER)
public class DemoInstructions {

    private static final Logger LOG = Logger.getLogger(DemoInstructions.class.getName());

    private static final List<MatterState> IN_HANDLING = List.of(MatterState.HANDLING, MatterState.REPLY_DRAFTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Petitions petitions;

    @Inject
    HolidayCalendar holidays;

    @Inject
    DaySettings settings;

    @Inject
    ReceptionSettings reception;

    private java.util.Map<String, String> accounts = java.util.Map.of();

    @Inject
    Clock clock;

    /** In the background, once the first start committed the demo county, its matters and its reception days. */
    @Asynchronous
    public void seedInBackground(DemoCountyReady county) {
        try {
            seed(county);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo 批示件 not seeded", e);
        }
    }

    /**
     * In the caller's transaction: nothing when the demo's 批示件 (one instructed over two weeks ago)
     * or its 带案下访 (a held one, made by no rule) exist already.
     */
    public void seed(DemoCountyReady county) {
        LocalDate twoWeeksAgo = LocalDate.now(clock).minusDays(13);
        if (em.createQuery("SELECT COUNT(i) FROM Instruction i WHERE i.instructedOn < :day", Long.class).setParameter("day", twoWeeksAgo)
                .getSingleResult() > 0
                || em.createQuery("SELECT COUNT(s) FROM ReceptionSession s WHERE s.form = :form AND s.rule IS NULL AND s.state = :held",
                        Long.class).setParameter("form", ReceptionForm.CASE_VISIT).setParameter("held", SessionState.HELD)
                .getSingleResult() > 0) {
            return;
        }
        List<Leader> leaders = em.createNamedQuery(Leader.ALL, Leader.class).getResultList();
        String leaderAccount = county.accounts().getOrDefault("leader", "leader");
        Leader head = leaders.stream().filter(l -> l.getUser() != null && leaderAccount.equals(l.getUser().getUsername()))
                .findFirst().orElse(null);
        Leader secretary = leaders.stream().filter(l -> l.getLevel() == LeaderLevel.COUNTY).findFirst().orElse(null);
        if (head == null || secretary == null) {
            return;
        }
        accounts = county.accounts();
        LocalDate today = LocalDate.now(clock);
        Set<Long> used = new HashSet<>();
        Unit housing = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", county.countyCode() + "004")
                .getResultStream().findFirst().orElse(null);
        int instructions = instructions(head, housing, today, used);
        Unit qingshi = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", county.countyCode() + "102")
                .getResultStream().findFirst().orElse(null);
        int carried = qingshi == null ? 0 : caseVisit(secretary, qingshi, today, used);
        em.flush();
        LOG.info("demo reception: " + instructions + " 批示件 with their report-backs and 回访, 带案下访 with " + carried + " matters");
    }

    // ---- 批示件 ----

    private int instructions(Leader head, Unit housing, LocalDate today, Set<Long> used) {
        List<ReceptionSession> held = em.createQuery("SELECT s FROM ReceptionSession s WHERE s.leader = :head AND s.state = :held"
                        + " AND s.day < :before ORDER BY s.day DESC", ReceptionSession.class)
                .setParameter("head", head).setParameter("held", SessionState.HELD).setParameter("before", today.minusDays(14))
                .setMaxResults(1).getResultList();
        if (held.isEmpty()) {
            return 0;
        }
        ReceptionSession s = held.get(0);
        LocalDate day = s.getDay();
        List<Candidate> matters = matters(day, housing, 4, used);
        if (matters.size() < 4) {
            matters.addAll(matters(day, null, 4 - matters.size(), used));
        }
        String[][] texts = {
                {"反映的问题已交办多日仍未解决，要求县领导督促。", "请主办单位主要负责人亲自过问，限期办结并向我报告。",
                        "经主办单位负责人亲自调查核实，已按政策落实，信访人表示认可。"},
                {"对办理进度不满意，希望尽快答复。", "请主办单位抓紧核实，依法依规答复信访人，结果报我。",
                        "已召集相关单位会商，形成处理意见并当面答复信访人，部分诉求需待明年预算安排。"},
                {"问题涉及多个部门，反复协调无果。", "请主办单位牵头协调，明确责任，限期解决。",
                        "经牵头协调已明确由主办单位负责落实，问题已解决，因协调时间较长超出了限期。"},
                {"反映问题长期未得到解决，情绪较为激动。", "请主办单位制定化解方案，逐项落实，按期报告。", null},
        };
        int[][] days = {{20, 12}, {25, 18}, {10, 16}, {0, 0}};
        Instant start = day.atTime(s.getStartTime()).atZone(Clocks.ZONE).toInstant();
        int arrival = Math.max(0, em.createNamedQuery(Visit.MAX_WALK_IN, Integer.class).setParameter("session", s).getSingleResult()
                - Visit.WALK_IN_BASE);
        WorkCalendar cal = holidays.current();
        int n = 0;
        for (int k = 0; k < matters.size(); k++) {
            Candidate m = matters.get(k);
            boolean open = k == matters.size() - 1 && matters.size() > 1;
            Unit unit = m.unit();
            if (!em.createQuery("SELECT COUNT(a) FROM Attendee a WHERE a.session = :s AND a.unit = :u", Long.class)
                    .setParameter("s", s).setParameter("u", unit).getSingleResult().equals(0L)) {
                // the unit's head is already recorded as attending
            } else {
                em.persist(new Attendee(s, unit, "主要负责同志", unit.getName() + "负责人", "registrar", start));
            }
            Instant arrived = start.plusSeconds(300L * k);
            Visit v = Visit.walkIn(s, ++arrival, m.name(), m.idNumber(), null, m.subject(), null, m.people(), "registrar", day,
                    arrived);
            v.call(arrived.plusSeconds(1200));
            LocalDate resolveBy = open ? max(today.plusDays(12), day) : day.plusDays(days[k][0]);
            v.conclude(texts[k][0], texts[k][1], Outcome.BY_DATE, resolveBy, "registrar", arrived.plusSeconds(2400));
            em.persist(v);
            LocalDate routingDue = holidays.deadlines().due(day, settings.routingDays(), CountingMode.WORKING_DAYS);
            Instruction i = new Instruction(v, m.id(), m.number(), true, texts[k][1], day, routingDue, resolveBy, "registrar",
                    arrived.plusSeconds(2400));
            // a linked matter already being handled: its unit is the responsible one, from the day of the 批示
            i.routed(unit, day);
            em.persist(i);
            n++;
            if (open) {
                continue;
            }
            LocalDate reported = min(workingOnOrAfter(day.plusDays(days[k][1]), cal), today);
            String clerk = accounts.getOrDefault("clerk:" + unit.getCode(), "clerk");
            i.reportBack(texts[k][2], k != 1, clerk, reported, reported.atTime(16, 30).atZone(Clocks.ZONE).toInstant());
            if (k < 2) {
                LocalDate visited = min(workingOnOrAfter(reported.plusDays(5), cal), today);
                em.persist(new FollowUpVisit(i, unit, visited, unit.getName() + "负责人及经办人员",
                        k == 0 ? FollowUpVisit.Method.HOME_VISIT : FollowUpVisit.Method.PHONE,
                        k == 0 ? FollowUpVisit.Attitude.SATISFIED : FollowUpVisit.Attitude.BASICALLY_SATISFIED,
                        k == 0 ? "信访人对处理结果表示满意，承诺息诉罢访。" : "信访人认可已落实部分，希望跟进剩余诉求。", clerk, today,
                        visited.atTime(15, 0).atZone(Clocks.ZONE).toInstant()));
            }
        }
        return n;
    }

    // ---- 带案下访 ----

    private int caseVisit(Leader secretary, Unit township, LocalDate today, Set<Long> used) {
        WorkCalendar cal = holidays.current();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        LocalDate day = workingOnOrAfter(last.atDay(20), cal);
        while (day.getDayOfWeek() == DayOfWeek.MONDAY || !cal.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        if (!day.isBefore(today)) {
            return 0;
        }
        List<Candidate> matters = matters(day, township, 3, used);
        if (matters.size() < 3) {
            matters.addAll(matters(day, null, 3 - matters.size(), used));
        }
        if (matters.isEmpty()) {
            return 0;
        }
        ReceptionSession s = new ReceptionSession(township, null, secretary, day, day, LocalTime.of(9, 0), LocalTime.of(12, 0),
                township.getName() + "人民政府会议室", ReceptionForm.CASE_VISIT, secretary.getPortfolio(), 10,
                BookingCutoff.of(day, reception.bookingCutoff(), cal));
        LocalDate publishedOn = Publication.lastOnTime(day, reception.publishDaysAhead());
        s.publish(publishedOn, reception.publishDaysAhead(), null, "officer", publishedOn.atTime(9, 0).atZone(Clocks.ZONE).toInstant());
        em.persist(s);
        String[] purposes = {"现场察看，听取镇村两级和信访人意见", "督促主办单位落实处理意见", "约见信访人当面沟通化解"};
        String[] results = {"现场明确由镇政府牵头，两周内拿出解决方案，信访人表示接受。",
                "主办单位已汇报落实进度，要求月底前全部办结。", "当面解释政策，信访人情绪平稳，同意等待书面答复。"};
        Instant at = day.atTime(9, 0).atZone(Clocks.ZONE).minusDays(3).toInstant();
        for (int k = 0; k < matters.size(); k++) {
            Candidate m = matters.get(k);
            CarriedMatter c = new CarriedMatter(s, m.id(), m.number(), purposes[k % purposes.length], "officer", at);
            c.result(results[k % results.length]);
            em.persist(c);
        }
        // the matters were carried while the session was published; the day over, it is held
        s.hold();
        return matters.size();
    }

    // ---- helpers ----

    /** A matter that may carry a 批示件 or be carried to a 带案下访, as the officer sees it. */
    private record Candidate(long id, String number, String name, String idNumber, String subject, int people, Unit unit) {
    }

    /**
     * Matters that may carry a 批示件 on {@code day} (the rules {@code ReceptionDay.conclude} applies
     * to a linked matter): received and routed before the day, being handled (neither final nor
     * closed), not accusations, among the earlier matters of their petitioner's ID number; routed to
     * {@code unit} when given. Read through casehandling's boundary, as the demo officer.
     */
    private List<Candidate> matters(LocalDate day, Unit unit, int count, Set<Long> used) {
        List<MatterSummary> found = new ArrayList<>();
        for (MatterState state : IN_HANDLING) {
            found.addAll(petitions.search(new MatterFilter(null, null, null, null, state, day.minusYears(1), day.minusDays(1), false, false,
                    unit == null ? null : unit.getId(), null, null), 0, 80));
        }
        List<Candidate> out = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (MatterSummary sum : found) {
            if (out.size() == count) {
                break;
            }
            if (sum.kind() == MatterKind.ACCUSATION || used.contains(sum.id())) {
                continue;
            }
            MatterDetail d = petitions.get(sum.id());
            String idNumber = d.petitioner() == null ? null : d.petitioner().idNumber();
            if (d.handling() == null || d.handling().mainUnitId() == null || d.handling().routedOn() == null
                    || !d.handling().routedOn().isBefore(day) || idNumber == null || idNumber.contains("*") || !people.add(idNumber)) {
                continue;
            }
            if (unit != null && !unit.getId().equals(d.handling().mainUnitId())) {
                continue;
            }
            boolean samePetitioner = petitions.earlierMatters(idNumber, null, null).matters().stream().anyMatch(m -> m.id() == sum.id());
            if (!samePetitioner) {
                continue;
            }
            used.add(sum.id());
            String c = d.content() == null ? "" : d.content().strip();
            String subject = "就信访事项" + sum.number() + "再次反映：" + (c.length() > 80 ? c.substring(0, 80) + "…" : c);
            out.add(new Candidate(sum.id(), sum.number(), d.petitioner().name(), idNumber, subject, Math.max(1, sum.peopleCount()),
                    em.find(Unit.class, d.handling().mainUnitId())));
        }
        return out;
    }

    private static LocalDate workingOnOrAfter(LocalDate d, WorkCalendar cal) {
        LocalDate x = d;
        for (int i = 0; i < 30 && !cal.isWorkingDay(x); i++) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
