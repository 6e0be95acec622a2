package cn.xinfang.petition.casehandling.entity;

/** Why a matter is terminated (终结). */
public enum TerminationReason {
    /** The re-review (复核) opinion was issued: 三级终结. */
    RE_REVIEWED,
    /** No review was asked within 30 days of the reply. */
    REVIEW_LAPSED,
    /** No re-review was asked within 30 days of the review opinion. */
    RE_REVIEW_LAPSED
}
