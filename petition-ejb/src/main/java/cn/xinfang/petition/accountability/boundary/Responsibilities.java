package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.Chains;
import cn.xinfang.petition.accountability.control.Notifier;
import cn.xinfang.petition.accountability.control.Recipients;
import cn.xinfang.petition.accountability.entity.ChainView;
import cn.xinfang.petition.accountability.entity.HoldingBasis;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.entity.Responsibility;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.entity.TextRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * 首问负责 and the responsibility chain (issue 11, items 4 and 6): every matter's responsible unit
 * (its routing), responsible leader and responsible person, with who held each role when. The
 * person who first received the petitioner stays responsible until a handover is recorded here
 * (to whom, when, why); nothing else changes the responsible person. Whoever may see the matter
 * (casehandling's scoping and accusation confidentiality) may read its chain. Audited (Envers,
 * history type RESPONSIBILITY) and logged.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Responsibilities {

    private static final Logger LOG = Logger.getLogger(Responsibilities.class.getName());

    /** Who can hold a matter's responsibility (not the administrator, not the appraiser). */
    private static final java.util.Set<Role> STAFF = java.util.EnumSet.of(Role.REGISTRAR, Role.OFFICER, Role.UNIT_CLERK,
            Role.UNIT_LEADER, Role.COUNTY_LEADER);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Petitions petitions;

    @Inject
    Chains chains;

    @Inject
    Notifier notifier;

    public ChainView chain(long matterId) {
        MatterDetail d = petitions.get(matterId);
        return chains.view(d, chains.names());
    }

    /**
     * Hands the matter's responsible person role to another member of staff of the county, with the
     * reason. The current holder, an officer, or a leader of the holder's unit may do it.
     */
    public ChainView handOver(long matterId, String to, String reason) {
        MatterDetail d = petitions.get(matterId);
        AppUser me = currentUser.get();
        Responsibility current = chains.current(matterId, ResponsibilityRole.PERSON).orElseThrow();
        AppUser holder = user(current.getHolder());
        boolean mine = current.getHolder().equals(me.getUsername());
        boolean leaderOfHolder = me.hasRole(Role.UNIT_LEADER) && holder != null
                && holder.getUnit().getId().equals(me.getUnit().getId());
        if (!mine && !me.hasRole(Role.OFFICER) && !leaderOfHolder) {
            throw new NotPermittedException();
        }
        TextRules.checked("reason", reason);
        AppUser target = staffOfCounty(to, me, "to");
        notAccused(d, target, "to");
        chains.hand(matterId, ResponsibilityRole.PERSON, target.getUsername(), reason, HoldingBasis.HANDOVER, me.getUsername());
        if (!target.getUsername().equals(me.getUsername())) {
            notifier.notify(List.of(target), NotificationKind.HANDED_OVER, matterId, d.summary().number(), null, null, null);
        }
        LOG.info(() -> me.getUsername() + " handed matter " + matterId + " over from " + current.getHolder() + " to "
                + target.getUsername());
        return chains.view(d, chains.names());
    }

    /** The bureau names a matter's responsible leader (a 包案 does it too); the reason is recorded. */
    @RolesAllowed(Roles.OFFICER)
    public ChainView nameLeader(long matterId, String leader, String reason) {
        MatterDetail d = petitions.get(matterId);
        AppUser me = currentUser.get();
        TextRules.checked("reason", reason);
        AppUser target = staffOfCounty(leader, me, "leader");
        notAccused(d, target, "leader");
        if (!target.hasRole(Role.COUNTY_LEADER) && !target.hasRole(Role.UNIT_LEADER)) {
            throw BusinessException.onField("leader", "accountability2.error.leader");
        }
        chains.hand(matterId, ResponsibilityRole.LEADER, target.getUsername(), reason, HoldingBasis.ASSIGNED, me.getUsername());
        LOG.info(() -> me.getUsername() + " named " + target.getUsername() + " responsible leader of matter " + matterId);
        return chains.view(d, chains.names());
    }

    /** The staff of the caller's county a matter can be handed to (username → name (unit)). */
    public Map<String, String> staff() {
        AppUser me = currentUser.get();
        long county = Recipients.top(me.getUnit());
        Map<String, String> out = new LinkedHashMap<>();
        for (AppUser u : em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = TRUE ORDER BY u.username", AppUser.class)
                .getResultList()) {
            if (Recipients.top(u.getUnit()) == county && STAFF.stream().anyMatch(u::hasRole)) {
                out.put(u.getUsername(), u.getDisplayName() + "（" + u.getUnit().getName() + "）");
            }
        }
        return out;
    }

    /** The active units of the caller's county (id → name), for a unit concerned without a person. */
    public Map<Long, String> units() {
        long county = Recipients.top(currentUser.get().getUnit());
        Map<Long, String> out = new LinkedHashMap<>();
        for (cn.xinfang.petition.organization.entity.Unit u
                : em.createNamedQuery(cn.xinfang.petition.organization.entity.Unit.ALL, cn.xinfang.petition.organization.entity.Unit.class)
                .getResultList()) {
            if (u.isActive() && Recipients.top(u) == county) {
                out.put(u.getId(), u.getName());
            }
        }
        return out;
    }

    /** Accusation confidentiality: a matter never goes to a person of the unit it accuses (or a unit within it). */
    static void notAccused(MatterDetail d, AppUser u, String field) {
        if (d.accusedUnitId() != null && accusedOrWithin(u.getUnit(), d.accusedUnitId())) {
            throw BusinessException.onField(field, "accountability2.error.accusedUnit");
        }
    }

    static boolean accusedOrWithin(cn.xinfang.petition.organization.entity.Unit unit, long accusedUnitId) {
        for (var x = unit; x != null; x = x.getParent()) {
            if (x.getId() == accusedUnitId) {
                return true;
            }
        }
        return false;
    }

    private AppUser staffOfCounty(String username, AppUser me, String field) {
        // a control character (NUL above all: PostgreSQL refuses it in a parameter) is refused on the field
        AppUser u = username == null ? null : user(TextRules.checked(field, username).strip());
        if (u == null || !u.isEnabled() || Recipients.top(u.getUnit()) != Recipients.top(me.getUnit())
                || STAFF.stream().noneMatch(u::hasRole)) {
            throw BusinessException.onField(field, "accountability2.error.person");
        }
        return u;
    }

    private AppUser user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultStream()
                .findFirst().orElse(null);
    }
}
