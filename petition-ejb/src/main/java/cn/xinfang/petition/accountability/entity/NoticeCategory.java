package cn.xinfang.petition.accountability.entity;

/** 工作督办 (the everyday chase of one matter) or 专项督办 (a campaign on a kind of problem). */
public enum NoticeCategory {
    WORK,
    SPECIAL
}
