package cn.xinfang.petition.reception.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One petitioner's way through the reception day, in one place:
 * <pre>
 * (登记 check-in) WAITING ──call (叫号)──▶ IN_CONVERSATION ──outcome recorded (答复)──▶ DONE
 *                    │                         │
 *                    └──── left before being received ──────────────────────────▶ LEFT
 *                                              └── back to the queue (not done) ──▶ WAITING
 * </pre>
 * 候访 is WAITING, 面谈 is IN_CONVERSATION; the session becomes HELD when the day is closed.
 */
public enum VisitState {
    WAITING,
    IN_CONVERSATION,
    DONE,
    LEFT;

    private static final Map<VisitState, Set<VisitState>> NEXT = Map.of(
            WAITING, EnumSet.of(IN_CONVERSATION, LEFT),
            IN_CONVERSATION, EnumSet.of(DONE, WAITING, LEFT),
            DONE, EnumSet.noneOf(VisitState.class),
            LEFT, EnumSet.noneOf(VisitState.class));

    public boolean mayBecome(VisitState next) {
        return NEXT.get(this).contains(next);
    }
}
