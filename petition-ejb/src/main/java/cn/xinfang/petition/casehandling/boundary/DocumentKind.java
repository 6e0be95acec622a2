package cn.xinfang.petition.casehandling.boundary;

/** The written documents of a matter, each available once the step that issues it has happened. */
public enum DocumentKind {
    /** 信访事项登记表 */
    REGISTRATION_FORM,
    /** 受理告知书 */
    ACCEPTANCE_NOTICE,
    /** 不予受理告知书 */
    REFUSAL_NOTICE,
    /** 法定途径告知书 */
    STATUTORY_NOTICE,
    /** 转送告知书 (检举控告) */
    FORWARD_NOTICE,
    /** 延期告知书 */
    EXTENSION_NOTICE,
    /** 信访处理意见书 */
    OPINION,
    /** 办理过程记录 */
    TIMELINE
}
