package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.shared.entity.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * CDI event of the deadline watch: a clock of a matter changed its status on {@code on}
 * ({@code from} is null for a clock seen for the first time). Fired once per change, inside the
 * watch's transaction; observers (notifications, the automatic 催办 rule) write in the same
 * transaction, so a rolled-back run leaves nothing behind and the next run fires again.
 */
public record DeadlineChanged(ClockReading reading, Urgency from, Urgency to, LocalDate on) implements Serializable {

    public long matterId() {
        return reading.matterId();
    }

    public String number() {
        return reading.number();
    }

    public DueClock clock() {
        return reading.clock();
    }

    public Long unitId() {
        return reading.unitId();
    }

    public LocalDate dueOn() {
        return reading.dueOn();
    }

    /** Whether the change is one someone must be told of: newly due soon or newly overdue. */
    public boolean worsened() {
        return to == Urgency.OVERDUE && from != Urgency.OVERDUE || to == Urgency.DUE_SOON && from != Urgency.DUE_SOON && from != Urgency.OVERDUE;
    }
}
