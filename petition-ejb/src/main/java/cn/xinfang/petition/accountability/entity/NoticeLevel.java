package cn.xinfang.petition.accountability.entity;

/** The level of a 督办 notice. */
public enum NoticeLevel {
    /** 催办: the bureau urges the unit, with a reply-by day. */
    URGE,
    /** 挂牌督办: flagged, with a named supervising leader, a reason and a report frequency. */
    FLAGGED,
    /** 联合督办: flagged supervision together with other bodies (纪委监委, 督查室 …). */
    JOINT
}
