package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Each statistics figure as one JPQL condition on a matter aliased {@code m}: the same condition
 * counts the figure and filters the matter list behind it, so the two never differ. States are
 * read as they stood at the end of the cut-off day {@code asOf} (China time) from the dates (the
 * acceptance decision from its instant on the matter row, the same as its timeline event's), never
 * from the matter's state today, so that a report never changes afterwards.
 * Parameters go into the map under names starting with {@code fg}.
 */
@Dependent
public class FigureConditions {

    /** 集体访: five or more people on the same visit (2022 regulation). */
    public static final int COLLECTIVE_SIZE = 5;

    /** The events that decide acceptance; a matter's first of them is its outcome. */
    public static final List<MatterEvent.Type> DECISIONS = List.of(MatterEvent.Type.ACCEPT, MatterEvent.Type.REFUSE,
            MatterEvent.Type.REFER_STATUTORY, MatterEvent.Type.FORWARD_ACCUSATION);

    /** The figures that sum the people of their matters (人次) instead of counting them. */
    public static final Set<String> PERSONS = Set.of("receivedPersons", "visitPersons", "collectivePersons",
            "crossLevelBeijingPersons", "crossLevelProvincePersons", "crossLevelCityPersons");

    private static final String RECEIVED = "m.intake.receivedOn >= :fgFrom AND m.intake.receivedOn <= :fgTo";

    private static final Map<String, Function<Ctx, String>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("received", c -> RECEIVED);
        FIGURES.put("receivedPersons", c -> RECEIVED);
        FIGURES.put("letters", c -> group(c, ChannelGroup.LETTER));
        FIGURES.put("visitBatches", c -> group(c, ChannelGroup.VISIT));
        FIGURES.put("visitPersons", c -> group(c, ChannelGroup.VISIT));
        FIGURES.put("calls", c -> group(c, ChannelGroup.CALL));
        FIGURES.put("online", c -> group(c, ChannelGroup.ONLINE));
        FIGURES.put("collectiveBatches", c -> group(c, ChannelGroup.VISIT) + " AND m.intake.peopleCount >= " + COLLECTIVE_SIZE);
        FIGURES.put("collectivePersons", c -> group(c, ChannelGroup.VISIT) + " AND m.intake.peopleCount >= " + COLLECTIVE_SIZE);
        FIGURES.put("individualVisits", c -> group(c, ChannelGroup.VISIT) + " AND m.intake.peopleCount < " + COLLECTIVE_SIZE);
        for (CrossLevel level : List.of(CrossLevel.BEIJING, CrossLevel.PROVINCE, CrossLevel.CITY)) {
            String name = "crossLevel" + level.name().charAt(0) + level.name().substring(1).toLowerCase();
            Function<Ctx, String> f = c -> group(c, ChannelGroup.VISIT) + " AND m.intake.crossLevel = :" + c.param("cross" + level, level);
            FIGURES.put(name + "Batches", f);
            FIGURES.put(name + "Persons", f);
        }
        FIGURES.put("accepted", c -> RECEIVED + " AND " + decided(c, MatterEvent.Type.ACCEPT));
        FIGURES.put("refused", c -> RECEIVED + " AND " + decided(c, MatterEvent.Type.REFUSE));
        FIGURES.put("statutory", c -> RECEIVED + " AND " + decided(c, MatterEvent.Type.REFER_STATUTORY));
        FIGURES.put("forwarded", c -> RECEIVED + " AND " + decided(c, MatterEvent.Type.FORWARD_ACCUSATION));
        FIGURES.put("undecided", c -> RECEIVED + " AND " + undecided(c));
        FIGURES.put("repeats", c -> accepted(c) + " AND m.origin IS NOT NULL");
        FIGURES.put("distinct", c -> accepted(c) + " AND m.origin IS NULL");
        FIGURES.put("backlog", c -> accepted(c) + " AND m.origin IS NULL AND m.closure.backlogSince <= :fgAsOf"
                + " AND (m.closure.backlogEndedOn IS NULL OR m.closure.backlogEndedOn > :fgAsOf)"
                + " AND (m.closure.resolvedOn IS NULL OR m.closure.resolvedOn > :fgAsOf)");
        // 化解 (resolution) at the cut-off: the first and repeat matters, the backlog (see resolved)
        FIGURES.put("firstResolved", c -> accepted(c) + " AND m.origin IS NULL AND " + resolved());
        FIGURES.put("repeatResolved", c -> accepted(c) + " AND m.origin IS NOT NULL AND " + resolved());
        FIGURES.put("backlogScreened", c -> accepted(c) + " AND m.origin IS NULL AND m.closure.backlogSince <= :fgAsOf");
        FIGURES.put("backlogResolved", c -> accepted(c) + " AND m.origin IS NULL AND m.closure.backlogSince <= :fgAsOf"
                + " AND (m.closure.backlogEndedOn <= :fgAsOf OR m.closure.resolvedOn <= :fgAsOf)");
        FIGURES.put("overdueAcceptance", c -> RECEIVED + " AND m.acceptance.due < :fgAsOf AND " + undecided(c));
        FIGURES.put("overdueHandling", c -> accepted(c) + " AND m.handling.due < :fgAsOf"
                + " AND (m.reply.repliedOn IS NULL OR m.reply.repliedOn > :fgAsOf)");
        FIGURES.put("replied", c -> accepted(c) + " AND m.reply.repliedOn <= :fgAsOf");
        FIGURES.put("repliedOnTime", c -> accepted(c) + " AND m.reply.repliedOn <= :fgAsOf AND m.reply.repliedOn <= m.handling.due");
        FIGURES.put("repliedLate", c -> accepted(c) + " AND m.reply.repliedOn <= :fgAsOf AND m.reply.repliedOn > m.handling.due");
        FIGURES.put("satisfied", c -> rated(c, Rating.SATISFIED));
        FIGURES.put("basicallySatisfied", c -> rated(c, Rating.BASICALLY_SATISFIED));
        FIGURES.put("dissatisfied", c -> rated(c, Rating.DISSATISFIED));
        FIGURES.put("unratedOverdue", c -> RECEIVED + " AND m.reply.repliedOn <= :" + c.param("lapsed", c.lastLapsedReply.get())
                + " AND (m.evaluation.rating IS NULL OR m.evaluation.ratedOn > :fgAsOf)");
        for (AppealStage stage : AppealStage.values()) {
            String p = stage == AppealStage.REVIEW ? "review" : "reReview";
            FIGURES.put(p + "Requests", c -> "(" + appealed(c, stage) + " OR " + refusedAppeal(c, stage) + ")");
            FIGURES.put(p + "Refused", c -> refusedAppeal(c, stage) + " AND NOT " + appealed(c, stage));
            FIGURES.put(p + "Accepted", c -> appealed(c, stage));
            FIGURES.put(p + "Decided", c -> appealDecided(c, stage));
            FIGURES.put(p + "InProgress", c -> appealed(c, stage) + " AND NOT " + appealDecided(c, stage));
        }
    }

    static {
        // 复查复核 overturning the matter's reply, by decision day: revoked or changed / revoked and sent back (either stage)
        FIGURES.put("reviewsRevised", c -> overturned(c, AppealOutcome.REVISED));
        FIGURES.put("reviewsRedo", c -> overturned(c, AppealOutcome.REDO));
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AppealWindows windows;

    /** Every key this class knows, in catalogue order. */
    public static List<String> keys() {
        return List.copyOf(FIGURES.keySet());
    }

    public static boolean knows(String key) {
        return FIGURES.containsKey(key);
    }

    /**
     * The condition of {@code f} (its slice included); an unknown key or slice is an error on
     * field "figure". Only the parameters the condition names are added, so several conditions of
     * the same period can stand in one query (their shared names carry the same values).
     */
    public String condition(FigureCriteria f, Map<String, Object> params) {
        Function<Ctx, String> figure = f.key() == null ? null : FIGURES.get(f.key());
        if (figure == null || f.from() == null || f.to() == null || f.asOf() == null) {
            throw BusinessException.onField("figure", "error.statistics.figure");
        }
        Map<String, Object> own = new java.util.HashMap<>();
        own.put("fgFrom", f.from());
        own.put("fgTo", f.to());
        own.put("fgAsOf", f.asOf());
        own.put("fgCut", f.asOf().plusDays(1).atStartOfDay(cn.xinfang.petition.shared.control.Clocks.ZONE).toInstant());
        // the holiday calendar is read only by the one figure that needs it
        Ctx c = new Ctx(own, () -> windows.periods().lastReplyWithLapsedEvaluation(f.asOf()));
        String slice = slice(f.slice(), own);
        String condition = "(" + figure.apply(c) + slice + ")";
        // JPA refuses a parameter the query does not name: keep only the ones this figure uses
        own.keySet().removeIf(name -> !java.util.regex.Pattern.compile(":" + name + "\\b").matcher(condition).find());
        params.putAll(own);
        return condition;
    }

    /** Whether the figure counts matters by their receipt date (all but the review figures). */
    public static boolean byReceipt(String key) {
        return !key.startsWith("review") && !key.startsWith("reReview");
    }

    /** The receipt-date range alone: what every {@link #byReceipt} figure of the period lies within. */
    public static String receivedIn(FigureCriteria f, Map<String, Object> params) {
        params.put("fgFrom", f.from());
        params.put("fgTo", f.to());
        return "(" + RECEIVED + ")";
    }

    private String slice(String slice, Map<String, Object> params) {
        if (slice == null || slice.isBlank()) {
            return "";
        }
        StringBuilder and = new StringBuilder();
        String[] parts = slice.split(",");
        for (int i = 0; i < parts.length; i++) {
            and.append(part(parts[i].strip(), "fgSlice" + i, params));
        }
        return and.toString();
    }

    /** One part of a slice ({@code kind:value}) as " AND …" under parameter {@code p}. */
    private String part(String slice, String p, Map<String, Object> params) {
        int colon = slice.indexOf(':');
        String kind = colon < 0 ? slice : slice.substring(0, colon);
        String value = colon < 0 ? "" : slice.substring(colon + 1);
        switch (kind) {
            case "channel" -> {
                params.put(p, value);
                return " AND m.intake.channel.code = :" + p;
            }
            case "group" -> {
                try {
                    params.put(p, ChannelGroup.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw BusinessException.onField("figure", "error.statistics.figure");
                }
                return " AND m.intake.channel.group = :" + p;
            }
            case "category" -> {
                params.put(p, value);
                return " AND m.intake.category.code IN (SELECT sc.code FROM IssueCategory sc LEFT JOIN sc.parent sp"
                        + " WHERE sc.code = :" + p + " OR sp.code = :" + p + ")";
            }
            case "subcategory" -> {
                params.put(p, value);
                return " AND m.intake.category.code = :" + p;
            }
            case "handledBy" -> {
                params.put(p, unit(value).getId());
                return " AND m.routing.mainUnit.id = :" + p;
            }
            case "place" -> {
                // the township itself and the villages below it (the rows of the township table)
                params.put(p, unit(value).getId());
                return " AND m.intake.problemPlace.id IN (SELECT su.id FROM Unit su LEFT JOIN su.parent sup"
                        + " WHERE su.id = :" + p + " OR sup.id = :" + p + ")";
            }
            default -> throw BusinessException.onField("figure", "error.statistics.figure");
        }
    }

    private Unit unit(String id) {
        Unit unit;
        try {
            unit = em.find(Unit.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            unit = null;
        }
        if (unit == null) {
            throw BusinessException.onField("unit", "error.statistics.unit");
        }
        return unit;
    }

    /** The parameters of one condition, with named constants. */
    private record Ctx(Map<String, Object> params, java.util.function.Supplier<LocalDate> lastLapsedReply) {
        String param(String name, Object value) {
            String n = "fg" + name;
            params.put(n, value);
            return n;
        }
    }

    private static String group(Ctx c, ChannelGroup g) {
        return RECEIVED + " AND m.intake.channel.group = :" + c.param("group" + g, g);
    }

    /**
     * The matter's acceptance decision was of this type, taken before the end of the cut-off day:
     * read from the row (Acceptance.decision/decidedAt, written with the decision's event; a
     * matter is decided once, so it is the timeline's first of {@link #DECISIONS}).
     */
    private static String decided(Ctx c, MatterEvent.Type type) {
        return "m.acceptance.decision = :" + c.param("type" + type, type) + " AND m.acceptance.decidedAt < :fgCut";
    }

    private static String accepted(Ctx c) {
        return RECEIVED + " AND " + decided(c, MatterEvent.Type.ACCEPT);
    }

    private static String undecided(Ctx c) {
        return "(m.acceptance.decidedAt IS NULL OR m.acceptance.decidedAt >= :fgCut)";
    }

    /**
     * 化解 at the end of the cut-off day: 息诉息访 recorded by then, or answered by then (the reply
     * issued) and, by then, neither a review (复查) request accepted on it nor the petitioner back
     * on the same matter (a repeat registered after it: of a first matter, any repeat of it; of a
     * repeat, a later repeat of the same first matter).
     */
    private static String resolved() {
        return "(m.closure.resolvedOn <= :fgAsOf OR (m.reply.repliedOn <= :fgAsOf"
                + " AND NOT EXISTS (SELECT 1 FROM Appeal ra WHERE ra.matter = m AND ra.requestedOn <= :fgAsOf)"
                + " AND NOT EXISTS (SELECT 1 FROM Matter rn WHERE (rn.origin = m OR (rn.origin = m.origin AND rn.id > m.id))"
                + " AND rn.intake.receivedOn <= :fgAsOf)))";
    }

    private static String rated(Ctx c, Rating r) {
        return RECEIVED + " AND m.evaluation.rating = :" + c.param("rating" + r, r) + " AND m.evaluation.ratedOn <= :fgAsOf";
    }

    /** A review (re-review) was accepted on a request of the period. */
    private static String appealed(Ctx c, AppealStage s) {
        return "EXISTS (SELECT 1 FROM Appeal a WHERE a.matter = m AND a.stage = :" + c.param("stage" + s, s)
                + " AND a.requestedOn >= :fgFrom AND a.requestedOn <= :fgTo)";
    }

    private static String refusedAppeal(Ctx c, AppealStage s) {
        return "EXISTS (SELECT 1 FROM AppealRefusal r WHERE r.matter = m AND r.stage = :" + c.param("stage" + s, s)
                + " AND r.requestedOn >= :fgFrom AND r.requestedOn <= :fgTo AND r.refusedOn <= :fgAsOf)";
    }

    /** A review or re-review of the matter decided within the period, by the cut-off, with this outcome. */
    private static String overturned(Ctx c, AppealOutcome o) {
        return "EXISTS (SELECT 1 FROM Appeal ov WHERE ov.matter = m AND ov.outcome = :" + c.param("outcome" + o, o)
                + " AND ov.decidedOn >= :fgFrom AND ov.decidedOn <= :fgTo AND ov.decidedOn <= :fgAsOf)";
    }

    private static String appealDecided(Ctx c, AppealStage s) {
        return "EXISTS (SELECT 1 FROM Appeal d WHERE d.matter = m AND d.stage = :" + c.param("stage" + s, s)
                + " AND d.requestedOn >= :fgFrom AND d.requestedOn <= :fgTo AND d.outcome IS NOT NULL"
                + " AND d.decidedOn <= :fgAsOf)";
    }
}
