package cn.xinfang.petition.accountability.entity;

/** The bureau's assessment of a unit's answer. */
public enum Assessment {
    SATISFACTORY,
    UNSATISFACTORY
}
