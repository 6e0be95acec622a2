package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * Who answers for a step: the main unit's clerks and leaders for the unit's steps (its leaders
 * alone for the reply's approval), the case officers of the matter's county for the bureau's.
 * Nobody in an accused unit (or within it) is ever named, nor anybody but the bureau and the
 * registering unit for an accusation whose accused unit is not identified yet (as
 * {@code MatterAccess.keepsConfidence}).
 */
@Dependent
public class Recipients {

    @PersistenceContext
    EntityManager em;

    public List<AppUser> of(ClockReading r) {
        List<AppUser> users;
        if (r.unitStep()) {
            Set<Role> roles = r.clock() == DueClock.REPLY_APPROVAL ? Set.of(Role.UNIT_LEADER) : Set.of(Role.UNIT_CLERK, Role.UNIT_LEADER);
            users = inUnit(r.unitId(), roles);
        } else {
            users = officersOf(r.countyId());
        }
        return users.stream().filter(u -> mayBeTold(u, r)).toList();
    }

    /** The enabled users of {@code unitId} holding one of {@code roles}. */
    public List<AppUser> inUnit(long unitId, Set<Role> roles) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.unit.id = :unit AND u.enabled = TRUE", AppUser.class)
                .setParameter("unit", unitId).getResultList().stream()
                .filter(u -> roles.stream().anyMatch(u::hasRole)).toList();
    }

    /** The enabled case officers whose unit lies within the county {@code countyId}. */
    public List<AppUser> officersOf(long countyId) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = TRUE", AppUser.class).getResultList().stream()
                .filter(u -> u.hasRole(Role.OFFICER) && top(u.getUnit()) == countyId).toList();
    }

    /** The enabled county leaders of the county {@code countyId}. */
    public List<AppUser> countyLeadersOf(long countyId) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = TRUE", AppUser.class).getResultList().stream()
                .filter(u -> u.hasRole(Role.COUNTY_LEADER) && top(u.getUnit()) == countyId).toList();
    }

    public boolean mayBeTold(AppUser u, ClockReading r) {
        Unit own = u.getUnit();
        boolean bureau = u.hasRole(Role.OFFICER) || u.hasRole(Role.REGISTRAR);
        if (r.accusedUnitId() != null) {
            Unit accused = em.find(Unit.class, r.accusedUnitId());
            if (own.isWithin(accused) && !(bureau && !own.getId().equals(accused.getId()))) {
                return false;
            }
        }
        return !r.unidentifiedAccusation() || bureau || own.getId() == r.registeringUnitId();
    }

    public static long top(Unit unit) {
        Unit u = unit;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u.getId();
    }
}
