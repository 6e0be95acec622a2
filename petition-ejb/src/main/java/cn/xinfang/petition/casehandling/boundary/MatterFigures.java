package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterCounts;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counting queries over the matters that the statistics read, scoped to the caller like the
 * matter search ({@link MatterAccess#unitCondition}, {@link MatterAccess#confidentialityCondition}):
 * the bureau, county leaders and the appraisal office count every unit; unit staff their unit and
 * the units below it; nobody counts an accusation they could not open.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class MatterFigures {

    /** The events that decide acceptance; a matter's first of them is its outcome. */
    private static final List<MatterEvent.Type> DECISIONS = List.of(MatterEvent.Type.ACCEPT, MatterEvent.Type.REFUSE,
            MatterEvent.Type.REFER_STATUTORY, MatterEvent.Type.FORWARD_ACCUSATION);

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    /**
     * The counts for matters received from {@code from} to {@code to} (both inclusive), decisions
     * taken before {@code decidedBefore}, optionally limited to {@code unitId} and the units below
     * it (a unit the caller may not see is refused; an unknown one is an error on field "unit").
     */
    public MatterCounts count(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Instant decidedBefore, Long unitId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(from, to, unitId, params);

        TypedQuery<Object[]> volume = em.createQuery("SELECT c.group, c.code, m.intake.crossLevel, m.intake.peopleCount,"
                + " COUNT(m), SUM(m.intake.peopleCount) FROM Matter m JOIN m.intake.channel c" + where
                + " GROUP BY c.group, c.code, m.intake.crossLevel, m.intake.peopleCount", Object[].class);
        params.forEach(volume::setParameter);
        List<MatterCounts.Volume> volumes = volume.getResultStream()
                .map(r -> new MatterCounts.Volume((ChannelGroup) r[0], (String) r[1], (CrossLevel) r[2], (Integer) r[3],
                        ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
                .toList();

        // the first decision event of each matter, if it was taken before the cut-off
        String firstDecision = " AND e.type IN :decisions AND e.at < :cutoff AND NOT EXISTS (SELECT 1 FROM MatterEvent f"
                + " WHERE f.matter = m AND f.type IN :decisions AND (f.at < e.at OR (f.at = e.at AND f.id < e.id)))";
        Map<String, Object> decided = new HashMap<>(params);
        decided.put("decisions", DECISIONS);
        decided.put("cutoff", decidedBefore);
        TypedQuery<Object[]> outcome = em.createQuery("SELECT e.type, COUNT(e) FROM MatterEvent e JOIN e.matter m"
                + where + firstDecision + " GROUP BY e.type", Object[].class);
        decided.forEach(outcome::setParameter);
        Map<MatterEvent.Type, Long> outcomes = new HashMap<>();
        outcome.getResultStream().forEach(r -> outcomes.put((MatterEvent.Type) r[0], ((Number) r[1]).longValue()));

        TypedQuery<Long> repeat = em.createQuery("SELECT COUNT(e) FROM MatterEvent e JOIN e.matter m" + where
                + firstDecision + " AND e.type = :accept AND m.origin IS NOT NULL", Long.class);
        decided.forEach(repeat::setParameter);
        repeat.setParameter("accept", MatterEvent.Type.ACCEPT);
        long repeats = repeat.getSingleResult();

        TypedQuery<Object[]> category = em.createQuery("SELECT c.code, c.name, p.code, p.name, COUNT(m) FROM Matter m"
                + " JOIN m.intake.category c LEFT JOIN c.parent p" + where + " GROUP BY c.code, c.name, p.code, p.name",
                Object[].class);
        params.forEach(category::setParameter);
        Map<String, MatterCounts.CategoryCount> tops = new LinkedHashMap<>();
        category.getResultStream().forEach(r -> {
            String code = r[2] != null ? (String) r[2] : (String) r[0];
            String name = r[2] != null ? (String) r[3] : (String) r[1];
            long n = ((Number) r[4]).longValue();
            tops.merge(code, new MatterCounts.CategoryCount(code, name, n),
                    (a, b) -> new MatterCounts.CategoryCount(a.topCode(), a.topName(), a.matters() + b.matters()));
        });

        return new MatterCounts(volumes, outcomes.getOrDefault(MatterEvent.Type.ACCEPT, 0L),
                outcomes.getOrDefault(MatterEvent.Type.REFUSE, 0L), outcomes.getOrDefault(MatterEvent.Type.REFER_STATUTORY, 0L),
                outcomes.getOrDefault(MatterEvent.Type.FORWARD_ACCUSATION, 0L), repeats, List.copyOf(tops.values()));
    }

    private String where(LocalDate from, LocalDate to, Long unitId, Map<String, Object> params) {
        AppUser me = access.caller();
        boolean countyWide = access.seesAll(me) || me.hasRole(Role.APPRAISER);
        List<String> and = new ArrayList<>();
        and.add("m.intake.receivedOn >= :from AND m.intake.receivedOn <= :to");
        params.put("from", from);
        params.put("to", to);
        if (!countyWide) {
            and.add(access.unitCondition(me.getUnit(), "mine", params));
        }
        if (unitId != null) {
            Unit unit = em.find(Unit.class, unitId);
            if (unit == null) {
                throw BusinessException.onField("unit", "error.statistics.unit");
            }
            if (!countyWide && !unit.isWithin(me.getUnit())) {
                throw new NotPermittedException();
            }
            and.add(access.unitCondition(unit, "unit", params));
        }
        String confidential = access.confidentialityCondition(me, params);
        if (!confidential.isEmpty()) {
            and.add(confidential.substring(" AND ".length()));
        }
        return " WHERE " + String.join(" AND ", and);
    }
}
