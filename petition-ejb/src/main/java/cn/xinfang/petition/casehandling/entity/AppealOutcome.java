package cn.xinfang.petition.casehandling.entity;

/** What a review or re-review decided about the opinion below it. */
public enum AppealOutcome {
    /** 维持原处理（复查）意见 */
    UPHELD,
    /** 撤销或变更原处理（复查）意见 */
    REVISED,
    /** 撤销原处理（复查）意见并责令重新办理 */
    REDO
}
