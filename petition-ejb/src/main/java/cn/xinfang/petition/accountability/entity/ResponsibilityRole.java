package cn.xinfang.petition.accountability.entity;

/** The roles of a matter's responsibility chain held by a person (the unit's is the matter's routing). */
public enum ResponsibilityRole {
    /** 责任人: first the person who received the petitioner (首问负责), then whoever it was handed over to. */
    PERSON,
    /** 责任领导: the leader who owns the matter (包案) or was named for it. */
    LEADER
}
