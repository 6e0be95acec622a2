package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The unit directory (单位) and each unit's own page. The directory (codes, names, hierarchy)
 * is open to every signed-in user because every feature routes to units; a unit's staff and
 * contact details are scoped to callers whose unit covers it.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER,
        Roles.APPRAISER, Roles.ADMIN})
public class Units {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** All units, active or not, ordered by code (the hierarchy is in parentId). */
    public List<UnitView> directory() {
        return em.createNamedQuery(Unit.ALL, Unit.class).getResultStream().map(UnitView::of).toList();
    }

    public UnitView myUnit() {
        return UnitView.of(currentUser.get().getUnit());
    }

    /** A unit's page; refused for units outside the caller's scope, exactly as for units that do not exist. */
    public UnitDetail detail(long id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new NotFoundException();
        }
        AppUser me = currentUser.get();
        if (!(me.isCountyWide() || unit.isWithin(me.getUnit()))) {
            throw new NotPermittedException();
        }
        List<UnitView> children = em.createQuery("SELECT u FROM Unit u WHERE u.parent = :p ORDER BY u.code", Unit.class)
                .setParameter("p", unit).getResultStream().map(UnitView::of).toList();
        List<StaffView> staff = em.createNamedQuery(AppUser.OF_UNIT, AppUser.class).setParameter("unit", unit)
                .getResultStream().map(u -> new StaffView(u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled()))
                .toList();
        return new UnitDetail(UnitView.of(unit), children, staff, mayEditContact(me, unit));
    }

    /** Contact details: the unit's own leader, or an administrator. */
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    public UnitView changeContact(long id, String contactPhone, String address, long version) {
        Unit unit = load(id, version);
        if (!mayEditContact(currentUser.get(), unit)) {
            throw new NotPermittedException();
        }
        unit.changeContact(contactPhone, address);
        em.flush();
        return UnitView.of(unit);
    }

    @RolesAllowed(Roles.ADMIN)
    public UnitView create(@NotNull @Valid UnitForm form) {
        requireFreeCode(form.code(), null);
        Unit unit = new Unit(form.code(), form.name(), form.kind(), parent(form.parentId()));
        unit.changeContact(form.contactPhone(), form.address());
        em.persist(unit);
        em.flush();
        return UnitView.of(unit);
    }

    @RolesAllowed(Roles.ADMIN)
    public UnitView update(long id, @NotNull @Valid UnitForm form, long version) {
        Unit unit = load(id, version);
        requireFreeCode(form.code(), unit);
        List<Unit> children = em.createQuery("SELECT u FROM Unit u WHERE u.parent = :p", Unit.class)
                .setParameter("p", unit).getResultList();
        unit.change(form.code(), form.name(), form.kind(), parent(form.parentId()), children);
        unit.changeContact(form.contactPhone(), form.address());
        em.flush();
        return UnitView.of(unit);
    }

    /** Units are never deleted (their matters and statistics refer to them); they are deactivated. */
    @RolesAllowed(Roles.ADMIN)
    public UnitView deactivate(long id, long version) {
        Unit unit = load(id, version);
        if (em.createNamedQuery(Unit.ACTIVE_CHILDREN, Long.class).setParameter("unit", unit).getSingleResult() > 0) {
            throw new BusinessException("error.unit.hasActiveChildren");
        }
        if (em.createNamedQuery(AppUser.ACTIVE_OF_UNIT, Long.class).setParameter("unit", unit).getSingleResult() > 0) {
            throw new BusinessException("error.unit.hasActiveUsers");
        }
        if (unit.equals(currentUser.get().getUnit())) {
            throw new BusinessException("error.unit.ownUnit");
        }
        unit.deactivate();
        em.flush();
        return UnitView.of(unit);
    }

    @RolesAllowed(Roles.ADMIN)
    public UnitView activate(long id, long version) {
        Unit unit = load(id, version);
        unit.activate();
        em.flush();
        return UnitView.of(unit);
    }

    private boolean mayEditContact(AppUser me, Unit unit) {
        return me.hasRole(Role.ADMIN) || me.hasRole(Role.UNIT_LEADER) && unit.equals(me.getUnit());
    }

    private Unit load(long id, long version) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new NotFoundException();
        }
        StaleDataException.unlessAt(unit.getVersion(), version);
        return unit;
    }

    private Unit parent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        Unit p = em.find(Unit.class, parentId);
        if (p == null) {
            throw BusinessException.onField("parent", "error.notFound");
        }
        if (!p.isActive()) {
            throw BusinessException.onField("parent", "error.unit.parentInactive");
        }
        return p;
    }

    private void requireFreeCode(String code, Unit self) {
        em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code == null ? "" : code.strip())
                .getResultStream().filter(u -> !u.equals(self)).findAny()
                .ifPresent(u -> {
                    throw BusinessException.onField("code", "error.unit.codeTaken", code);
                });
    }
}
