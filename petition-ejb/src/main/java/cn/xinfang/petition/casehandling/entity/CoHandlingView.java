package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.entity.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One co-handling unit's part in a matter as a screen or client reads it: when it was asked, by
 * when its contribution is due (with the urgency of that day while it is open), and what it
 * contributed, when and by whom.
 */
public record CoHandlingView(long id, long unitId, String unitName, LocalDate requestedOn, LocalDate dueOn,
                             Urgency urgency, String opinion, LocalDate contributedOn, String contributedBy,
                             boolean withdrawn) implements Serializable {

    public boolean contributed() {
        return contributedOn != null;
    }
}
