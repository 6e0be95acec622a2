package cn.xinfang.petition.casehandling.boundary;

/** The acceptance decision (分类处理, 2022 Art 22/23). */
public enum Decision {
    /** 信访途径受理 */
    ACCEPT,
    /** 不予受理 / 不再受理, with the reason */
    REFUSE,
    /** 不予受理 under 2022 Art 19: the same matter is handled within its period at a lower level (named) */
    HANDLED_BELOW,
    /** 法定途径: the named statutory channel */
    STATUTORY,
    /** 检举控告 to the discipline-inspection organ or competent body */
    FORWARD
}
