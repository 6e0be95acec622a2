package cn.xinfang.petition.casehandling.entity;

/** 信访目的, as the statistics count it. */
public enum MatterPurpose {
    DEMAND, APPEAL, SUGGESTION, ACCUSATION, CONSULTATION, OTHER
}
