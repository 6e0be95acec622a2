package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may see which matter, decided from the caller principal. The bureau (registrars, case
 * officers) and county leaders see every matter; unit staff see the matters their unit registered
 * or whose problem arose within their unit. Nobody in an accused unit sees an accusation against it.
 */
@Dependent
public class MatterAccess {

    @Inject
    CurrentUser currentUser;

    public AppUser caller() {
        return currentUser.get();
    }

    public boolean seesAll(AppUser u) {
        return u.hasRole(Role.REGISTRAR) || u.hasRole(Role.OFFICER) || u.hasRole(Role.COUNTY_LEADER);
    }

    public boolean maySee(AppUser u, Matter m) {
        if (m.isConfidentialFor(u.getUnit()) && !u.hasRole(Role.OFFICER) && !u.hasRole(Role.REGISTRAR)) {
            return false;
        }
        return seesAll(u) || m.getRegisteringUnit().isWithin(u.getUnit()) || m.getProblemPlace().isWithin(u.getUnit())
                || m.isHandledBy(u.getUnit());
    }

    /**
     * {@link #maySee}'s accusation rule as a JPQL condition on alias m (empty, or starting with
     * " AND "), for lists filtered in the database: nobody in the accused unit or above it sees the
     * accusation, except the bureau's registrars and case officers.
     */
    public String confidentialityCondition(AppUser u, java.util.Map<String, Object> params) {
        if (u.hasRole(Role.OFFICER) || u.hasRole(Role.REGISTRAR)) {
            return "";
        }
        java.util.List<Long> above = new java.util.ArrayList<>();
        for (cn.xinfang.petition.organization.entity.Unit unit = u.getUnit(); unit != null; unit = unit.getParent()) {
            above.add(unit.getId());
        }
        params.put("accusation", cn.xinfang.petition.casehandling.entity.MatterKind.ACCUSATION);
        params.put("above", above);
        return " AND NOT (m.kind = :accusation AND m.accusedUnit IS NOT NULL AND m.accusedUnit.id IN :above)";
    }

    public void require(AppUser u, Matter m) {
        if (!maySee(u, m)) {
            throw new NotPermittedException();
        }
    }

    /** The steps this caller may take on the matter now: the role and unit rules, then the lifecycle. */
    public java.util.Set<cn.xinfang.petition.casehandling.entity.MatterAction> allowed(AppUser u, Matter m) {
        java.util.EnumSet<cn.xinfang.petition.casehandling.entity.MatterAction> a =
                java.util.EnumSet.noneOf(cn.xinfang.petition.casehandling.entity.MatterAction.class);
        if (u.hasRole(Role.OFFICER)) {
            a.addAll(java.util.EnumSet.of(MatterAction.REFUSE, MatterAction.REFER_STATUTORY, MatterAction.ACCEPT,
                    MatterAction.ROUTE, MatterAction.CLOSE, MatterAction.NOTE));
            if (m.getKind() == cn.xinfang.petition.casehandling.entity.MatterKind.ACCUSATION) {
                a.add(MatterAction.FORWARD_ACCUSATION);
            }
            a.addAll(java.util.EnumSet.of(MatterAction.REQUEST_REVIEW, MatterAction.DECIDE_REVIEW,
                    MatterAction.REQUEST_RE_REVIEW, MatterAction.DECIDE_RE_REVIEW, MatterAction.TERMINATE));
            if (m.getState().isAppeal()) {
                a.add(MatterAction.HEARING);
            }
        }
        if ((u.hasRole(Role.OFFICER) || u.hasRole(Role.REGISTRAR)) && m.getRating() == null) {
            a.add(MatterAction.EVALUATE);
        }
        boolean mainUnit = m.getMainUnit() != null && m.getMainUnit().equals(u.getUnit());
        if (mainUnit && (u.hasRole(Role.UNIT_CLERK) || u.hasRole(Role.UNIT_LEADER))) {
            a.addAll(java.util.EnumSet.of(MatterAction.OBJECT, MatterAction.NOTE, MatterAction.DRAFT_REPLY,
                    MatterAction.REPORT_BACK));
        }
        if (mainUnit && u.hasRole(Role.UNIT_LEADER)) {
            a.addAll(java.util.EnumSet.of(MatterAction.APPROVE_REPLY, MatterAction.RETURN_REPLY));
            if (m.getState() == cn.xinfang.petition.casehandling.entity.MatterState.HANDLING) {
                a.add(MatterAction.HEARING);
            }
            if (m.getExtensionDays() == 0) {
                a.add(MatterAction.EXTEND);
            }
        }
        if (m.getRoutingMode() != cn.xinfang.petition.casehandling.entity.RoutingMode.ASSIGN) {
            a.remove(MatterAction.REPORT_BACK);
        } else if (m.getState() == cn.xinfang.petition.casehandling.entity.MatterState.REPLIED) {
            a.remove(MatterAction.CLOSE);
        }
        a.removeIf(action -> !cn.xinfang.petition.casehandling.entity.Lifecycle.allows(m.getState(), action));
        // 息诉息访 is apart from the lifecycle: any time after registration, once
        if (u.hasRole(Role.OFFICER) && m.getResolvedOn() == null && m.getState() != cn.xinfang.petition.casehandling.entity.MatterState.REGISTERED) {
            a.add(MatterAction.RESOLVE);
        }
        return a;
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
        boolean mainUnit = m.getMainUnit() != null && m.getMainUnit().equals(u.getUnit());
        // the unit stops adding once the matter is finished (closed, terminated or refused); the bureau never
        return mainUnit && (u.hasRole(Role.UNIT_CLERK) || u.hasRole(Role.UNIT_LEADER)) && !m.getState().isFinal()
                && m.getState() != cn.xinfang.petition.casehandling.entity.MatterState.CLOSED;
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
