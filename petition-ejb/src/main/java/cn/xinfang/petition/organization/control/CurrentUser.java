package cn.xinfang.petition.organization.control;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;

/**
 * The caller of the current EJB call, resolved from the container's principal, never from
 * anything a page or a client sends. Unit scoping is decided here.
 */
@Dependent
public class CurrentUser {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    public AppUser get() {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            throw new NotPermittedException();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name)
                .getResultStream().findFirst()
                .filter(AppUser::isEnabled)
                .orElseThrow(NotPermittedException::new);
    }

    /** Whether the caller may see the data of {@code unit}: county-wide roles see all; others their unit and below. */
    public boolean maySee(Unit unit) {
        AppUser me = get();
        return me.isCountyWide() || unit.isWithin(me.getUnit());
    }

    public void requireScope(Unit unit) {
        if (!maySee(unit)) {
            throw new NotPermittedException();
        }
    }
}
