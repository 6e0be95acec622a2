package cn.xinfang.petition.appraisal.control;

import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Indicator;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.Measure;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores every unit of a run from the measures read for it and the appraiser's entries, then
 * ranks them: ranked units by total, highest first, equal totals sharing a rank (1, 1, 3);
 * a unit below the minimum sample of a NOT_RANKED item is listed after the ranked ones without a
 * rank. A veto voids the unit's score (total 0; the score before the veto is kept).
 */
public final class RunCalculator {

    /** The unit as scored (its code orders equal totals on the page). */
    public record UnitRef(long id, String code, String name) implements Serializable {
    }

    /** What the appraiser entered for one unit and item: an inspection score, or events with their evidence. */
    public record Entry(BigDecimal score, Long events, String evidence) implements Serializable {
    }

    public record Line(ItemForm item, BigDecimal max, BigDecimal score, Measure measure, ScoreRules.Result result) implements Serializable {
    }

    public record UnitScore(UnitRef unit, BigDecimal total, BigDecimal beforeVeto, boolean vetoed, boolean ranked, Integer rank,
                            long sample, List<Line> lines) implements Serializable {
    }

    private RunCalculator() {
    }

    /**
     * @param measures per unit id, per indicator key (a key missing reads as nothing: 0 events, empty rate)
     * @param entries  per unit id, per item code
     */
    public static List<UnitScore> compute(List<ItemForm> items, List<UnitRef> units, Map<Long, Map<String, Measure>> measures,
                                          Map<Long, Map<String, Entry>> entries) {
        Map<String, BigDecimal> pooled = pooled(items, units, measures);
        List<UnitScore> scores = new ArrayList<>();
        for (UnitRef u : units) {
            Map<String, Measure> mine = measures.getOrDefault(u.id(), Map.of());
            Map<String, Entry> entered = entries.getOrDefault(u.id(), Map.of());
            List<Line> lines = new ArrayList<>();
            BigDecimal total = ScoreRules.zero();
            boolean vetoed = false;
            boolean unranked = false;
            long sample = 0;
            for (ItemForm item : items) {
                Measure m = measure(item, mine, entered.get(item.code()));
                Entry e = entered.get(item.code());
                ScoreRules.Result r = ScoreRules.score(item, m, pooled.get(item.code()), e == null ? null : e.score());
                lines.add(new Line(item, ScoreRules.maxPoints(item), r.score(), m, r));
                total = total.add(r.score());
                vetoed |= r.vetoes();
                unranked |= r.excludesFromRanking();
                if (m.isRate()) {
                    sample = Math.max(sample, m.denominator().longValue());
                }
            }
            scores.add(new UnitScore(u, vetoed ? ScoreRules.zero() : total, total, vetoed, !unranked, null, sample, lines));
        }
        return rank(scores);
    }

    /** The measure an item scores: the indicator's (weighted for 基本满意), the entered events, or the sum of a status's counts. */
    static Measure measure(ItemForm item, Map<String, Measure> mine, Entry entry) {
        if (item.kind() == ItemKind.INSPECTION) {
            return entry == null ? Measure.NONE : Measure.count(0, List.of(new Evidence("entry", item.code(), 1)));
        }
        List<String> keys = item.indicators();
        if (keys.size() == 1 && Indicator.MANUAL.key().equals(keys.get(0))) {
            long events = entry == null || entry.events() == null ? 0 : entry.events();
            return Measure.count(events, events == 0 ? List.of() : List.of(new Evidence("entry", item.code(), events)));
        }
        if (item.kind() == ItemKind.STATUS) {
            long events = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (String k : keys) {
                Measure m = mine.getOrDefault(k, Measure.NONE);
                events += m.events();
                evidence.addAll(m.evidence());
            }
            return Measure.count(events, evidence);
        }
        Measure m = mine.getOrDefault(keys.get(0), Measure.NONE);
        if (item.basicWeight() != null && m.isRate()) {
            long basic = m.evidence().stream().filter(ev -> ev.key().equals("basicallySatisfied")).mapToLong(Evidence::count).sum();
            BigDecimal less = BigDecimal.ONE.subtract(item.basicWeight()).multiply(BigDecimal.valueOf(basic));
            return new Measure(m.numerator().subtract(less), m.denominator(), m.events(), m.evidence());
        }
        if (m.isRate() || !item.scoring().rateBased()) {
            return m;
        }
        return Measure.NONE;
    }

    /** Per rate item: all units' numerators over all their denominators (null when nothing is counted). */
    static Map<String, BigDecimal> pooled(List<ItemForm> items, List<UnitRef> units, Map<Long, Map<String, Measure>> measures) {
        Map<String, BigDecimal> pooled = new HashMap<>();
        for (ItemForm item : items) {
            if (!item.scoring().rateBased()) {
                continue;
            }
            BigDecimal num = BigDecimal.ZERO, den = BigDecimal.ZERO;
            for (UnitRef u : units) {
                Measure m = measure(item, measures.getOrDefault(u.id(), Map.of()), null);
                if (m.isRate()) {
                    num = num.add(m.numerator());
                    den = den.add(m.denominator());
                }
            }
            if (den.signum() > 0) {
                pooled.put(item.code(), num.divide(den, ScoreRules.MC));
            }
        }
        return pooled;
    }

    /** Ranks with ties (competition ranking); unranked units after, by total. */
    static List<UnitScore> rank(List<UnitScore> scores) {
        Comparator<UnitScore> byTotal = Comparator.comparing(UnitScore::total).reversed().thenComparing(s -> s.unit().code());
        List<UnitScore> ranked = scores.stream().filter(UnitScore::ranked).sorted(byTotal).toList();
        List<UnitScore> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            UnitScore s = ranked.get(i);
            int rank = i + 1;
            if (i > 0 && ranked.get(i - 1).total().compareTo(s.total()) == 0) {
                rank = out.get(i - 1).rank();
            }
            out.add(new UnitScore(s.unit(), s.total(), s.beforeVeto(), s.vetoed(), true, rank, s.sample(), s.lines()));
        }
        out.addAll(scores.stream().filter(s -> !s.ranked()).sorted(byTotal).toList());
        return out;
    }
}
