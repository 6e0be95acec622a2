package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may see which matter, decided from the caller principal. The bureau (registrars, case
 * officers) and county leaders see every matter; unit staff see the matters their unit registered
 * or whose problem arose within their unit. Nobody in an accused unit sees an accusation against it
 * ({@link #keepsConfidence}).
 */
@Dependent
public class MatterAccess {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    public AppUser caller() {
        return currentUser.get();
    }

    public boolean seesAll(AppUser u) {
        return u.hasRole(Role.REGISTRAR) || u.hasRole(Role.OFFICER) || u.hasRole(Role.COUNTY_LEADER);
    }

    public boolean maySee(AppUser u, Matter m) {
        if (!keepsConfidence(u, m)) {
            return false;
        }
        return seesAll(u) || m.getRegisteringUnit().isWithin(u.getUnit()) || m.intake().getProblemPlace().isWithin(u.getUnit())
                || m.isHandledBy(u.getUnit());
    }

    /**
     * 2022 Art 30, whatever the channel: nobody in the accused unit or a unit within it sees the
     * accusation — the bureau's registrars and case officers are exempt only where the accused unit
     * lies above their own (the county itself), never when their own unit is accused; and an
     * accusation whose accused unit the bureau has not identified yet is seen only by the bureau
     * and by the unit that registered it.
     */
    public boolean keepsConfidence(AppUser u, Matter m) {
        Unit unit = u.getUnit();
        if (m.isConfidentialFor(unit) && !(isBureau(u) && !unit.equals(m.intake().getAccusedUnit()))) {
            return false;
        }
        return !m.intake().isUnidentifiedAccusation() || isBureau(u) || m.getRegisteringUnit().equals(unit);
    }

    private static boolean isBureau(AppUser u) {
        return u.hasRole(Role.OFFICER) || u.hasRole(Role.REGISTRAR);
    }

    /**
     * {@link #keepsConfidence} as a JPQL condition on alias m (starting with " AND "), for lists and
     * counts filtered in the database.
     */
    public String confidentialityCondition(AppUser u, Map<String, Object> params) {
        params.put("accusation", MatterKind.ACCUSATION);
        if (isBureau(u)) {
            params.put("ownUnit", u.getUnit().getId());
            return " AND NOT (m.intake.kind = :accusation AND m.intake.accusedUnit IS NOT NULL"
                    + " AND m.intake.accusedUnit.id = :ownUnit)";
        }
        List<Long> above = new ArrayList<>();
        for (Unit unit = u.getUnit(); unit != null; unit = unit.getParent()) {
            above.add(unit.getId());
        }
        params.put("above", above);
        params.put("ownUnit", u.getUnit().getId());
        return " AND NOT (m.intake.kind = :accusation AND m.intake.accusedUnit IS NOT NULL AND m.intake.accusedUnit.id IN :above)"
                + " AND NOT (m.intake.kind = :accusation AND m.intake.accusedIdentified = FALSE"
                + " AND m.registeringUnit.id <> :ownUnit)";
    }

    /**
     * The unit scope of lists and counts as a JPQL condition on alias m: the matter was registered
     * by, arose in, or is handled (main or co-handling) by {@code unit} or a unit below it. The
     * ids go into {@code params} under {@code name}, so two scopes can stand in one query.
     */
    public String unitCondition(Unit unit, String name, Map<String, Object> params) {
        params.put(name, unitAndBelow(unit));
        return "(m.registeringUnit.id IN :" + name + " OR m.intake.problemPlace.id IN :" + name
                + " OR m.routing.mainUnit.id IN :" + name
                + " OR EXISTS (SELECT 1 FROM m.coUnits cu WHERE cu.id IN :" + name + "))";
    }

    /** The ids of {@code unit} and every unit below it. */
    public List<Long> unitAndBelow(Unit unit) {
        List<Long> ids = new ArrayList<>();
        List<Unit> frontier = List.of(unit);
        while (!frontier.isEmpty()) {
            frontier.forEach(u -> ids.add(u.getId()));
            frontier = em.createQuery("SELECT u FROM Unit u WHERE u.parent IN :p", Unit.class)
                    .setParameter("p", frontier).getResultList();
        }
        return ids;
    }

    public void require(AppUser u, Matter m) {
        if (!maySee(u, m)) {
            throw new NotPermittedException();
        }
    }

    /** The steps this caller may take on the matter now: asked of the matter, which enforces the same rules. */
    public Set<MatterAction> allowed(AppUser u, Matter m) {
        return m.allowedFor(Actor.of(u));
    }

    /**
     * Who may attach files: the bureau's registrars and case officers in every state; the clerk
     * and the leader of the main unit until the matter is finished. Nobody removes a file.
     */
    public boolean mayAttach(AppUser u, Matter m) {
        if (!maySee(u, m)) {
            return false;
        }
        if (u.hasRole(Role.REGISTRAR) || u.hasRole(Role.OFFICER)) {
            return true;
        }
        // the unit stops adding once the matter is finished (closed, terminated or refused); the bureau never
        return Actor.of(u).isStaffOf(m.routing().getMainUnit()) && !m.getState().isFinal()
                && m.getState() != MatterState.CLOSED;
    }

    /** The full ID number is for the bureau's registrars and case officers only. */
    public boolean seesIdNumber(AppUser u) {
        return u.hasRole(Role.REGISTRAR) || u.hasRole(Role.OFFICER);
    }

    /** Phone and address: also for the unit staff who must contact the petitioner. */
    public boolean seesContact(AppUser u) {
        return seesIdNumber(u) || u.hasRole(Role.UNIT_CLERK) || u.hasRole(Role.UNIT_LEADER);
    }
}
