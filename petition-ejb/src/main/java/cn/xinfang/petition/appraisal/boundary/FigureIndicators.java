package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.casehandling.boundary.MatterFigures;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators built from the statistics figures (casehandling.boundary.MatterFigures), counted
 * over the unit's matters exactly as the matter list filtered by the unit and the figure shows
 * them (registered, arising or handled in the unit or below it), so every point links to its
 * matters; all the units of a step in one grouped query per batch of figures (countByUnits), not
 * one query per unit. No figure is defined here:
 * <ul>
 * <li>timelyAcceptance 及时受理率 = (received − overdueAcceptance) / received;</li>
 * <li>onTimeReply 按期答复率 = repliedOnTime / (repliedOnTime + repliedLate + overdueHandling);</li>
 * <li>satisfaction 群众满意率 = (satisfied + w × basicallySatisfied) / (satisfied + basicallySatisfied +
 * dissatisfied), w the item's weight for 基本满意 (1 unless the scheme says);</li>
 * <li>participation 参评率 = (satisfied + basicallySatisfied + dissatisfied) / replied;</li>
 * <li>repeatRate 重复信访率 = repeats / accepted;</li>
 * <li>firstResolution 初信初访化解率 = firstResolved / distinct; repeatResolution 重信重访化解率 =
 * repeatResolved / repeats; backlogResolution 积案化解率 = backlogResolved / backlogScreened (化解 as
 * casehandling.control.FigureConditions defines it, read at the cut-off);</li>
 * <li>counts: repeats, cross-level visits (batches, persons), collective visits, overdue acceptance,
 * overdue handling, backlog; reviewsOverturned (复查复核撤销或变更) and reviewsRedo (撤销并责令重新办理): the
 * unit's matters with a review or re-review decided within the period, by the cut-off, with that outcome.</li>
 * </ul>
 */
@Dependent
public class FigureIndicators implements IndicatorSource {

    static final Map<String, List<String>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("timelyAcceptance", List.of("received", "overdueAcceptance"));
        FIGURES.put("onTimeReply", List.of("repliedOnTime", "repliedLate", "overdueHandling"));
        FIGURES.put("satisfaction", List.of("satisfied", "basicallySatisfied", "dissatisfied"));
        FIGURES.put("participation", List.of("replied", "satisfied", "basicallySatisfied", "dissatisfied"));
        FIGURES.put("repeatRate", List.of("accepted", "repeats"));
        FIGURES.put("firstResolution", List.of("distinct", "firstResolved"));
        FIGURES.put("repeatResolution", List.of("repeats", "repeatResolved"));
        FIGURES.put("backlogResolution", List.of("backlogScreened", "backlogResolved"));
        FIGURES.put("repeats", List.of("repeats"));
        FIGURES.put("beijingBatches", List.of("crossLevelBeijingBatches"));
        FIGURES.put("beijingPersons", List.of("crossLevelBeijingPersons"));
        FIGURES.put("provinceBatches", List.of("crossLevelProvinceBatches"));
        FIGURES.put("provincePersons", List.of("crossLevelProvincePersons"));
        FIGURES.put("cityBatches", List.of("crossLevelCityBatches"));
        FIGURES.put("cityPersons", List.of("crossLevelCityPersons"));
        FIGURES.put("collectiveBatches", List.of("collectiveBatches"));
        FIGURES.put("overdueAcceptance", List.of("overdueAcceptance"));
        FIGURES.put("overdueHandling", List.of("overdueHandling"));
        FIGURES.put("backlog", List.of("backlog"));
        FIGURES.put("reviewsOverturned", List.of("reviewsRevised"));
        FIGURES.put("reviewsRedo", List.of("reviewsRedo"));
    }

    @Inject
    MatterFigures figures;

    @Override
    public Set<String> keys() {
        return FIGURES.keySet();
    }

    @Override
    public Map<Long, Map<String, Measure>> measure(Set<String> keys, List<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {
        Set<String> needed = new LinkedHashSet<>();
        keys.forEach(k -> needed.addAll(FIGURES.getOrDefault(k, List.of())));
        List<FigureCriteria> criteria = needed.stream().map(f -> new FigureCriteria(f, from, to, asOf, null)).toList();
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        if (criteria.isEmpty()) {
            return out;
        }
        // one grouped query per batch of figures for all the units (MatterFigures#countByUnits equals count(criteria, unit) unit by unit)
        Map<Long, Map<FigureCriteria, MatterFigures.Count>> byUnit = figures.countByUnits(criteria, unitIds);
        for (Long unit : unitIds) {
            Map<String, Long> c = new HashMap<>();
            byUnit.get(unit).forEach((f, count) -> c.put(f.key(), count.value(f.key())));
            Map<String, Measure> mine = new HashMap<>();
            for (String k : keys) {
                Measure m = of(k, c);
                if (m != null) {
                    mine.put(k, m);
                }
            }
            out.put(unit, mine);
        }
        return out;
    }

    static Measure of(String key, Map<String, Long> c) {
        return switch (key) {
            case "timelyAcceptance" -> Measure.rate(c.get("received") - c.get("overdueAcceptance"), c.get("received"),
                    ev(c, "overdueAcceptance", "received"));
            case "onTimeReply" -> Measure.rate(c.get("repliedOnTime"),
                    c.get("repliedOnTime") + c.get("repliedLate") + c.get("overdueHandling"),
                    ev(c, "repliedLate", "overdueHandling", "repliedOnTime"));
            case "satisfaction" -> Measure.rate(c.get("satisfied") + c.get("basicallySatisfied"),
                    c.get("satisfied") + c.get("basicallySatisfied") + c.get("dissatisfied"),
                    ev(c, "dissatisfied", "basicallySatisfied", "satisfied"));
            case "participation" -> Measure.rate(c.get("satisfied") + c.get("basicallySatisfied") + c.get("dissatisfied"),
                    c.get("replied"), ev(c, "replied", "satisfied", "basicallySatisfied", "dissatisfied"));
            case "repeatRate" -> Measure.rate(c.get("repeats"), c.get("accepted"), ev(c, "repeats", "accepted"));
            case "firstResolution" -> Measure.rate(c.get("firstResolved"), c.get("distinct"), ev(c, "distinct", "firstResolved"));
            case "repeatResolution" -> Measure.rate(c.get("repeatResolved"), c.get("repeats"), ev(c, "repeats", "repeatResolved"));
            case "backlogResolution" -> Measure.rate(c.get("backlogResolved"), c.get("backlogScreened"),
                    ev(c, "backlogScreened", "backlogResolved"));
            default -> {
                List<String> f = FIGURES.get(key);
                yield f == null ? null : Measure.count(c.get(f.get(0)), ev(c, f.get(0)));
            }
        };
    }

    /** The figures behind a measure, those that lose points first. */
    private static List<Evidence> ev(Map<String, Long> c, String... keys) {
        List<Evidence> e = new ArrayList<>();
        for (String k : keys) {
            e.add(new Evidence("figure", k, c.get(k)));
        }
        return e;
    }
}
