package cn.xinfang.petition.casehandling.entity;

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
    /** 听证记录 (internal) */
    HEARING_RECORD,
    /** 复查意见书 */
    REVIEW_OPINION,
    /** 复核意见书 */
    RE_REVIEW_OPINION,
    /** 办理过程记录 */
    TIMELINE;

    /** The documents meant for the petitioner, shown on the public lookup page. */
    public boolean isPublic() {
        return switch (this) {
            case ACCEPTANCE_NOTICE, REFUSAL_NOTICE, STATUTORY_NOTICE, FORWARD_NOTICE, EXTENSION_NOTICE, OPINION,
                 REVIEW_OPINION, RE_REVIEW_OPINION -> true;
            default -> false;
        };
    }
}
