package cn.xinfang.petition.appraisal.entity;

/**
 * What a rate item does for a unit with fewer matters than its minimum sample: NOT_RANKED keeps
 * the score but leaves the unit out of the ranking (listed after the ranked units); BLEND mixes the
 * unit's rate with the pooled rate of all units, weighted up to the minimum:
 * (numerator + (min − denominator) × pooled) / min.
 */
public enum SamplePolicy {
    NOT_RANKED, BLEND
}
