package cn.xinfang.petition.casehandling.entity;

/** Where a petition matter stands. The transitions between states are in {@link Lifecycle}. */
public enum MatterState {
    /** 登记: registered, the acceptance decision is due within 15 days. */
    REGISTERED,
    /** 不予受理 / 不再受理: refused with a reason (end). */
    NOT_ACCEPTED,
    /** 法定途径: the petitioner was told which statutory channel applies (end). */
    STATUTORY_CHANNEL,
    /** 检举控告 forwarded to the discipline-inspection organ or competent body (end). */
    FORWARDED,
    /** 信访途径受理: accepted as a petition matter, to be routed. */
    ACCEPTED,
    /** 交办 / 转办: a unit is handling it; the 60-day clock runs from acceptance. */
    HANDLING,
    /** The unit objected to the routing; the bureau must re-route. */
    OBJECTED,
    /** A reply (信访处理意见书) is drafted and waits for the unit leader's approval. */
    REPLY_DRAFTED,
    /** The reply was approved and issued to the petitioner. */
    REPLIED,
    /** 交办: the unit reported the result back to the bureau. */
    REPORTED,
    /** 办结: closed by the bureau. */
    CLOSED;

    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == STATUTORY_CHANNEL || this == FORWARDED || this == CLOSED;
    }

    /** Open matters count against handling deadlines. */
    public boolean isOpen() {
        return !isFinal() && this != REPLIED && this != REPORTED;
    }
}
