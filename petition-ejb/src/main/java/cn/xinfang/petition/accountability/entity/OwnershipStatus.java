package cn.xinfang.petition.accountability.entity;

/** A 包案's state: being worked on, resolved (化解: the petitioner stopped petitioning), or ended without it. */
public enum OwnershipStatus {
    ACTIVE,
    RESOLVED,
    UNRESOLVED
}
