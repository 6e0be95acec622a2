package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every running clock of every matter ({@link DueClock}: the states it runs in, the due day it
 * reads), for the deadline watch of the accountability feature, which decides what is due soon
 * or overdue and who is told; and the clocks of the steps that wait for the caller, for their
 * to-do list. Read-only; holds no personal data (numbers, days and unit ids).
 */
@Stateless
public class MatterClocks {

    /** The unit's steps: the main unit answers for them; the others are the bureau's. */
    public static final Set<DueClock> UNIT_STEPS = EnumSet.of(DueClock.OBJECTION, DueClock.HANDLING, DueClock.REPLY_APPROVAL,
            DueClock.REPORT_BACK);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    /** All running clocks, every county. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<ClockReading> running() {
        Map<Long, Long> parents = parents();
        List<ClockReading> out = new ArrayList<>();
        for (DueClock clock : DueClock.values()) {
            out.addAll(read(clock, "", Map.of(), parents));
        }
        return out;
    }

    /**
     * The running clocks of the steps that wait for the caller: a unit clerk's the main unit's
     * handling, objection and report back; a unit leader's also the reply's approval; a case
     * officer's the bureau's steps in their county (acceptance, routing, review decisions); a
     * registrar's the acceptance of the matters they registered; a county leader's every clock of
     * the county that is overdue by {@code overdueBefore}.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<ClockReading> waitingForMe(LocalDate overdueBefore) {
        AppUser me = currentUser.get();
        Map<Long, Long> parents = parents();
        long county = top(me.getUnit().getId(), parents);
        List<ClockReading> out = new ArrayList<>();
        if (me.hasRole(Role.UNIT_CLERK) || me.hasRole(Role.UNIT_LEADER)) {
            for (DueClock clock : UNIT_STEPS) {
                if (clock == DueClock.REPLY_APPROVAL && !me.hasRole(Role.UNIT_LEADER)) {
                    continue;
                }
                out.addAll(read(clock, " AND mu.id = :unit", Map.of("unit", me.getUnit().getId()), parents));
            }
        }
        if (me.hasRole(Role.OFFICER)) {
            for (DueClock clock : EnumSet.complementOf(EnumSet.copyOf(UNIT_STEPS))) {
                out.addAll(read(clock, "", Map.of(), parents).stream().filter(r -> r.countyId() == county).toList());
            }
        } else if (me.hasRole(Role.REGISTRAR)) {
            out.addAll(read(DueClock.ACCEPTANCE, " AND m.registeredBy = :me", Map.of("me", me.getUsername()), parents));
        }
        if (me.hasRole(Role.COUNTY_LEADER)) {
            for (DueClock clock : DueClock.values()) {
                String due = dueExpression(clock);
                out.addAll(read(clock, " AND " + due + " < :before", Map.of("before", overdueBefore), parents).stream()
                        .filter(r -> r.countyId() == county).toList());
            }
        }
        // one row per matter and clock, whichever role found it
        Map<String, ClockReading> unique = new LinkedHashMap<>();
        out.forEach(r -> unique.putIfAbsent(r.matterId() + ":" + r.clock(), r));
        return List.copyOf(unique.values());
    }

    private List<ClockReading> read(DueClock clock, String where, Map<String, Object> params, Map<Long, Long> parents) {
        boolean unitStep = UNIT_STEPS.contains(clock);
        String due = dueExpression(clock);
        StringBuilder q = new StringBuilder("SELECT m.id, m.number, ").append(due)
                .append(", mu.id, ru.id, m.registeredBy, m.intake.kind, au.id, m.intake.accusedIdentified FROM Matter m")
                .append(" JOIN m.registeringUnit ru LEFT JOIN m.routing.mainUnit mu LEFT JOIN m.intake.accusedUnit au");
        if (clock.due() == DueClock.Due.APPEAL) {
            q.append(", Appeal a WHERE a.matter = m AND a.stage = :stage AND a.outcome IS NULL AND");
        } else {
            q.append(" WHERE");
        }
        q.append(" m.state IN :states AND ").append(due).append(" IS NOT NULL");
        if (clock.window()) {
            // a right's window, not a duty: it runs while open and ends unused, never overdue
            q.append(" AND ").append(due).append(" >= :windowOpen");
        }
        if (clock.routingMode() != null) {
            q.append(" AND m.routing.mode = :mode");
        }
        q.append(where);
        TypedQuery<Object[]> query = em.createQuery(q.toString(), Object[].class)
                .setParameter("states", List.copyOf(clock.runsIn()));
        if (clock.due() == DueClock.Due.APPEAL) {
            query.setParameter("stage", clock.appealStage());
        }
        if (clock.routingMode() != null) {
            query.setParameter("mode", clock.routingMode());
        }
        if (clock.window()) {
            query.setParameter("windowOpen", LocalDate.now(this.clock));
        }
        params.forEach(query::setParameter);
        List<ClockReading> out = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            Long mainUnit = (Long) r[3];
            long registering = (Long) r[4];
            boolean accusation = r[6] == MatterKind.ACCUSATION;
            out.add(new ClockReading((Long) r[0], (String) r[1], clock, (LocalDate) r[2],
                    unitStep ? mainUnit : null, top(registering, parents), registering, (String) r[5],
                    accusation ? (Long) r[7] : null, accusation && !Boolean.TRUE.equals(r[8])));
        }
        return out;
    }

    private static String dueExpression(DueClock clock) {
        return switch (clock.due()) {
            case ACCEPTANCE -> "m.acceptance.due";
            case OBJECTION -> "m.routing.objectionDue";
            case HANDLING -> "m.handling.due";
            case APPEAL -> "a.dueOn";
        };
    }

    private Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT u.id, p.id FROM Unit u LEFT JOIN u.parent p", Object[].class).getResultList()) {
            parents.put((Long) row[0], (Long) row[1]);
        }
        return parents;
    }

    private static long top(long unit, Map<Long, Long> parents) {
        long u = unit;
        for (Long p = parents.get(u); p != null; p = parents.get(u)) {
            u = p;
        }
        return u;
    }
}
