package cn.xinfang.petition.casehandling.entity;

/** The petitioner's rating of the handling (评价). */
public enum Rating {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED
}
