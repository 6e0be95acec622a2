package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.AppraisalLine;
import cn.xinfang.petition.appraisal.entity.AppraisalResult;
import cn.xinfang.petition.appraisal.entity.AppraisalRun;
import cn.xinfang.petition.appraisal.entity.AppraisalScheme;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.LineView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.RunRequested;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs of a scheme and their results. The appraisal office starts a run (computed in the
 * background by {@link RunJob}, its progress readable here), reads every unit's result and
 * publishes one, which locks the scheme. County leaders and the bureau read all units; a unit's
 * staff read only their own unit's result and breakdown (自查), never another unit's or the ranking.
 */
@Stateless
@RolesAllowed({Roles.APPRAISER, Roles.COUNTY_LEADER, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
public class AppraisalRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<RunRequested> requested;

    @Inject
    Petitions petitions;

    /** Queues a run of the scheme's current version over {@code from}–{@code to}, states read at the end of {@code cutOff}. */
    @RolesAllowed(Roles.APPRAISER)
    public RunView start(long schemeId, LocalDate from, LocalDate to, LocalDate cutOff) {
        AppraisalScheme s = Appraisals.find(em, currentUser.get(), schemeId);
        int units = RunSteps.units(em, s).size();
        AppraisalRun run = new AppraisalRun(s, from, to, cutOff, units, currentUser.get().getUsername(), clock.instant());
        em.persist(run);
        em.flush();
        requested.fire(new RunRequested(run.getId()));
        return view(run);
    }

    public RunView run(long id) {
        return view(find(id));
    }

    public List<RunView> runs(long schemeId) {
        AppraisalScheme s = Appraisals.find(em, currentUser.get(), schemeId);
        return em.createQuery("SELECT r FROM AppraisalRun r WHERE r.scheme = :s ORDER BY r.startedAt DESC, r.id DESC", AppraisalRun.class)
                .setParameter("s", s).getResultList().stream().map(AppraisalRuns::view).toList();
    }

    /** The ranking (county-wide roles), or the caller's own unit's row alone. */
    public List<ResultView> results(long runId) {
        AppraisalRun run = find(runId);
        AppUser me = currentUser.get();
        List<AppraisalResult> all = new ArrayList<>(em.createQuery("SELECT r FROM AppraisalResult r WHERE r.run = :run", AppraisalResult.class)
                .setParameter("run", run).getResultList());
        all.sort(ORDER);
        Optional<Long> own = me.isCountyWide() ? Optional.empty() : Optional.of(ownUnit(me));
        return all.stream().filter(r -> own.isEmpty() || r.getUnitId() == own.get()).map(AppraisalRuns::view).toList();
    }

    /** One unit's result item by item with the evidence behind every point; a unit's staff only their own. */
    public Breakdown breakdown(long runId, long unitId) {
        AppraisalRun run = find(runId);
        AppUser me = currentUser.get();
        if (!me.isCountyWide() && ownUnit(me) != unitId) {
            throw new NotPermittedException();
        }
        AppraisalResult r = em.createQuery("SELECT r FROM AppraisalResult r WHERE r.run = :run AND r.unitId = :u", AppraisalResult.class)
                .setParameter("run", run).setParameter("u", unitId).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        return new Breakdown(view(run), view(r), r.getLines().stream().map(AppraisalRuns::view).toList());
    }

    /** The matters behind one figure of a unit's line (the drill-down), as the matter list shows them; the same scoping as the breakdown. */
    public List<MatterSummary> matters(long runId, long unitId, String figure, int first, int size) {
        return petitions.search(MatterFilter.behind(criteria(runId, unitId, figure), unitId), first, size);
    }

    public long countMatters(long runId, long unitId, String figure) {
        return petitions.count(MatterFilter.behind(criteria(runId, unitId, figure), unitId));
    }

    private FigureCriteria criteria(long runId, long unitId, String figure) {
        Breakdown b = breakdown(runId, unitId);
        boolean known = b.lines().stream().flatMap(l -> l.evidence().stream())
                .anyMatch(e -> e.kind().equals("figure") && e.key().equals(figure));
        if (!known) {
            throw BusinessException.onField("figure", "appraisal.error.figure");
        }
        return new FigureCriteria(figure, b.run().from(), b.run().to(), b.run().cutOff(), null);
    }

    /** 自查: the caller's unit in the newest finished run of each scheme of the year that scores it. */
    public List<Breakdown> mine(Integer year) {
        // the year is checked here, after security, so that a caller without the role learns nothing from a 400
        if (year == null) {
            throw BusinessException.onField("year", "appraisal.error.year");
        }
        AppUser me = currentUser.get();
        long unit = ownUnit(me);
        List<Breakdown> out = new ArrayList<>();
        for (AppraisalRun run : em.createQuery("SELECT r FROM AppraisalRun r WHERE r.scheme.year = :y AND r.status = :done"
                        + " AND EXISTS (SELECT 1 FROM AppraisalResult x WHERE x.run = r AND x.unitId = :u)"
                        + " ORDER BY r.startedAt DESC, r.id DESC", AppraisalRun.class)
                .setParameter("y", year).setParameter("done", RunStatus.DONE).setParameter("u", unit).setMaxResults(1).getResultList()) {
            out.add(breakdown(run.getId(), unit));
        }
        return out;
    }

    /** Publishes the run's result and locks its scheme (send the run's version last read). */
    @RolesAllowed(Roles.APPRAISER)
    public RunView publish(long runId, long lockVersion) {
        AppraisalRun run = find(runId);
        StaleDataException.unlessAt(run.getVersion(), lockVersion);
        if (Objections.anyOpen(em, runId)) {
            throw new BusinessException("appraisal.error.openObjections");
        }
        run.publish(currentUser.get().getUsername(), clock.instant());
        em.flush();
        return view(run);
    }

    /** Ranked first by rank, then the unranked by total; equal ones by unit code. */
    static final java.util.Comparator<AppraisalResult> ORDER = java.util.Comparator
            .comparing((AppraisalResult r) -> r.getRank() == null ? Integer.MAX_VALUE : r.getRank())
            .thenComparing(AppraisalResult::getTotal, java.util.Comparator.reverseOrder())
            .thenComparing(AppraisalResult::getUnitCode);

    AppraisalRun find(long id) {
        AppraisalRun run = em.find(AppraisalRun.class, id);
        if (run == null) {
            throw new NotFoundException();
        }
        Appraisals.find(em, currentUser.get(), run.getScheme().getId());
        return run;
    }

    /** The unit the caller answers for: their own, or the township / department above a village's. */
    static long ownUnit(AppUser me) {
        Unit u = me.getUnit();
        while (u.getParent() != null && u.getParent().getParent() != null) {
            u = u.getParent();
        }
        return u.getId();
    }

    static RunView view(AppraisalRun r) {
        AppraisalScheme s = r.getScheme();
        return new RunView(r.getId(), s.getId(), s.getYear(), s.getGroup(), r.getSchemeVersion(), r.getFrom(), r.getTo(), r.getCutOff(),
                r.getStatus(), r.getStage(), r.getUnitsTotal(), r.getUnitsDone(), r.getFailure(), r.getStartedBy(), r.getStartedAt(),
                r.getFinishedAt(), r.getPublishedBy(), r.getPublishedAt(), r.getObjectionUntil(), r.getVersion());
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    static ResultView view(AppraisalResult r) {
        BigDecimal lost = r.getLines().stream().map(l -> view(l).lost()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new ResultView(r.getUnitId(), r.getUnitCode(), r.getUnitName(), r.getTotal(), r.getBeforeVeto(), r.isVetoed(), r.isRanked(),
                r.getRank(), r.getSample(), lost);
    }

    static LineView view(AppraisalLine l) {
        return new LineView(l.getItemCode(), l.getItemTitle(), l.getKind(), l.getMaxPoints(), l.getScore(), l.getComputed(),
                plain(l.getNumerator()), plain(l.getDenominator()), l.getRatePct(), l.getEvents(), l.getNote(), l.evidence());
    }
}
