package cn.xinfang.petition.accountability.entity;

/** Where a notice stands. */
public enum NoticeStatus {
    /** Sent, not signed for yet. */
    ISSUED,
    /** 签收: the unit acknowledged it. */
    SIGNED,
    /** The unit reported its progress; the bureau has not assessed it yet. */
    ANSWERED,
    /** Replaced by a flagged (or joint) notice. */
    ESCALATED,
    /** Paused by the bureau with a reason. */
    SUSPENDED,
    /** Finished (answered satisfactorily or closed by the bureau). */
    CLOSED;

    public boolean open() {
        return this != ESCALATED && this != CLOSED;
    }
}
