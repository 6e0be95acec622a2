package cn.xinfang.petition.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator read for one unit and period: a rate's numerator and denominator (the
 * denominator is the sample: how many matters the rate is over), or a count of events
 * (denominator null), with the records behind it.
 */
public record Measure(BigDecimal numerator, BigDecimal denominator, long events, List<Evidence> evidence) implements Serializable {

    public Measure {
        evidence = List.copyOf(evidence);
    }

    public static Measure rate(long numerator, long denominator, List<Evidence> evidence) {
        return new Measure(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), 0, evidence);
    }

    public static Measure rate(BigDecimal numerator, long denominator, List<Evidence> evidence) {
        return new Measure(numerator, BigDecimal.valueOf(denominator), 0, evidence);
    }

    public static Measure count(long events, List<Evidence> evidence) {
        return new Measure(null, null, events, evidence);
    }

    public boolean isRate() {
        return denominator != null;
    }

    public static final Measure NONE = new Measure(null, null, 0, List.of());
}
