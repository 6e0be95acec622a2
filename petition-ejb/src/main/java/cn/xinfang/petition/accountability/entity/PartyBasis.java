package cn.xinfang.petition.accountability.entity;

/** Why a person or unit is concerned by an accountability case: the 倒查 rule's reasons, or added by a person. */
public enum PartyBasis {
    /** A first-time matter's original handler. */
    ORIGINAL_HANDLER,
    /** A repeat matter's first handler (of the first-time matter it repeats). */
    FIRST_HANDLER,
    /** A repeat matter's owning leader (包案 or named leader). */
    OWNING_LEADER,
    /** A repeat matter without an owning leader: the leader who approved the first reply. */
    APPROVING_LEADER,
    /** No person handled it: the unit it was routed to. */
    HANDLING_UNIT,
    /** Added by the officer. */
    ADDED
}
