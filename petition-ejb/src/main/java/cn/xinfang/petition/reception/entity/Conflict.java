package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A problem of a schedule, shown before it is saved: one leader in two places at once
 * ({@link Kind#DOUBLE_BOOKED}: {@code other} names the other place), a session on the leader's
 * leave ({@link Kind#ON_LEAVE}: {@code other} is the leave's reason), or a rotation turn of an
 * inactive leader. {@code sessionId} is set for a saved session, null for a proposed one.
 */
public record Conflict(Kind kind, Long leaderId, String leaderName, LocalDate day, String place, String other, Long sessionId)
        implements Serializable {

    public enum Kind { DOUBLE_BOOKED, ON_LEAVE, INACTIVE_LEADER }
}
