package cn.xinfang.petition.appraisal.entity;

/** A scheme is edited while DRAFT; publishing a run's result locks it (PUBLISHED): no more edits. */
public enum SchemeStatus {
    DRAFT, PUBLISHED
}
