package cn.xinfang.petition.casehandling.entity;

/** 交办: the unit must report the result back to the bureau. 转办: forwarded only; the unit's reply ends it. */
public enum RoutingMode {
    ASSIGN, FORWARD
}
