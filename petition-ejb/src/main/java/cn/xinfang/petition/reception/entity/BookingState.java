package cn.xinfang.petition.reception.entity;

/**
 * A booking (约访): BOOKED until the petitioner cancels with the code, staff cancel it, or the
 * day's record takes it over (the queue: checked in, received, not come — added there).
 */
public enum BookingState {
    BOOKED,
    CANCELLED
}
