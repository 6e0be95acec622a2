package cn.xinfang.petition.casehandling.entity;

/** What can be done to a matter; each action's allowed states are in {@link Lifecycle}. */
public enum MatterAction {
    REFUSE,
    REFER_STATUTORY,
    FORWARD_ACCUSATION,
    ACCEPT,
    ROUTE,
    OBJECT,
    NOTE,
    EXTEND,
    HEARING,
    DRAFT_REPLY,
    APPROVE_REPLY,
    RETURN_REPLY,
    REPORT_BACK,
    CLOSE,
    /** The petitioner's rating of the reply (满意 / 基本满意 / 不满意); does not change the state. */
    EVALUATE,
    REQUEST_REVIEW,
    DECIDE_REVIEW,
    REQUEST_RE_REVIEW,
    DECIDE_RE_REVIEW,
    /** 终结 after a lapsed review or re-review window. */
    TERMINATE,
    /** 息诉息访 recorded; does not change the state. */
    RESOLVE,
    /** The bureau identifies or corrects whom an accusation accuses (2022 Art 30); does not change the state. */
    IDENTIFY_ACCUSED,
    /** 协办意见: a co-handling unit's contribution; does not change the state. */
    CONTRIBUTE,
    /** The day a co-handling unit's contribution is due, moved by the main unit or the bureau. */
    SET_CO_DUE
}
