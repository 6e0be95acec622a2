package cn.xinfang.petition.accountability.entity;

/** Why someone came to hold a role of a matter's responsibility chain. */
public enum HoldingBasis {
    /** 首问负责: received the petitioner first (the registration). */
    FIRST_CONTACT,
    /** A recorded handover (to whom, when, why) from the previous holder. */
    HANDOVER,
    /** 领导包案: took the matter as its owning leader. */
    CASE_OWNERSHIP,
    /** Named by the bureau. */
    ASSIGNED,
    /** The unit the matter was routed to (from the matter's timeline). */
    ROUTING
}
