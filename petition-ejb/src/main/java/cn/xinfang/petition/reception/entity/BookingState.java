package cn.xinfang.petition.reception.entity;

/**
 * A booking (约访): BOOKED until the petitioner cancels with the code, staff cancel it, or the
 * day's record takes it over: CHECKED_IN when the petitioner shows the code at 登记, RECEIVED once
 * the leader has talked with them, NO_SHOW when the day closed without them.
 */
public enum BookingState {
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    RECEIVED,
    NO_SHOW
}
