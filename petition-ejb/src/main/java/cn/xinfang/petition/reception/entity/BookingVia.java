package cn.xinfang.petition.reception.entity;

/** Where a booking was made. */
public enum BookingVia {
    /** The public page, without login. */
    PUBLIC,
    /** By staff, for a petitioner on the phone or at the desk. */
    STAFF,
    /** 约访: staff invite a named petitioner to the leader's session, usually about a named matter. */
    INVITATION
}
