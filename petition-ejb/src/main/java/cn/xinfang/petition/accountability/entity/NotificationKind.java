package cn.xinfang.petition.accountability.entity;

/** What a notification is about; the bundles word each as {@code acc.notification.<KIND>}. */
public enum NotificationKind {
    /** A clock of a step the recipient answers for is due soon. */
    DUE_SOON,
    /** A clock of a step the recipient answers for is overdue. */
    OVERDUE,
    /** A 催办单 was issued to the recipient's unit. */
    URGED,
    /** The recipient's unit answered a notice (told to the bureau). */
    ANSWERED,
    /** A notice was escalated to 挂牌督办 (told to the unit and the supervising leader). */
    FLAGGED,
    /** 首问负责: a matter was handed over to the recipient, who is now responsible for it. */
    HANDED_OVER,
    /** 领导包案: the recipient was named owning leader or responsible person of a 包案. */
    OWNED
}
