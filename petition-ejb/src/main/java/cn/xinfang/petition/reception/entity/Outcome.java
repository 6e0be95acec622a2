package cn.xinfang.petition.reception.entity;

/** How a petitioner's conversation with the leader ended (答复). */
public enum Outcome {
    /** 当场解决: solved on the spot. */
    ON_THE_SPOT,
    /** 限期解决: to be solved by a date; becomes a 批示件. */
    BY_DATE,
    /** 教育疏导: explained, no action. */
    EDUCATED,
    /** 有待研判: needs study; becomes a 批示件. */
    TO_STUDY;

    /** Whether the outcome needs action by a unit, i.e. becomes a petition matter carrying the leader's 批示. */
    public boolean needsAction() {
        return this == BY_DATE || this == TO_STUDY;
    }
}
