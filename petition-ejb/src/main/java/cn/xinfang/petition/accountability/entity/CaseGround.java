package cn.xinfang.petition.accountability.entity;

/** The grounds for accountability in the 2022 信访工作条例 (Art 42-46). Labels: accountability2.ground.* in the bundles. */
public enum CaseGround {
    /** 未按规定登记、转送、交办. */
    NOT_REGISTERED,
    /** 未按规定告知信访人. */
    NOT_TOLD,
    /** 推诿. */
    SHIFTING,
    /** 敷衍. */
    PERFUNCTORY,
    /** 拖延. */
    DELAY,
    /** 超过办理期限. */
    MISSED_DEADLINE,
    /** 对依法应支持的诉求不予支持. */
    REJECTED_WELL_FOUNDED,
    /** 泄露检举控告材料. */
    DISCLOSURE,
    /** 打击报复信访人. */
    RETALIATION,
    /** 因不作为导致越级访、集体访. */
    INACTION_VISIT
}
