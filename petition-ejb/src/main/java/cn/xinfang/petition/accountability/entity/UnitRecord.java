package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;

/**
 * One unit's accountability record over a period, as the year-end appraisal reads it: notices
 * issued to it, answered by their reply-by day, answered late, ignored (no answer and the day
 * passed), escalated to flagged or joint supervision; and its clocks that went overdue.
 */
public record UnitRecord(long unitId, String unitName, long issued, long answeredOnTime, long answeredLate, long ignored,
                         long escalated, long overdueClocks) implements Serializable {
}
