package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One running clock of one matter as the deadline watch reads it: the due day and who answers
 * for the step. {@code unitId} is the main unit for the unit's steps (objection, handling, reply
 * approval, report back) and null for the bureau's (acceptance, routing, review decisions);
 * {@code countyId} is the top unit above the registering unit (whose officers are the bureau).
 * {@code accusedUnitId} is set for an accusation whose accused unit is known: nothing about the
 * matter may reach that unit or a unit within it.
 */
public record ClockReading(long matterId, String number, DueClock clock, LocalDate dueOn, Long unitId, long countyId,
                           long registeringUnitId, String registeredBy, Long accusedUnitId, boolean unidentifiedAccusation)
        implements Serializable {

    /** Whether the unit's staff answer for this clock (otherwise the bureau's officers). */
    public boolean unitStep() {
        return unitId != null;
    }
}
