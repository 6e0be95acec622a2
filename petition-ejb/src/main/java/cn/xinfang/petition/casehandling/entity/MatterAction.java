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
    CLOSE
}
