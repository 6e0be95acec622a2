package cn.xinfang.petition.appraisal.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a scheme as the appraiser writes it. Percentages (floor, full, threshold, steps) are
 * written as percent (85 for 85%). {@code indicator}: one key of {@link Indicator}; for a STATUS
 * item several, comma-separated. {@code steps}: {@code pct:points} pairs, comma-separated
 * ({@code 95:10,90:8,80:5}). {@link #check} refuses what cannot be scored, naming the field.
 */
public record ItemForm(String code, String title, ItemKind kind, String indicator, Scoring scoring, BigDecimal points,
                       BigDecimal floorPct, BigDecimal fullPct, BigDecimal thresholdPct, BigDecimal deduction,
                       BigDecimal perEvent, BigDecimal cap, String steps, Integer minSample, SamplePolicy samplePolicy,
                       BigDecimal basicWeight, EmptyPolicy whenEmpty) implements Serializable {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A short form: the common fields, the rest empty (defaults). */
    public static ItemForm of(String code, String title, ItemKind kind, String indicator, Scoring scoring, String points) {
        return new ItemForm(code, title, kind, indicator, scoring, new BigDecimal(points), null, null, null, null, null, null,
                null, null, null, null, EmptyPolicy.FULL);
    }

    public ItemForm withLinear(String floor, String full) {
        return new ItemForm(code, title, kind, indicator, scoring, points, new BigDecimal(floor), new BigDecimal(full), thresholdPct,
                deduction, perEvent, cap, steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public ItemForm withThreshold(String threshold, String deduct) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, new BigDecimal(threshold),
                new BigDecimal(deduct), perEvent, cap, steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public ItemForm withPerEvent(String each, String capped) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction,
                new BigDecimal(each), capped == null ? null : new BigDecimal(capped), steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public ItemForm withSteps(String table) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent,
                cap, table, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public ItemForm withSample(int min, SamplePolicy policy) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent,
                cap, steps, min, policy, basicWeight, whenEmpty);
    }

    public ItemForm withBasicWeight(String weight) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent,
                cap, steps, minSample, samplePolicy, new BigDecimal(weight), whenEmpty);
    }

    public ItemForm withEmpty(EmptyPolicy e) {
        return new ItemForm(code, title, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent,
                cap, steps, minSample, samplePolicy, basicWeight, e);
    }

    public ItemForm withTitle(String t) {
        return new ItemForm(code, t, kind, indicator, scoring, points, floorPct, fullPct, thresholdPct, deduction, perEvent,
                cap, steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    public ItemForm withPoints(String p) {
        return new ItemForm(code, title, kind, indicator, scoring, new BigDecimal(p), floorPct, fullPct, thresholdPct, deduction,
                perEvent, cap, steps, minSample, samplePolicy, basicWeight, whenEmpty);
    }

    /** The indicator keys this item reads (none for an inspection item). */
    public List<String> indicators() {
        List<String> keys = new ArrayList<>();
        if (indicator != null) {
            for (String k : indicator.split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.strip());
                }
            }
        }
        return keys;
    }

    /** Refuses an item that cannot be scored; the field named is the form's. */
    public void check() {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,20}")) {
            throw BusinessException.onField("code", "appraisal.error.code", code == null ? "" : code);
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw BusinessException.onField("title", "appraisal.error.title", code);
        }
        if (kind == null) {
            throw BusinessException.onField("kind", "appraisal.error.required", code);
        }
        if (scoring == null || !Scoring.allowedFor(kind).contains(scoring)) {
            throw BusinessException.onField("scoring", "appraisal.error.scoring", code);
        }
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw BusinessException.onField("points", "appraisal.error.points", code);
        }
        List<String> keys = indicators();
        if (kind != ItemKind.INSPECTION) {
            if (keys.isEmpty() || (kind != ItemKind.STATUS && keys.size() > 1)) {
                throw BusinessException.onField("indicator", "appraisal.error.indicator", code);
            }
            for (String k : keys) {
                Indicator i = Indicator.ofKey(k).orElseThrow(() -> BusinessException.onField("indicator", "appraisal.error.indicator", code));
                if (scoring.rateBased() != i.isRate()) {
                    throw BusinessException.onField("indicator", "appraisal.error.indicatorType", code);
                }
            }
        }
        switch (scoring) {
            case LINEAR -> {
                pct("floorPct", floorPct);
                pct("fullPct", fullPct);
                if (fullPct.compareTo(floorPct) <= 0) {
                    throw BusinessException.onField("fullPct", "appraisal.error.linear", code);
                }
            }
            case THRESHOLD_DEDUCTION -> {
                pct("thresholdPct", thresholdPct);
                if (deduction == null || deduction.signum() <= 0) {
                    throw BusinessException.onField("deduction", "appraisal.error.positive", code);
                }
            }
            case PER_EVENT -> {
                if (perEvent == null || perEvent.signum() <= 0) {
                    throw BusinessException.onField("perEvent", "appraisal.error.positive", code);
                }
                if (cap != null && cap.signum() <= 0) {
                    throw BusinessException.onField("cap", "appraisal.error.positive", code);
                }
            }
            case STEPS -> stepTable();
            default -> {
            }
        }
        if (minSample != null && (minSample < 1 || samplePolicy == null)) {
            throw BusinessException.onField("minSample", "appraisal.error.sample", code);
        }
        if (basicWeight != null && (basicWeight.signum() < 0 || basicWeight.compareTo(BigDecimal.ONE) > 0)) {
            throw BusinessException.onField("basicWeight", "appraisal.error.basicWeight", code);
        }
        if (whenEmpty == null) {
            throw BusinessException.onField("whenEmpty", "appraisal.error.required", code);
        }
    }

    private void pct(String field, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw BusinessException.onField(field, "appraisal.error.pct", code);
        }
    }

    /** The step table, highest threshold first; refuses a malformed one (field "steps"). */
    public List<BigDecimal[]> stepTable() {
        List<BigDecimal[]> table = new ArrayList<>();
        try {
            for (String pair : (steps == null ? "" : steps).split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] p = pair.split(":");
                BigDecimal pct = new BigDecimal(p[0].strip());
                BigDecimal pts = new BigDecimal(p[1].strip());
                if (p.length != 2 || pct.signum() < 0 || pct.compareTo(HUNDRED) > 0 || pts.signum() < 0 || pts.compareTo(points) > 0) {
                    throw new IllegalArgumentException();
                }
                table.add(new BigDecimal[]{pct, pts});
            }
        } catch (RuntimeException e) {
            throw BusinessException.onField("steps", "appraisal.error.steps", code);
        }
        if (table.isEmpty()) {
            throw BusinessException.onField("steps", "appraisal.error.steps", code);
        }
        table.sort((a, b) -> b[0].compareTo(a[0]));
        return table;
    }
}
