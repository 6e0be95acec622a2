package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A matter of the same petitioner that a lower level is handling within its period (2022 Art 19):
 * the higher level does not accept the same matter again and tells the petitioner where to follow
 * it. {@code dueOn} is the last day of the period it is in (acceptance or handling).
 */
public record LowerLevelMatter(long id, String number, LocalDate receivedOn, String unitName, MatterState state,
                               LocalDate dueOn, String excerpt) implements Serializable {
}
