package cn.xinfang.petition.casehandling.entity;

/** The 2022 regulation's three kinds: 建议意见类, 检举控告类, 申诉求决类. */
public enum MatterKind {
    SUGGESTION, ACCUSATION, GRIEVANCE
}
