package cn.xinfang.petition.accountability.entity;

/** An accountability case: proposed by a rule (a person decides whether to open it), open, decided, or dismissed. */
public enum CaseStatus {
    PROPOSED,
    OPEN,
    DECIDED,
    DISMISSED
}
