package cn.xinfang.petition.reception.entity;

/** How a rule over a rotation group assigns its leaders to the dates. */
public enum Assignment {
    /** One member per date, in the group's order (每周一确保一位常委或副县长). */
    ROTATION,
    /** Every member on every date, each at their own linked unit (每月15日到所挂钩的镇). */
    EACH_MEMBER
}
