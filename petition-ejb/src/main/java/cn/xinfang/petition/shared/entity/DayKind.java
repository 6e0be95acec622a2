package cn.xinfang.petition.shared.entity;

/** How an official holiday arrangement changes one date. */
public enum DayKind {
    /** A day off inside a holiday period (weekend days inside the period included). */
    OFF,
    /** A Saturday or Sunday that is a make-up working day (调休上班). */
    WORK
}
