package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.Chains;
import cn.xinfang.petition.accountability.control.Notifier;
import cn.xinfang.petition.accountability.control.Recipients;
import cn.xinfang.petition.accountability.entity.CaseOwnership;
import cn.xinfang.petition.accountability.entity.HoldingBasis;
import cn.xinfang.petition.accountability.entity.NotificationKind;
import cn.xinfang.petition.accountability.entity.OwnershipFilter;
import cn.xinfang.petition.accountability.entity.OwnershipForm;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * 领导包案 (issue 11, item 5): a county or unit leader takes a hard or backlog matter (or an officer
 * records it for them) with a working group, a plan, a responsible unit, a target date and
 * milestones; progress reports; resolved (化解) or ended unresolved. The owning leader becomes the
 * matter's responsible leader. A leader's page lists the matters they own; 包案化解率 per leader,
 * per unit and per period with the ids behind it. Unit staff see the 包案 of their unit (as the
 * responsible or the leader's unit), never one on an accusation against their unit. Audited
 * (history type CASE_OWNERSHIP) and logged.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class CaseOwnerships {

    private static final Logger LOG = Logger.getLogger(CaseOwnerships.class.getName());

    /** How a 包案化解率 is grouped. */
    public enum Grouping { LEADER, UNIT, ALL }

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

    @Inject
    Clock clock;

    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public OwnershipView take(long matterId, OwnershipForm form) {
        if (form == null) {
            throw BusinessException.onField("plan", "accountability2.error.required");
        }
        MatterDetail d = petitions.get(matterId);
        AppUser me = currentUser.get();
        long county = Recipients.top(me.getUnit());
        AppUser leader = form.leader() == null || form.leader().isBlank() ? me : user(form.leader().strip());
        if (leader == null || !leader.isEnabled() || Recipients.top(leader.getUnit()) != county
                || !(leader.hasRole(Role.COUNTY_LEADER) || leader.hasRole(Role.UNIT_LEADER))) {
            throw BusinessException.onField("leader", "accountability2.error.leader");
        }
        Responsibilities.notAccused(d, leader, "leader");
        if (!me.hasRole(Role.OFFICER) && !leader.getUsername().equals(me.getUsername())) {
            throw BusinessException.onField("leader", "accountability2.error.leaderSelf");
        }
        Long unitId = form.unitId() != null ? form.unitId() : d.handling() == null ? null : d.handling().mainUnitId();
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null || Recipients.top(unit) != county
                || d.accusedUnitId() != null && Responsibilities.accusedOrWithin(unit, d.accusedUnitId())) {
            throw BusinessException.onField("unitId", "accountability2.error.unit");
        }
        if (!leader.hasRole(Role.COUNTY_LEADER) && !leader.getUnit().getId().equals(unit.getId())) {
            throw BusinessException.onField("unitId", "accountability2.error.unitLeader");
        }
        String person = form.responsiblePerson() == null || form.responsiblePerson().isBlank() ? null
                : form.responsiblePerson().strip();
        if (person != null) {
            AppUser p = user(person);
            if (p == null || !p.isEnabled() || Recipients.top(p.getUnit()) != county) {
                throw BusinessException.onField("responsiblePerson", "accountability2.error.person");
            }
            Responsibilities.notAccused(d, p, "responsiblePerson");
        }
        if (em.createQuery("SELECT COUNT(o) FROM CaseOwnership o WHERE o.matterId = :m AND o.status = :active", Long.class)
                .setParameter("m", matterId).setParameter("active", OwnershipStatus.ACTIVE).getSingleResult() > 0) {
            throw new BusinessException("accountability2.error.owned");
        }
        LocalDate today = today();
        CaseOwnership o = new CaseOwnership(matterId, d.summary().number(), county, leader.getUsername(),
                leader.getUnit().getId(), unit.getId(), person, form.workingGroup(), form.plan(), form.targetDate(),
                d.accusedUnitId(), me.getUsername(), today);
        if (form.milestones() != null) {
            for (OwnershipForm.MilestoneForm m : form.milestones()) {
                if (m != null && (m.title() != null && !m.title().isBlank() || m.dueOn() != null)) {
                    o.addMilestone(m.title(), m.dueOn());
                }
            }
        }
        em.persist(o);
        boolean alreadyLeader = chains.current(matterId, ResponsibilityRole.LEADER)
                .map(r -> r.getHolder().equals(leader.getUsername())).orElse(false);
        if (!alreadyLeader) {
            chains.hand(matterId, ResponsibilityRole.LEADER, leader.getUsername(), null, HoldingBasis.CASE_OWNERSHIP,
                    me.getUsername());
        }
        em.flush();
        List<AppUser> told = new ArrayList<>();
        if (!leader.getUsername().equals(me.getUsername())) {
            told.add(leader);
        }
        if (person != null && !person.equals(me.getUsername()) && !person.equals(leader.getUsername())) {
            told.add(user(person));
        }
        notifier.notify(told, NotificationKind.OWNED, matterId, d.summary().number(), null, null, null);
        LOG.info(() -> me.getUsername() + " recorded 包案 " + o.getId() + " of matter " + matterId + " by " + leader.getUsername());
        return view(o);
    }

    public OwnershipView addMilestone(long id, String title, LocalDate dueOn, long version) {
        CaseOwnership o = writable(id, version, false);
        o.addMilestone(title, dueOn);
        LOG.info(() -> me() + " added a milestone to 包案 " + id);
        return written(o, version);
    }

    public OwnershipView completeMilestone(long id, long milestoneId, String note, long version) {
        CaseOwnership o = writable(id, version, false);
        o.completeMilestone(milestoneId, note, me(), today());
        LOG.info(() -> me() + " completed milestone " + milestoneId + " of 包案 " + id);
        return written(o, version);
    }

    public OwnershipView report(long id, String progress, long version) {
        CaseOwnership o = writable(id, version, false);
        o.report(progress, me(), today());
        LOG.info(() -> me() + " reported progress on 包案 " + id);
        return written(o, version);
    }

    /** 化解 ({@code resolved}) or ended without it (a note is then required), on a day (null: today). */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public OwnershipView end(long id, boolean resolved, String note, LocalDate on, long version) {
        CaseOwnership o = writable(id, version, true);
        o.end(resolved, note, on, today());
        LOG.info(() -> me() + " ended 包案 " + id + (resolved ? " resolved" : " unresolved"));
        return written(o, version);
    }

    public OwnershipView get(long id) {
        CaseOwnership o = em.find(CaseOwnership.class, id);
        if (o == null || !maySee(currentUser.get(), o)) {
            throw new NotFoundException();
        }
        return view(o);
    }

    public List<OwnershipView> list(OwnershipFilter filter, int first, int max) {
        return query(filter == null ? OwnershipFilter.ALL : filter, first, max).stream().map(this::view).toList();
    }

    /** The leader's page: the matters the caller owns, active first. */
    @RolesAllowed({Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<OwnershipView> mine() {
        return list(new OwnershipFilter(me(), null, null, null, null, null), 0, 500);
    }

    /**
     * 包案化解率 over [from, to]: per leader, per responsible unit, or for all the caller may see.
     * Denominator: the 包案 taken within the period; numerator: those of them resolved (化解) on or
     * before {@code to}. One row per group, each with the ids it counted.
     */
    public List<OwnershipRate> rates(LocalDate from, LocalDate to, Grouping grouping) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.onField("to", "accountability2.error.period");
        }
        Grouping g = grouping == null ? Grouping.ALL : grouping;
        List<CaseOwnership> taken = query(new OwnershipFilter(null, null, null, null, from, to), 0, 100_000);
        Map<String, List<CaseOwnership>> groups = new LinkedHashMap<>();
        Function<CaseOwnership, String> key = switch (g) {
            case LEADER -> CaseOwnership::getLeader;
            case UNIT -> o -> String.valueOf(o.getUnitId());
            case ALL -> o -> "ALL";
        };
        for (CaseOwnership o : taken) {
            groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
        }
        List<OwnershipRate> out = new ArrayList<>();
        Chains.UserNames names = chains.names();
        groups.forEach((k, list) -> out.add(rate(k, switch (g) {
            case LEADER -> names.of(k);
            case UNIT -> unitName(Long.parseLong(k));
            case ALL -> null;
        }, from, to, list)));
        if (out.isEmpty() && g == Grouping.ALL) {
            out.add(rate("ALL", null, from, to, List.of()));
        }
        return out;
    }

    /** The drill-down of one rate: the 包案 counted in its denominator (each shows whether it is in the numerator). */
    public List<OwnershipView> rateDetail(LocalDate from, LocalDate to, Grouping grouping, String group) {
        List<OwnershipRate> rates = rates(from, to, grouping);
        OwnershipRate r = rates.stream().filter(x -> grouping == null || grouping == Grouping.ALL || x.groupKey().equals(group))
                .findFirst().orElse(null);
        if (r == null) {
            return List.of();
        }
        return r.takenIds().stream().map(id -> view(em.find(CaseOwnership.class, id))).toList();
    }

    static OwnershipRate rate(String key, String name, LocalDate from, LocalDate to, List<CaseOwnership> list) {
        List<CaseOwnership> resolved = list.stream().filter(o -> o.resolvedBy(to)).toList();
        return new OwnershipRate(key, name, from, to, list.stream().map(CaseOwnership::getId).toList(),
                resolved.stream().map(CaseOwnership::getId).toList(), list.stream().map(CaseOwnership::getMatterId).toList(),
                resolved.stream().map(CaseOwnership::getMatterId).toList());
    }

    // ------------------------------------------------------------------ helpers

    List<CaseOwnership> query(OwnershipFilter f, int first, int max) {
        AppUser me = currentUser.get();
        StringBuilder q = new StringBuilder("SELECT o FROM CaseOwnership o WHERE o.countyId = :county");
        Map<String, Object> p = new HashMap<>();
        p.put("county", Recipients.top(me.getUnit()));
        if (!me.isCountyWide()) {
            q.append(" AND (o.unitId = :mine OR o.leaderUnitId = :mine) AND (o.accusedUnitId IS NULL OR o.accusedUnitId <> :mine)");
            p.put("mine", me.getUnit().getId());
        }
        if (f.leader() != null) {
            q.append(" AND o.leader = :leader");
            p.put("leader", f.leader());
        }
        if (f.unitId() != null) {
            q.append(" AND o.unitId = :unit");
            p.put("unit", f.unitId());
        }
        if (f.status() != null) {
            q.append(" AND o.status = :status");
            p.put("status", f.status());
        }
        if (f.matterId() != null) {
            q.append(" AND o.matterId = :matter");
            p.put("matter", f.matterId());
        }
        if (f.takenFrom() != null) {
            q.append(" AND o.takenOn >= :from");
            p.put("from", f.takenFrom());
        }
        if (f.takenTo() != null) {
            q.append(" AND o.takenOn <= :to");
            p.put("to", f.takenTo());
        }
        q.append(" ORDER BY CASE WHEN o.status = :activeFirst THEN 0 ELSE 1 END, o.targetDate, o.id");
        p.put("activeFirst", OwnershipStatus.ACTIVE);
        var query = em.createQuery(q.toString(), CaseOwnership.class);
        p.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100_000))).getResultList();
    }

    private CaseOwnership writable(long id, long version, boolean leaderOnly) {
        CaseOwnership o = em.find(CaseOwnership.class, id);
        AppUser me = currentUser.get();
        if (o == null || !maySee(me, o)) {
            throw new NotFoundException();
        }
        boolean leader = o.getLeader().equals(me.getUsername());
        boolean officer = me.hasRole(Role.OFFICER);
        boolean unitStaff = !me.isCountyWide() && me.getUnit().getId() == o.getUnitId();
        if (!(leader || officer || !leaderOnly && unitStaff)) {
            throw new NotPermittedException();
        }
        StaleDataException.unlessAt(o.getVersion(), version);
        return o;
    }

    private static boolean maySee(AppUser me, CaseOwnership o) {
        if (Recipients.top(me.getUnit()) != o.getCountyId()) {
            return false;
        }
        if (me.isCountyWide()) {
            return true;
        }
        long mine = me.getUnit().getId();
        return (o.getUnitId() == mine || o.getLeaderUnitId() == mine)
                && (o.getAccusedUnitId() == null || o.getAccusedUnitId() != mine);
    }

    private OwnershipView written(CaseOwnership o) {
        em.flush();
        return view(o);
    }

    /** A step on the 包案 read at {@code version}: its version advances once (Versions), also for a milestone or report alone. */
    private OwnershipView written(CaseOwnership o, long version) {
        Versions.advance(em, o, o::getVersion, version);
        return view(o);
    }

    private OwnershipView view(CaseOwnership o) {
        Chains.UserNames names = chains.names();
        return o.view(names.of(o.getLeader()), unitName(o.getUnitId()), names.of(o.getResponsiblePerson()), today());
    }

    private String unitName(long unitId) {
        Unit u = em.find(Unit.class, unitId);
        return u == null ? String.valueOf(unitId) : u.getName();
    }

    private AppUser user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultStream()
                .findFirst().orElse(null);
    }

    private String me() {
        return currentUser.get().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
