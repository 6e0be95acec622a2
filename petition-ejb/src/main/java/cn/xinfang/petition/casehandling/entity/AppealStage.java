package cn.xinfang.petition.casehandling.entity;

/** 复查 (review by the next higher authority) and 复核 (re-review one level further up). */
public enum AppealStage {
    REVIEW,
    RE_REVIEW
}
