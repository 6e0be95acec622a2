package cn.xinfang.petition.reception.entity;

/** How a leader receives petitioners on a session, as the public notice names it. */
public enum ReceptionForm {
    /** 定点接访: at a fixed place, booked or walk-in petitioners. */
    FIXED,
    /** 重点约访: the leader invites named petitioners. */
    APPOINTMENT,
    /** 带案下访: the leader goes down to a township carrying named matters. */
    CASE_VISIT
}
