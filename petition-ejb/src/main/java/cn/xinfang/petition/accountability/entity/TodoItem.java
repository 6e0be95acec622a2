package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.shared.entity.Urgency;

import java.io.Serializable;
import java.time.LocalDate;

/** One step waiting for the caller: the matter (by number), the step's clock, its due day and urgency. */
public record TodoItem(long matterId, String number, DueClock clock, LocalDate dueOn, Urgency urgency) implements Serializable {
}
