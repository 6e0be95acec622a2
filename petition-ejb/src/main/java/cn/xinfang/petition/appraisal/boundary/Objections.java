package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.AppraisalLine;
import cn.xinfang.petition.appraisal.entity.AppraisalObjection;
import cn.xinfang.petition.appraisal.entity.AppraisalResult;
import cn.xinfang.petition.appraisal.entity.AppraisalRun;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ObjectionView;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The units' objections (申辩) to a provisional result: a unit's staff contest one item of their
 * own unit's result, with a reason and evidence, until the run's objection day; the appraisal
 * office accepts (the item's score is adjusted, the totals and the ranking follow) or rejects,
 * with a reason, recorded with who and when. A result with an open objection cannot be published.
 */
@Stateless
@RolesAllowed({Roles.APPRAISER, Roles.COUNTY_LEADER, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
public class Objections {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public ObjectionView file(long runId, String itemCode, String reason, String evidence) {
        AppUser me = currentUser.get();
        AppraisalRun run = run(runId, me);
        if (run.getStatus() != RunStatus.DONE || run.isPublished()) {
            throw new BusinessException("appraisal.error.notProvisional");
        }
        if (run.getObjectionUntil() != null && LocalDate.now(clock).isAfter(run.getObjectionUntil())) {
            throw new BusinessException("appraisal.error.objectionClosed", run.getObjectionUntil());
        }
        long unit = AppraisalRuns.ownUnit(me);
        AppraisalResult result = result(run, unit);
        // a filing creates a record and carries no version: two filings of the same item at once would
        // both pass the check below, so they queue on the unit's result row (the second then sees the first)
        em.lock(result, LockModeType.PESSIMISTIC_WRITE);
        AppraisalLine line = line(result, itemCode);
        boolean open = !em.createQuery("SELECT o FROM AppraisalObjection o WHERE o.runId = :r AND o.unitId = :u AND o.itemCode = :c"
                        + " AND o.status = :filed", AppraisalObjection.class).setParameter("r", runId).setParameter("u", unit)
                .setParameter("c", itemCode).setParameter("filed", AppraisalObjection.Status.FILED).getResultList().isEmpty();
        if (open) {
            throw BusinessException.onField("item", "appraisal.error.objectionOpen");
        }
        AppraisalObjection o = new AppraisalObjection(runId, unit, itemCode, line.getScore(), reason, evidence, me.getUsername(), clock.instant());
        em.persist(o);
        em.flush();
        return view(o);
    }

    /** Accepts (the item's score becomes {@code newScore}) or rejects, with a reason (send the version last read). */
    @RolesAllowed(Roles.APPRAISER)
    public ObjectionView decide(long id, boolean accept, BigDecimal newScore, String reason, long version) {
        AppUser me = currentUser.get();
        AppraisalObjection o = em.find(AppraisalObjection.class, id);
        if (o == null) {
            throw new NotFoundException();
        }
        AppraisalRun run = run(o.getRunId(), me);
        if (run.isPublished()) {
            throw new BusinessException("appraisal.error.published");
        }
        StaleDataException.unlessAt(o.getVersion(), version);
        AppraisalResult result = result(run, o.getUnitId());
        AppraisalLine line = line(result, o.getItemCode());
        if (accept && newScore != null && line.getKind() != ItemKind.DEDUCTION
                && (newScore.signum() < 0 || newScore.compareTo(line.getMaxPoints()) > 0)) {
            throw BusinessException.onField("scoreAfter", "appraisal.error.score", line.getMaxPoints());
        }
        o.decide(accept, newScore, reason, me.getUsername(), clock.instant());
        if (accept) {
            line.adjust(o.getScoreAfter());
            result.rescore(line.getKind() == ItemKind.VETO);
            rerank(run);
        }
        Versions.advance(em, o, o::getVersion, version);
        return view(o);
    }

    /** The run's objections: the appraisal office and county-wide roles all, a unit its own. */
    public List<ObjectionView> list(long runId) {
        AppUser me = currentUser.get();
        AppraisalRun run = run(runId, me);
        return em.createQuery("SELECT o FROM AppraisalObjection o WHERE o.runId = :r ORDER BY o.filedAt, o.id", AppraisalObjection.class)
                .setParameter("r", run.getId()).getResultList().stream()
                .filter(o -> me.isCountyWide() || o.getUnitId() == AppraisalRuns.ownUnit(me)).map(this::view).toList();
    }

    /** Whether the run still has an objection waiting for a decision (publishing waits for it). */
    static boolean anyOpen(EntityManager em, long runId) {
        return em.createQuery("SELECT COUNT(o) FROM AppraisalObjection o WHERE o.runId = :r AND o.status = :filed", Long.class)
                .setParameter("r", runId).setParameter("filed", AppraisalObjection.Status.FILED).getSingleResult() > 0;
    }

    private void rerank(AppraisalRun run) {
        List<AppraisalResult> ranked = em.createQuery("SELECT r FROM AppraisalResult r WHERE r.run = :run AND r.ranked = TRUE",
                AppraisalResult.class).setParameter("run", run).getResultList().stream()
                .sorted(Comparator.comparing(AppraisalResult::getTotal).reversed().thenComparing(AppraisalResult::getUnitCode)).toList();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && ranked.get(i - 1).getTotal().compareTo(ranked.get(i).getTotal()) == 0;
            ranked.get(i).rank(tie ? ranked.get(i - 1).getRank() : i + 1);
        }
    }

    private AppraisalRun run(long runId, AppUser me) {
        AppraisalRun run = em.find(AppraisalRun.class, runId);
        if (run == null) {
            throw new NotFoundException();
        }
        Appraisals.find(em, me, run.getScheme().getId());
        return run;
    }

    private AppraisalResult result(AppraisalRun run, long unit) {
        return em.createQuery("SELECT r FROM AppraisalResult r WHERE r.run = :run AND r.unitId = :u", AppraisalResult.class)
                .setParameter("run", run).setParameter("u", unit).getResultStream().findFirst().orElseThrow(NotPermittedException::new);
    }

    private static AppraisalLine line(AppraisalResult r, String itemCode) {
        return r.getLines().stream().filter(l -> l.getItemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> BusinessException.onField("item", "appraisal.error.item"));
    }

    private ObjectionView view(AppraisalObjection o) {
        AppraisalRun run = em.find(AppraisalRun.class, o.getRunId());
        AppraisalResult r = result(run, o.getUnitId());
        String title = line(r, o.getItemCode()).getItemTitle();
        return new ObjectionView(o.getId(), o.getRunId(), o.getUnitId(), r.getUnitName(), o.getItemCode(), title, o.getReason(),
                o.getEvidence(), o.getFiledBy(), o.getFiledAt(), o.getStatus().name(), o.getScoreBefore(), o.getScoreAfter(),
                o.getDecidedBy(), o.getDecidedAt(), o.getDecisionReason(), o.getVersion());
    }
}
