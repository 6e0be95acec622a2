package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.FigureConditions;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counting queries over the matters that the statistics read, scoped to the caller like the
 * matter search ({@link MatterAccess#unitCondition}, {@link MatterAccess#confidentialityCondition}):
 * the bureau and county leaders count every unit; unit staff their unit and the units below it;
 * nobody counts an accusation they could not open. Each figure is the condition of
 * {@link FigureConditions}, the same one the matter list applies for its drill-down
 * ({@link MatterFilter#figure()}), so a figure and its list always agree.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class MatterFigures {

    /** A figure's count: matters (件/批) and the sum of their people (人次). */
    public record Count(long matters, long persons) implements Serializable {
        /** The figure's value: persons for a 人次 figure, else matters. */
        public long value(String key) {
            return FigureConditions.PERSONS.contains(key) ? persons : matters;
        }
    }

    /** A row of a grouped table: its code (channel, category or unit id) and name. */
    public record Row(String code, String name, String parentCode) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    FigureConditions conditions;

    /** Every figure key the counting knows, in catalogue order. */
    public List<String> keys() {
        return FigureConditions.keys();
    }

    /**
     * The counts of the given figures, optionally limited to {@code unitId} and the units below it
     * (a unit the caller may not see is refused; an unknown one is an error on field "unit").
     */
    public Map<FigureCriteria, Count> count(@NotNull List<FigureCriteria> figures, Long unitId) {
        Map<FigureCriteria, Count> counts = new LinkedHashMap<>();
        for (List<FigureCriteria> batch : batches(figures)) {
            boolean byReceipt = FigureConditions.byReceipt(batch.get(0).key());
            List<String> prefilters = byReceipt ? List.of("") : List.of(" AND " + REQUESTED_APPEAL,
                    " AND NOT " + REQUESTED_APPEAL + " AND " + REQUESTED_REFUSAL);
            long[] sums = new long[2 * batch.size()];
            // the review figures: the matters with an appeal requested in the period, then those with only a
            // refused request (disjoint, so their counts add up), each found through its table's index
            for (String prefilter : prefilters) {
                Map<String, Object> params = new HashMap<>();
                String where = scope(unitId, params) + (byReceipt ? " AND " + FigureConditions.receivedIn(batch.get(0), params)
                        : prefilter);
                String select = select(batch, params);
                TypedQuery<Object[]> q = em.createQuery("SELECT " + select + " FROM Matter m WHERE " + where, Object[].class);
                params.forEach(q::setParameter);
                Object[] r = q.getSingleResult();
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += number(r[i]);
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                counts.put(batch.get(i), new Count(sums[2 * i], sums[2 * i + 1]));
            }
        }
        // in the order asked
        Map<FigureCriteria, Count> ordered = new LinkedHashMap<>();
        figures.forEach(f -> ordered.put(f, counts.get(f)));
        return ordered;
    }

    /** The review figures' matters: a review or re-review requested in the period (their conditions' own names). */
    private static final String REQUESTED_APPEAL = "m.id IN (SELECT fa.matter.id FROM Appeal fa"
            + " WHERE fa.requestedOn >= :fgFrom AND fa.requestedOn <= :fgTo)";
    private static final String REQUESTED_REFUSAL = "m.id IN (SELECT fr.matter.id FROM AppealRefusal fr"
            + " WHERE fr.requestedOn >= :fgFrom AND fr.requestedOn <= :fgTo)";

    /**
     * The counts of the given figures for each of {@code unitIds} (the unit and the units below
     * it), exactly as {@link #count(List, Long)} gives them unit by unit, in one grouped query per
     * batch of figures instead of one per unit (the appraisal's run over a hundred units): the
     * matters without co-handling units are counted per (registering unit, problem place, main unit)
     * and each group is added to every unit one of the three lies within; a matter with co-handling
     * units comes as one row per co-handling unit, and is added once to every unit one of its units
     * lies within. County-wide callers only (every other caller counts within their own unit anyway);
     * a unit that does not exist is an error on field "unit".
     */
    public Map<Long, Map<FigureCriteria, Count>> countByUnits(@NotNull List<FigureCriteria> figures, @NotNull List<Long> unitIds) {
        AppUser me = access.caller();
        if (!countyWide(me)) {
            throw new NotPermittedException();
        }
        // every unit id → the asked units it lies within (itself included)
        Map<Long, List<Long>> within = new HashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(unitIds)) {
            Unit unit = em.find(Unit.class, id);
            if (unit == null) {
                throw BusinessException.onField("unit", "error.statistics.unit");
            }
            for (Long below : access.unitAndBelow(unit)) {
                within.computeIfAbsent(below, k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, Map<FigureCriteria, long[]>> sums = new LinkedHashMap<>();
        for (Long id : unitIds) {
            sums.put(id, new LinkedHashMap<>());
        }
        List<Long> scope = List.copyOf(within.keySet());
        for (List<FigureCriteria> batch : batches(figures)) {
            Map<String, Object> params = new HashMap<>();
            List<String> and = new ArrayList<>();
            if (batch.size() > 1 || FigureConditions.byReceipt(batch.get(0).key())) {
                and.add(FigureConditions.receivedIn(batch.get(0), params));
            }
            String confidential = access.confidentialityCondition(me, params);
            if (!confidential.isEmpty()) {
                and.add(confidential.substring(" AND ".length()));
            }
            params.put("gScope", scope);
            and.add("(gru.id IN :gScope OR gpp.id IN :gScope OR gmu.id IN :gScope"
                    + " OR EXISTS (SELECT 1 FROM m.coUnits gs WHERE gs.id IN :gScope))");
            String joins = " FROM Matter m LEFT JOIN m.registeringUnit gru LEFT JOIN m.intake.problemPlace gpp"
                    + " LEFT JOIN m.routing.mainUnit gmu";
            String where = String.join(" AND ", and);
            String select = select(batch, params);
            // the matters without co-handling units, grouped by their three units
            TypedQuery<Object[]> grouped = em.createQuery("SELECT gru.id, gpp.id, gmu.id, " + select + joins + " WHERE " + where
                    + " AND NOT EXISTS (SELECT 1 FROM m.coUnits gn) GROUP BY gru.id, gpp.id, gmu.id", Object[].class);
            params.forEach(grouped::setParameter);
            for (Object[] r : grouped.getResultList()) {
                java.util.Set<Long> units = new java.util.HashSet<>();
                for (int k = 0; k < 3; k++) {
                    if (r[k] != null) {
                        units.addAll(within.getOrDefault(((Number) r[k]).longValue(), List.of()));
                    }
                }
                for (Long u : units) {
                    for (int i = 0; i < batch.size(); i++) {
                        long[] c = sums.get(u).computeIfAbsent(batch.get(i), k -> new long[2]);
                        c[0] += number(r[3 + 2 * i]);
                        c[1] += number(r[3 + 2 * i + 1]);
                    }
                }
            }
            // the co-handled matters, one row per co-handling unit, each matter added once per unit
            List<String> flags = new ArrayList<>();
            for (FigureCriteria f : batch) {
                String condition = conditions.condition(f, params);
                flags.add("CASE WHEN " + condition + " THEN 1 ELSE 0 END");
                flags.add(FigureConditions.PERSONS.contains(f.key()) ? "CASE WHEN " + condition + " THEN m.intake.peopleCount ELSE 0 END"
                        : "0");
            }
            TypedQuery<Object[]> shared = em.createQuery("SELECT m.id, gru.id, gpp.id, gmu.id, gc.id, " + String.join(", ", flags)
                    + joins + " JOIN m.coUnits gc WHERE " + where, Object[].class);
            params.forEach(shared::setParameter);
            Map<Long, java.util.Set<Long>> unitsOf = new LinkedHashMap<>();
            Map<Long, Object[]> rowOf = new HashMap<>();
            for (Object[] r : shared.getResultList()) {
                long matter = ((Number) r[0]).longValue();
                java.util.Set<Long> units = unitsOf.computeIfAbsent(matter, k -> new java.util.HashSet<>());
                for (int k = 1; k < 5; k++) {
                    if (r[k] != null) {
                        units.addAll(within.getOrDefault(((Number) r[k]).longValue(), List.of()));
                    }
                }
                rowOf.putIfAbsent(matter, r);
            }
            unitsOf.forEach((matter, units) -> {
                Object[] r = rowOf.get(matter);
                for (Long u : units) {
                    for (int i = 0; i < batch.size(); i++) {
                        long[] c = sums.get(u).computeIfAbsent(batch.get(i), k -> new long[2]);
                        c[0] += number(r[5 + 2 * i]);
                        c[1] += number(r[5 + 2 * i + 1]);
                    }
                }
            });
        }
        Map<Long, Map<FigureCriteria, Count>> out = new LinkedHashMap<>();
        for (Long id : unitIds) {
            Map<FigureCriteria, Count> counts = new LinkedHashMap<>();
            for (FigureCriteria f : figures) {
                long[] c = sums.get(id).get(f);
                counts.put(f, c == null ? new Count(0, 0) : new Count(c[0], c[1]));
            }
            out.put(id, counts);
        }
        return out;
    }

    /**
     * The figures counted by one query each: those counted by receipt date with the same period,
     * cut-off and slice together (one pass over the period's matters), and the review figures of
     * the same period, cut-off and slice together (counted from their requests).
     */
    private static List<List<FigureCriteria>> batches(List<FigureCriteria> figures) {
        Map<FigureCriteria, List<FigureCriteria>> byPeriod = new LinkedHashMap<>();
        Map<FigureCriteria, List<FigureCriteria>> byRequest = new LinkedHashMap<>();
        for (FigureCriteria f : new java.util.LinkedHashSet<>(figures)) {
            // a slice's parameters have the same names in every condition: one slice per query
            FigureCriteria period = new FigureCriteria("received", f.from(), f.to(), f.asOf(), f.slice());
            (FigureConditions.byReceipt(f.key()) ? byPeriod : byRequest).computeIfAbsent(period, k -> new ArrayList<>()).add(f);
        }
        List<List<FigureCriteria>> batches = new ArrayList<>(byPeriod.values());
        batches.addAll(byRequest.values());
        return batches;
    }

    /** One cell of {@link #cube}: the matters of one channel, second-level category and handling unit. */
    public record Cell(String channel, String category, Long mainUnit, long[] matters, long[] persons) implements Serializable {
    }

    /**
     * The counts of the given figures (all counted by receipt date, of one period and cut-off) in
     * one pass over the period's matters, per cell of channel × second-level category × handling
     * (main) unit (null: not routed): every total, the tables by channel and unit and the category
     * shares of the summary are sums of cells, the cells being disjoint (a few thousand for a year
     * of a county; the township of the problem's place would multiply them, its table is
     * {@link #countBy} "place").
     * {@code matters[i]} and {@code persons[i]} belong to {@code figures.get(i)}.
     */
    public List<Cell> cube(@NotNull List<FigureCriteria> figures, Long unitId) {
        if (figures.isEmpty() || figures.stream().anyMatch(f -> !FigureConditions.byReceipt(f.key())
                || !f.from().equals(figures.get(0).from()) || !f.to().equals(figures.get(0).to())
                || !f.asOf().equals(figures.get(0).asOf()))) {
            throw BusinessException.onField("figure", "error.statistics.figure");
        }
        Map<String, Object> params = new HashMap<>();
        String where = scope(unitId, params) + " AND " + FigureConditions.receivedIn(figures.get(0), params);
        String select = select(figures, params);
        String key = "m.intake.channel.code, m.intake.category.code, m.routing.mainUnit.id";
        TypedQuery<Object[]> q = em.createQuery("SELECT " + key + ", " + select + " FROM Matter m WHERE " + where
                + " GROUP BY " + key, Object[].class);
        params.forEach(q::setParameter);
        List<Cell> cells = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            long[] matters = new long[figures.size()];
            long[] persons = new long[figures.size()];
            for (int i = 0; i < figures.size(); i++) {
                matters[i] = number(r[3 + 2 * i]);
                persons[i] = number(r[4 + 2 * i]);
            }
            cells.add(new Cell((String) r[0], (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue(), matters, persons));
        }
        return cells;
    }

    /**
     * 信访总量 (the figure {@code received}: the receipt range alone) per month of receipt within
     * {@code from}–{@code to}, scoped as {@link #count}; months without matters are left out.
     */
    public Map<java.time.YearMonth, Long> receivedByMonth(@NotNull java.time.LocalDate from, @NotNull java.time.LocalDate to,
                                                         Long unitId) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(unitId, params) + " AND " + FigureConditions.receivedIn(new FigureCriteria("received", from, to,
                to, null), params);
        TypedQuery<Object[]> q = em.createQuery("SELECT YEAR(m.intake.receivedOn), MONTH(m.intake.receivedOn), COUNT(m)"
                + " FROM Matter m WHERE " + where + " GROUP BY YEAR(m.intake.receivedOn), MONTH(m.intake.receivedOn)", Object[].class);
        params.forEach(q::setParameter);
        Map<java.time.YearMonth, Long> months = new java.util.TreeMap<>();
        for (Object[] r : q.getResultList()) {
            months.put(java.time.YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()), number(r[2]));
        }
        return months;
    }

    /** The statistics group (来信, 来访, 来电, 网上) of every channel, by code. */
    public Map<String, cn.xinfang.petition.casehandling.entity.ChannelGroup> channelGroups() {
        Map<String, cn.xinfang.petition.casehandling.entity.ChannelGroup> groups = new LinkedHashMap<>();
        em.createQuery("SELECT c.code, c.group FROM Channel c", Object[].class).getResultList()
                .forEach(r -> groups.put((String) r[0], (cn.xinfang.petition.casehandling.entity.ChannelGroup) r[1]));
        return groups;
    }

    /** For each figure: how many matters meet its condition, and their people (for a 人次 figure). */
    private String select(List<FigureCriteria> batch, Map<String, Object> params) {
        List<String> columns = new ArrayList<>();
        for (FigureCriteria f : batch) {
            String condition = conditions.condition(f, params);
            columns.add("SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)");
            columns.add(FigureConditions.PERSONS.contains(f.key())
                    ? "SUM(CASE WHEN " + condition + " THEN m.intake.peopleCount ELSE 0 END)" : "0");
        }
        return String.join(", ", columns);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The dimensions of the tables: channel, category (first level), subcategory (second level), unit, township. */
    public static final List<String> DIMENSIONS = List.of("channel", "category", "subcategory", "handledBy", "place");

    /**
     * The counts of the given figures per row of a dimension: by channel code, by first-level
     * category code (a matter of a second-level category counts under its parent), by category
     * code, by handling (main) unit id, by the township of the problem's place. The slice
     * {@code <dimension>:<code>} on a figure filters the matter list to exactly one cell.
     * Rows without a value (not routed, no township) are left out.
     */
    public Map<FigureCriteria, Map<String, Count>> countBy(@NotNull List<FigureCriteria> figures, @NotNull String dimension,
                                                           Long unitId) {
        String join;
        String key;
        switch (dimension) {
            case "channel" -> {
                join = " JOIN m.intake.channel dch";
                key = "dch.code";
            }
            case "category" -> {
                join = " JOIN m.intake.category dc LEFT JOIN dc.parent dp";
                key = "COALESCE(dp.code, dc.code)";
            }
            case "subcategory" -> {
                join = " JOIN m.intake.category dc";
                key = "dc.code";
            }
            case "handledBy" -> {
                join = " JOIN m.routing.mainUnit du";
                key = "CAST(du.id AS String)";
            }
            case "place" -> {
                join = " JOIN m.intake.problemPlace dpl LEFT JOIN dpl.parent dpp";
                // grouped by place and its parent; the township is picked below (a bound CASE in GROUP BY
                // is not the same expression as in the select list for PostgreSQL)
                key = "dpl.id, dpl.kind, dpp.id, dpp.kind";
            }
            default -> throw BusinessException.onField("dimension", "error.statistics.figure");
        }
        Map<FigureCriteria, Map<String, Count>> counts = new LinkedHashMap<>();
        for (List<FigureCriteria> batch : batches(figures)) {
            Map<String, Object> params = new HashMap<>();
            String where = scope(unitId, params) + (FigureConditions.byReceipt(batch.get(0).key())
                    ? " AND " + FigureConditions.receivedIn(batch.get(0), params) : "");
            String select = select(batch, params);
            int keys = dimension.equals("place") ? 4 : 1;
            TypedQuery<Object[]> q = em.createQuery("SELECT " + key + ", " + select + " FROM Matter m" + join + " WHERE "
                    + where + " GROUP BY " + key, Object[].class);
            params.forEach(q::setParameter);
            List<Object[]> result = q.getResultList();
            for (int i = 0; i < batch.size(); i++) {
                Map<String, Count> row = new LinkedHashMap<>();
                for (Object[] r : result) {
                    long matters = number(r[keys + 2 * i]);
                    String code = keys == 1 ? (r[0] == null ? null : String.valueOf(r[0]))
                            : r[1] == UnitKind.TOWNSHIP ? String.valueOf(r[0]) : r[3] == UnitKind.TOWNSHIP ? String.valueOf(r[2]) : null;
                    if (code != null && matters > 0) {
                        row.merge(code, new Count(matters, number(r[keys + 1 + 2 * i])),
                                (a, b) -> new Count(a.matters() + b.matters(), a.persons() + b.persons()));
                    }
                }
                counts.put(batch.get(i), row);
            }
        }
        return counts;
    }

    /** The names of the rows of a dimension by their codes (channels, categories with their parent, units). */
    public Map<String, Row> rowNames(@NotNull String dimension) {
        Map<String, Row> rows = new LinkedHashMap<>();
        switch (dimension) {
            case "channel" -> em.createQuery("SELECT c.code, c.name FROM Channel c ORDER BY c.sortOrder, c.code", Object[].class)
                    .getResultList().forEach(r -> rows.put((String) r[0], new Row((String) r[0], (String) r[1], null)));
            case "category", "subcategory" -> em.createQuery("SELECT c.code, c.name, p.code FROM IssueCategory c"
                    + " LEFT JOIN c.parent p ORDER BY c.code", Object[].class).getResultList()
                    .forEach(r -> rows.put((String) r[0], new Row((String) r[0], (String) r[1], (String) r[2])));
            case "handledBy", "place" -> em.createQuery("SELECT u.id, u.name, u.code FROM Unit u ORDER BY u.code", Object[].class)
                    .getResultList().forEach(r -> rows.put(String.valueOf(r[0]), new Row(String.valueOf(r[0]), (String) r[1], null)));
            default -> throw BusinessException.onField("dimension", "error.statistics.figure");
        }
        return rows;
    }

    /** The bureau, county leaders and the appraisal office count (and drill down into) every unit. */
    public static boolean countyWide(MatterAccess access, AppUser me) {
        return access.seesAll(me) || me.hasRole(Role.APPRAISER);
    }

    private boolean countyWide(AppUser me) {
        return countyWide(access, me);
    }

    private String scope(Long unitId, Map<String, Object> params) {
        AppUser me = access.caller();
        boolean countyWide = countyWide(me);
        List<String> and = new ArrayList<>();
        and.add("1 = 1");
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
        return String.join(" AND ", and);
    }
}
