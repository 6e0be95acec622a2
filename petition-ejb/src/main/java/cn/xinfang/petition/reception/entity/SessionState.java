package cn.xinfang.petition.reception.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a reception session, in one place:
 * <pre>
 * PLANNED ──publish (≥ N days ahead, or later with a recorded override)──▶ PUBLISHED ──the day is run──▶ HELD
 *    │                                                                        │
 *    └──────────────────────────── cancel (reason) ──────────────────────────┴──▶ CANCELLED
 * </pre>
 * Generation creates PLANNED sessions; only PUBLISHED ones are on the public page and take
 * bookings; a leader swap or a change of date keeps the state (a published session that moves
 * is published again under the same rule). HELD is set by the day's record (the queue and the
 * session record), never by the schedule.
 */
public enum SessionState {
    PLANNED,
    PUBLISHED,
    HELD,
    CANCELLED;

    private static final Map<SessionState, Set<SessionState>> NEXT = Map.of(
            PLANNED, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(HELD, CANCELLED),
            HELD, EnumSet.noneOf(SessionState.class),
            CANCELLED, EnumSet.noneOf(SessionState.class));

    public boolean mayBecome(SessionState next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether the schedule may still change the session (leader, date, place). */
    public boolean isOpen() {
        return this == PLANNED || this == PUBLISHED;
    }
}
