package cn.xinfang.petition.accountability.entity;

/** Why a notice was escalated. */
public enum EscalationGround {
    /** Not answered by its reply-by day (the rule escalates it). */
    UNANSWERED,
    /** The unit's answer was assessed as unsatisfactory. */
    UNSATISFACTORY,
    /** The bureau decided so. */
    BY_DECISION
}
