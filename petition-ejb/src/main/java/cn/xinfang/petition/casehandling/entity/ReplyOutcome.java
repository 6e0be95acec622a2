package cn.xinfang.petition.casehandling.entity;

/** 2022 Art 32: 支持 upheld, 解释说明 explained, 不予支持 rejected; suggestions: 采纳 adopted or 未采纳 not adopted. */
public enum ReplyOutcome {
    SUPPORTED, EXPLAINED, REJECTED, ADOPTED, NOT_ADOPTED
}
