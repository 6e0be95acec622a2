package cn.xinfang.petition.casehandling.entity;

import java.util.Optional;

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
    /** 办结: closed by the bureau (the petitioner may still ask for review within the window). */
    CLOSED,
    /** 复查: the petitioner asked the next higher authority to review the reply; decided within 30 days. */
    UNDER_REVIEW,
    /** The review opinion (复查意见书) is issued; a re-review may be asked within 30 days. */
    REVIEWED,
    /** 复核: the petitioner asked the authority above the reviewing one; decided within 30 days. */
    UNDER_RE_REVIEW,
    /** 终结: after re-review, or when the review window lapsed; the same facts and reasons are not accepted again. */
    TERMINATED;

    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == STATUTORY_CHANNEL || this == FORWARDED || this == TERMINATED;
    }

    /** A review or re-review is being decided. */
    public boolean isAppeal() {
        return this == UNDER_REVIEW || this == UNDER_RE_REVIEW;
    }

    /** The stage of the appeal being decided in this state, if one is. */
    public Optional<AppealStage> appealStage() {
        return Optional.ofNullable(switch (this) {
            case UNDER_REVIEW -> AppealStage.REVIEW;
            case UNDER_RE_REVIEW -> AppealStage.RE_REVIEW;
            default -> null;
        });
    }

    /** The stage the next appeal request would open: a re-review after the review opinion, else a review. */
    public AppealStage nextAppealStage() {
        return this == REVIEWED ? AppealStage.RE_REVIEW : AppealStage.REVIEW;
    }

    /** Open matters count against handling deadlines. */
    public boolean isOpen() {
        return !isFinal() && this != REPLIED && this != REPORTED && this != CLOSED && this != REVIEWED;
    }
}
