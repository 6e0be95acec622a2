package cn.xinfang.petition.casehandling.entity;

/** What an attachment of a matter is. */
public enum AttachmentKind {
    /** 信件扫描件: the petitioner's letter as scanned. */
    LETTER,
    /** 证据材料 */
    EVIDENCE,
    /** 息诉罢访承诺书 */
    UNDERTAKING,
    /** 其他 */
    OTHER
}
