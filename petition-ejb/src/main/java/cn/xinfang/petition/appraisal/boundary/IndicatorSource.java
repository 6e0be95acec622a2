package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.Measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the indicators of {@link cn.xinfang.petition.appraisal.entity.Indicator} come from: each
 * area that keeps the records provides its own as a CDI bean implementing this, found by
 * {@link Appraisals} through {@code Instance<IndicatorSource>}. An indicator no bean provides is
 * unavailable in the scheme editor (leader 包案 and 责任追究 decisions, until their area adds its
 * source here). A source reads through its area's boundary, as it stood at the end of
 * {@code asOf}, for the units asked.
 */
public interface IndicatorSource {

    /** The indicator keys provided. */
    Set<String> keys();

    /** The measures of {@code keys} (a subset of {@link #keys()}) per unit id; a unit missing from the answer has none. */
    Map<Long, Map<String, Measure>> measure(Set<String> keys, List<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf);
}
