package cn.xinfang.petition.appraisal.entity;

/**
 * What an item of a scheme is: a rate or count computed from the records (INDICATOR), points
 * lost per event (DEDUCTION) or gained (BONUS), a score the appraiser enters after inspecting the
 * unit's files (INSPECTION), a 一票否决 rule that voids the unit's score (VETO), or a derived
 * status such as 三无 (STATUS: all of its indicators are zero), worth its points when reached.
 */
public enum ItemKind {
    INDICATOR, DEDUCTION, BONUS, INSPECTION, VETO, STATUS
}
