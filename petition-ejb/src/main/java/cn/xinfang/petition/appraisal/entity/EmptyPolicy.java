package cn.xinfang.petition.appraisal.entity;

/** The score of a rate item whose denominator is 0 (nothing to handle): FULL points or ZERO. */
public enum EmptyPolicy {
    FULL, ZERO
}
