package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.control.RunCalculator;
import cn.xinfang.petition.appraisal.control.RunCalculator.Entry;
import cn.xinfang.petition.appraisal.control.RunCalculator.Line;
import cn.xinfang.petition.appraisal.control.RunCalculator.UnitRef;
import cn.xinfang.petition.appraisal.control.RunCalculator.UnitScore;
import cn.xinfang.petition.appraisal.entity.AppraisalEntry;
import cn.xinfang.petition.appraisal.entity.AppraisalLine;
import cn.xinfang.petition.appraisal.entity.AppraisalResult;
import cn.xinfang.petition.appraisal.entity.AppraisalRun;
import cn.xinfang.petition.appraisal.entity.AppraisalScheme;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The steps of {@link RunJob}, each in a transaction of its own. */
@Stateless
@RolesAllowed(Roles.APPRAISER)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunSteps {

    /** What a run computes: the version's items, the units in scope, the period. */
    public record Plan(long schemeId, List<ItemForm> items, List<UnitRef> units, Set<String> keys, LocalDate from, LocalDate to,
                       LocalDate cutOff) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<IndicatorSource> sources;

    @Inject
    Clock clock;

    /** The units a scheme scores: the county's active units of its group, by code. */
    static List<Unit> units(EntityManager em, AppraisalScheme s) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.kind = :k AND u.active = TRUE AND u.parent.id = :c ORDER BY u.code", Unit.class)
                .setParameter("k", s.getGroup().unitKind()).setParameter("c", s.getCountyId()).getResultList();
    }

    public Plan begin(long runId) {
        AppraisalRun run = em.find(AppraisalRun.class, runId);
        run.begin();
        AppraisalScheme s = run.getScheme();
        List<ItemForm> items = s.version(run.getSchemeVersion()).forms();
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.addAll(i.indicators()));
        List<UnitRef> units = units(em, s).stream().map(u -> new UnitRef(u.getId(), u.getCode(), u.getName())).toList();
        return new Plan(s.getId(), items, units, keys, run.getFrom(), run.getTo(), run.getCutOff());
    }

    /** The measures of some units from every source that provides a key of the plan. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Map<Long, Map<String, Measure>> measure(Plan plan, List<Long> units) {
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        for (IndicatorSource source : sources) {
            Set<String> mine = new HashSet<>(source.keys());
            mine.retainAll(plan.keys());
            if (mine.isEmpty()) {
                continue;
            }
            source.measure(mine, units, plan.from(), plan.to(), plan.cutOff())
                    .forEach((unit, m) -> out.computeIfAbsent(unit, k -> new HashMap<>()).putAll(m));
        }
        return out;
    }

    public void progress(long runId, int done) {
        em.find(AppraisalRun.class, runId).progress(done);
    }

    /** Scores, ranks and stores every unit's result; the run is DONE. */
    public void finish(long runId, Plan plan, Map<Long, Map<String, Measure>> measures) {
        AppraisalRun run = em.find(AppraisalRun.class, runId);
        Map<Long, Map<String, Entry>> entries = new HashMap<>();
        for (AppraisalEntry e : em.createQuery("SELECT e FROM AppraisalEntry e WHERE e.schemeId = :s", AppraisalEntry.class)
                .setParameter("s", plan.schemeId()).getResultList()) {
            entries.computeIfAbsent(e.getUnitId(), k -> new HashMap<>())
                    .put(e.getItemCode(), new Entry(e.getScore(), e.getEvents(), e.getEvidence()));
        }
        for (UnitScore s : RunCalculator.compute(plan.items(), plan.units(), measures, entries)) {
            AppraisalResult r = new AppraisalResult(run, s.unit().id(), s.unit().code(), s.unit().name(), s.total(), s.beforeVeto(),
                    s.vetoed(), s.ranked(), s.rank(), s.sample());
            int position = 0;
            for (Line l : s.lines()) {
                Measure m = l.measure();
                r.add(new AppraisalLine(r, ++position, l.item().code(), l.item().title(), l.item().kind(), l.max(), l.score(),
                        m.numerator(), m.denominator(), l.result().ratePct(), m.isRate() ? null : m.events(), l.result().note(),
                        m.evidence()));
            }
            em.persist(r);
        }
        run.finish(clock.instant(), LocalDate.now(clock));
    }

    public void fail(long runId, String reason) {
        AppraisalRun run = em.find(AppraisalRun.class, runId);
        if (run != null) {
            run.fail(reason, clock.instant());
        }
    }
}
