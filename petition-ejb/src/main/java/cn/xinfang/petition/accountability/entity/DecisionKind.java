package cn.xinfang.petition.accountability.entity;

/** The outcome of an accountability case. Labels: accountability2.decision.* in the bundles. */
public enum DecisionKind {
    /** 通报批评. */
    CRITICISM,
    /** 书面检查. */
    WRITTEN_REVIEW,
    /** 约谈. */
    INTERVIEW,
    /** 诫勉. */
    ADMONITION,
    /** 党纪政务处分. */
    DISCIPLINE,
    /** 移送 (to the discipline-inspection organ or another competent body). */
    REFERRAL,
    /** 免予追究 (the facts do not warrant a measure). */
    NONE
}
