package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 批示件 followed to the report-back: the bureau routes each to the responsible unit within the
 * period (through casehandling's {@link Handling}: accepted, then 交办), the unit reports the
 * result back to the leader, and the leader sees their 批示件 with the state and deadlines of each.
 * Who sees what: county-wide roles every 批示件; a leader with an account their own; unit staff
 * those routed to their unit (and below) and those of their own unit's sessions — never another
 * unit's.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Instructions {

    private static final String FETCH = "SELECT i FROM Instruction i JOIN FETCH i.session s JOIN FETCH i.visit"
            + " JOIN FETCH i.leader l LEFT JOIN FETCH i.mainUnit";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Clock clock;

    /** Every 批示件 the caller may see, newest first; {@code overdueRoutingOnly} keeps those whose routing is late. */
    public List<DayViews.InstructionRow> list(boolean overdueRoutingOnly) {
        AppUser me = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        TypedQuery<Instruction> q;
        if (me.isCountyWide()) {
            q = em.createQuery(FETCH + " ORDER BY i.instructedOn DESC, i.id DESC", Instruction.class);
        } else {
            List<Long> units = unitAndBelow(me.getUnit());
            q = em.createQuery(FETCH + " WHERE i.mainUnit.id IN :units OR s.unit.id IN :units OR l.user = :me"
                    + " ORDER BY i.instructedOn DESC, i.id DESC", Instruction.class)
                    .setParameter("units", units).setParameter("me", me);
        }
        List<Instruction> all = q.getResultList();
        if (me.isCountyWide()) {
            all.stream().filter(i -> i.stage() == Instruction.Stage.PENDING_ROUTING).forEach(this::syncRouting);
        }
        return all.stream().map(i -> InstructionViews.row(i, today))
                .filter(r -> !overdueRoutingOnly || r.routingOverdue()).toList();
    }

    /** The leader's own 批示件 page: those of the sessions the caller received as the leader. */
    @RolesAllowed({Roles.COUNTY_LEADER, Roles.UNIT_LEADER, Roles.OFFICER})
    public List<DayViews.InstructionRow> mine() {
        AppUser me = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(FETCH + " WHERE l.user = :me ORDER BY i.instructedOn DESC, i.id DESC", Instruction.class)
                .setParameter("me", me).getResultStream().map(i -> InstructionViews.row(i, today)).toList();
    }

    public DayViews.InstructionRow get(long id) {
        return InstructionViews.row(visible(id), LocalDate.now(clock));
    }

    /**
     * 交办 of the 批示件's matter to {@code mainUnitId} (with co-handling units): accepted first when
     * only registered; a matter already routed keeps its unit, which is recorded.
     */
    @RolesAllowed(Roles.OFFICER)
    public DayViews.InstructionRow route(long id, long version, Long mainUnitId, List<Long> coUnitIds) {
        Instruction i = load(id, version);
        visible(id);
        LocalDate today = LocalDate.now(clock);
        MatterDetail d = petitions.get(i.getMatterId());
        if (d.summary().state() == MatterState.REGISTERED) {
            d = handling.decide(i.getMatterId(), Decision.ACCEPT, null, d.version());
        }
        MatterState state = d.summary().state();
        if (state == MatterState.ACCEPTED || state == MatterState.OBJECTED) {
            if (mainUnitId == null) {
                throw BusinessException.onField("mainUnit", "error.required");
            }
            d = handling.route(i.getMatterId(), RoutingMode.ASSIGN, mainUnitId, coUnitIds == null ? List.of() : coUnitIds,
                    d.version());
        } else if (d.handling() == null || d.handling().mainUnitId() == null) {
            throw new BusinessException("receptionday.error.cannotRoute", i.getMatterNumber());
        }
        i.routed(em.find(Unit.class, d.handling().mainUnitId()), today);
        em.flush();
        return InstructionViews.row(i, today);
    }

    /** The responsible unit reports the result back to the leader ({@code resolved}: 化解). */
    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public DayViews.InstructionRow reportBack(long id, long version, String text, boolean resolved) {
        Instruction i = load(id, version);
        AppUser me = currentUser.get();
        if (i.getMainUnit() == null) {
            throw new BusinessException("receptionday.error.notRouted", i.getMatterNumber());
        }
        if (!i.getMainUnit().getId().equals(me.getUnit().getId())) {
            throw new NotPermittedException();
        }
        LocalDate today = LocalDate.now(clock);
        i.reportBack(text, resolved, me.getUsername(), today, clock.instant());
        em.flush();
        return InstructionViews.row(i, today);
    }

    /** A matter routed from the matter's own page counts as routed too (its unit and day are taken over). */
    private void syncRouting(Instruction i) {
        MatterDetail d = petitions.get(i.getMatterId());
        if (d.handling() != null && d.handling().mainUnitId() != null && d.handling().routedOn() != null) {
            LocalDate on = d.handling().routedOn().isBefore(i.getInstructedOn()) ? i.getInstructedOn() : d.handling().routedOn();
            i.routed(em.find(Unit.class, d.handling().mainUnitId()), on);
        }
    }

    private Instruction load(long id, long version) {
        Instruction i = em.find(Instruction.class, id);
        if (i == null) {
            throw new NotFoundException();
        }
        if (i.getVersion() != version) {
            throw new StaleDataException();
        }
        return i;
    }

    private Instruction visible(long id) {
        Instruction i = em.find(Instruction.class, id);
        if (i == null) {
            throw new NotFoundException();
        }
        AppUser me = currentUser.get();
        if (me.isCountyWide()) {
            return i;
        }
        boolean own = i.getLeader().getUser() != null && i.getLeader().getUser().getId().equals(me.getId());
        boolean unit = i.getMainUnit() != null && i.getMainUnit().isWithin(me.getUnit());
        boolean session = i.getSession().getUnit().isWithin(me.getUnit());
        if (!own && !unit && !session) {
            throw new NotPermittedException();
        }
        return i;
    }

    private List<Long> unitAndBelow(Unit unit) {
        return em.createNamedQuery(Unit.ALL, Unit.class).getResultStream().filter(u -> u.isWithin(unit)).map(Unit::getId).toList();
    }
}
