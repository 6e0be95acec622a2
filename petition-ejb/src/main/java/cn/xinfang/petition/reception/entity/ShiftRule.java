package cn.xinfang.petition.reception.entity;

/** What happens to a rule's date that is not a working day (holidays and 调休 of the work calendar). */
public enum ShiftRule {
    /** 顺延: the next working day (the default). */
    NEXT_WORKING_DAY,
    /** 提前: the working day before. */
    PREVIOUS_WORKING_DAY,
    /** The session is held on that day anyway. */
    KEEP,
    /** No session that time. */
    SKIP
}
