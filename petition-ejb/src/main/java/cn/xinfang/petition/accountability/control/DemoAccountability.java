package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.AccountabilityCase;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseOwnership;
import cn.xinfang.petition.accountability.entity.DecisionKind;
import cn.xinfang.petition.accountability.entity.HoldingBasis;
import cn.xinfang.petition.accountability.entity.Milestone;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.accountability.entity.TraceBack;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The demo county's 首问负责, 包案 and 责任追究 on its first start. When the demo county is created a
 * one-time job is noted (the row {@code demo-accountability} of {@code job_lease}, its last slot
 * the county's id negated until it runs); the first run of {@code boundary.DemoAccountabilityJob}
 * then records every matter's first contact, hands three matters over from the registrar to the
 * unit's clerk, puts three hard matters under the county leader's 包案 with milestones and progress
 * (one resolved), and opens one case with the 倒查 suggestion and decides it. The daily rule of
 * {@code AccountabilityCases} proposes the cases of the matters overdue too long.
 */
@Dependent
public class DemoAccountability {

    private static final Logger LOG = Logger.getLogger(DemoAccountability.class.getName());
    public static final String JOB = "demo-accountability";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    Chains chains;

    @Inject
    Recipients recipients;

    void onDemoCountyReady(@Observes @Priority(3100) DemoCountyReady county) {
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", county.countyCode()).getResultStream()
                .findFirst().orElse(null);
        if (unit == null) {
            return;
        }
        long slot = -unit.getId();
        if (em.createNativeQuery("UPDATE job_lease SET last_slot = ?2 WHERE name = ?1").setParameter(1, JOB).setParameter(2, slot)
                .executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO job_lease (name, last_slot, runs) VALUES (?1, ?2, 0)").setParameter(1, JOB)
                    .setParameter(2, slot).executeUpdate();
        }
    }

    /** Whether a demo county waits for its accountability data. */
    public boolean pending() {
        List<?> row = em.createNativeQuery("SELECT last_slot FROM job_lease WHERE name = ?1").setParameter(1, JOB).getResultList();
        return !row.isEmpty() && ((Number) row.get(0)).longValue() < 0;
    }

    /**
     * Once, on the first run after a demo county was created (its first contacts are recorded
     * before); {@code traceBack} gives the 倒查 suggestion of a matter. Returns whether it ran.
     */
    public boolean seedIfPending(List<ClockReading> running, LocalDate today, Instant now,
                                 Function<Long, List<TraceBack.Suggestion>> traceBack) {
        List<?> row = em.createNativeQuery("SELECT last_slot FROM job_lease WHERE name = ?1").setParameter(1, JOB).getResultList();
        if (row.isEmpty() || ((Number) row.get(0)).longValue() >= 0) {
            return false;
        }
        long countyId = -((Number) row.get(0)).longValue();
        if (!leases.claim(JOB, 0, now)) {
            return false;
        }
        String leader = recipients.countyLeadersOf(countyId).stream().map(AppUser::getUsername).sorted().findFirst().orElse(null);
        String officer = recipients.officersOf(countyId).stream().map(AppUser::getUsername).sorted().findFirst().orElse(null);
        if (leader == null || officer == null) {
            return true;
        }
        // one clock per matter, the longest overdue first
        Map<Long, ClockReading> handling = new LinkedHashMap<>();
        running.stream().filter(r -> r.countyId() == countyId && r.clock() == DueClock.HANDLING && r.unitId() != null)
                .sorted(Comparator.comparing(ClockReading::dueOn)).forEach(r -> handling.putIfAbsent(r.matterId(), r));
        List<ClockReading> matters = new ArrayList<>(handling.values());
        // the demo's clerks sit in a few units: 包案 and handovers go to matters those units handle
        List<ClockReading> withClerk = matters.stream()
                .filter(r -> !recipients.inUnit(r.unitId(), Set.of(Role.UNIT_CLERK)).isEmpty()).toList();
        List<ClockReading> toOwn = withClerk.size() >= 3 ? withClerk.subList(0, 3) : matters.subList(0, Math.min(3, matters.size()));
        List<ClockReading> toHand = withClerk.size() >= 6 ? withClerk.subList(3, 6) : withClerk.subList(0, Math.min(3, withClerk.size()));

        int owned = 0;
        for (ClockReading r : toOwn) {
            if (em.createQuery("SELECT COUNT(o) FROM CaseOwnership o WHERE o.matterId = :m", Long.class)
                    .setParameter("m", r.matterId()).getSingleResult() == 0) {
                own(r, leader, officer, owned, today);
                owned++;
            }
        }
        int handovers = 0;
        for (ClockReading r : toHand) {
            AppUser clerk = recipients.inUnit(r.unitId(), Set.of(Role.UNIT_CLERK)).stream().findFirst().orElseThrow();
            boolean withFirstContact = chains.current(r.matterId(), ResponsibilityRole.PERSON)
                    .map(x -> x.getBasis() == HoldingBasis.FIRST_CONTACT).orElse(false);
            if (withFirstContact && !clerk.getUsername().equals(r.registeredBy())) {
                chains.hand(r.matterId(), ResponsibilityRole.PERSON, clerk.getUsername(), "已交办承办单位，由承办人跟进办理。",
                        HoldingBasis.HANDOVER, r.registeredBy());
                handovers++;
            }
        }
        int cases = 0;
        ClockReading forCase = matters.stream().filter(r -> !toOwn.contains(r) && !toHand.contains(r)).findFirst().orElse(null);
        if (forCase != null) {
            cases = decidedCase(forCase, countyId, officer, today, traceBack) ? 1 : 0;
        }
        int h = handovers;
        int o = owned;
        int c = cases;
        LOG.info(() -> "demo county: " + h + " handovers, " + o + " 包案, " + c + " decided accountability case");
        return true;
    }

    private void own(ClockReading r, String leader, String officer, int i, LocalDate today) {
        LocalDate taken = today.minusDays(40 - 10L * i);
        AppUser clerk = recipients.inUnit(r.unitId(), Set.of(Role.UNIT_CLERK)).stream().findFirst().orElse(null);
        String[] plans = {
            "一、由包案领导召集住建、自然资源、属地镇政府专题研究；二、逐户核实补偿标准和发放情况；三、约谈信访人当面答复；四、兑付到位后回访，签订息诉罢访承诺书。",
            "一、成立工作专班，明确牵头单位；二、调取历史档案，查清事实；三、依法依规提出处理意见，县领导听取汇报；四、落实帮扶措施并回访。",
            "一、属地镇政府牵头排查矛盾；二、相关部门联合现场办公；三、包案领导接访信访人；四、按期报告化解进展直至息诉息访。"
        };
        CaseOwnership o = new CaseOwnership(r.matterId(), r.number(), r.countyId(), leader, user(leader).getUnit().getId(), r.unitId(), clerk == null ? null : clerk.getUsername(),
                "包案县领导、县信访局、承办单位分管领导及承办人、属地镇村干部", plans[i % plans.length], taken.plusDays(90),
                r.accusedUnitId(), officer, taken);
        o.addMilestone("调查核实，查清事实", taken.plusDays(10));
        o.addMilestone("包案领导接访信访人，当面沟通", taken.plusDays(25));
        o.addMilestone("落实处理意见并回访", taken.plusDays(60));
        em.persist(o);
        em.flush();
        String by = clerk == null ? officer : clerk.getUsername();
        List<Milestone> ms = o.getMilestones();
        o.completeMilestone(ms.get(0).getId(), "已调取档案并现场核实。", by, taken.plusDays(8));
        o.report("已完成调查核实，问题症结在于历史遗留的补偿标准差异，正在研究处理意见。", by, taken.plusDays(9));
        if (i == 0) {
            o.completeMilestone(ms.get(1).getId(), "县领导已接访，信访人表示理解。", leader, taken.plusDays(24));
            o.completeMilestone(ms.get(2).getId(), "补偿已兑付，回访满意。", by, taken.plusDays(35));
            o.report("补偿款已兑付到位，信访人签署息诉罢访承诺书。", by, taken.plusDays(36));
            o.end(true, "信访人签署息诉罢访承诺书。", taken.plusDays(36), today);
        } else if (i == 1) {
            o.report("包案领导已召开专题会，明确由承办单位牵头、属地镇配合。", leader, taken.plusDays(20));
        }
        if (chains.current(r.matterId(), ResponsibilityRole.LEADER).isEmpty()) {
            chains.hand(r.matterId(), ResponsibilityRole.LEADER, leader, null, HoldingBasis.CASE_OWNERSHIP, officer);
        }
    }

    private boolean decidedCase(ClockReading r, long countyId, String officer, LocalDate today,
                                Function<Long, List<TraceBack.Suggestion>> traceBack) {
        List<TraceBack.Suggestion> suggested = traceBack.apply(r.matterId());
        AccountabilityCase c = AccountabilityCase.open(r.matterId(), r.number(), countyId, r.unitId(), r.accusedUnitId(),
                CaseGround.MISSED_DEADLINE, "事项超过办理期限仍未办结，经催办仍未按期报告办理结果。", officer, today.minusDays(6));
        c.suggested(suggested);
        em.persist(c);
        em.flush();
        c.numbered();
        if (c.getParties().isEmpty()) {
            return true;
        }
        c.decide(DecisionKind.INTERVIEW, today.minusDays(2), "青信访责〔" + today.getYear() + "〕1号",
                "约谈承办单位分管领导和承办人，责令限期办结。", officer, today);
        return true;
    }

    private AppUser user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getSingleResult();
    }
}
