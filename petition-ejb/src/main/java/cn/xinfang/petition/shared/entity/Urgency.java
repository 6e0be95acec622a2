package cn.xinfang.petition.shared.entity;

/** How close a deadline is, as the lists colour it (see {@code Deadlines.urgency}). */
public enum Urgency {
    NORMAL,
    DUE_SOON,
    OVERDUE
}
