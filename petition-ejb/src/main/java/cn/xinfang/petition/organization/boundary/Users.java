package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.control.PasswordHasher;
import cn.xinfang.petition.organization.control.PasswordPolicy;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.LikePatterns;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** User administration (系统管理 → 用户): create, change, disable, reset password, unlock. */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed(Roles.ADMIN)
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A page of users, filtered in the database by a text in username or name, and optionally by unit. */
    public List<UserView> page(String text, Long unitId, int first, int size) {
        TypedQuery<AppUser> q = em.createQuery("SELECT u FROM AppUser u JOIN FETCH u.unit"
                + where(text, unitId) + " ORDER BY u.unit.code, u.username", AppUser.class);
        bind(q, text, unitId);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultStream().map(u -> UserView.of(u, clock.instant())).toList();
    }

    public long count(String text, Long unitId) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM AppUser u" + where(text, unitId), Long.class);
        bind(q, text, unitId);
        return q.getSingleResult();
    }

    public UserView get(long id) {
        return UserView.of(find(id), clock.instant());
    }

    public UserView create(@NotNull @Valid UserForm form) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findAny().isPresent()) {
            throw BusinessException.onField("username", "error.user.usernameTaken", username);
        }
        PasswordPolicy.check("initialPassword", form.initialPassword(), username);
        AppUser user = new AppUser(username, form.displayName(), unit(form.unitId()), form.roles(),
                hasher.hash(form.initialPassword().toCharArray()), clock.instant());
        // the administrator knows this password: the user must replace it at the first login
        user.resetPassword(user.getPasswordHash(), clock.instant());
        em.persist(user);
        em.flush();
        return UserView.of(user, clock.instant());
    }

    public UserView update(long id, @NotNull @Valid UserForm form, long version) {
        AppUser user = find(id, version);
        AppUser me = currentUser.get();
        if (user.equals(me) && !form.roles().contains(Role.ADMIN)) {
            throw BusinessException.onField("roles", "error.user.ownAdminRole");
        }
        user.assign(form.displayName(), unit(form.unitId()), form.roles());
        em.flush();
        return UserView.of(user, clock.instant());
    }

    public UserView disable(long id, long version) {
        AppUser user = find(id, version);
        if (user.equals(currentUser.get())) {
            throw new BusinessException("error.user.disableSelf");
        }
        user.disable();
        em.flush();
        return UserView.of(user, clock.instant());
    }

    public UserView enable(long id, long version) {
        AppUser user = find(id, version);
        user.enable();
        em.flush();
        return UserView.of(user, clock.instant());
    }

    public UserView unlock(long id, long version) {
        AppUser user = find(id, version);
        user.unlock();
        em.flush();
        return UserView.of(user, clock.instant());
    }

    /** Sets a temporary password the administrator hands over; the user must change it at the next login. */
    public UserView resetPassword(long id, String newPassword, long version) {
        AppUser user = find(id, version);
        PasswordPolicy.check("newPassword", newPassword, user.getUsername());
        user.resetPassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        em.flush();
        return UserView.of(user, clock.instant());
    }

    private static String where(String text, Long unitId) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (text != null && !text.isBlank()) {
            w.append(" AND (LOWER(u.username) LIKE :text" + LikePatterns.ESCAPE + " OR LOWER(u.displayName) LIKE :text" + LikePatterns.ESCAPE + ")");
        }
        if (unitId != null) {
            w.append(" AND u.unit.id = :unitId");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String text, Long unitId) {
        if (text != null && !text.isBlank()) {
            q.setParameter("text", LikePatterns.contains(text.strip().toLowerCase(Locale.ROOT)));
        }
        if (unitId != null) {
            q.setParameter("unitId", unitId);
        }
    }

    private Unit unit(Long id) {
        Unit unit = id == null ? null : em.find(Unit.class, id);
        if (unit == null) {
            throw BusinessException.onField("unit", "error.required");
        }
        return unit;
    }

    private AppUser find(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private AppUser find(long id, long version) {
        AppUser user = find(id);
        StaleDataException.unlessAt(user.getVersion(), version);
        return user;
    }
}
