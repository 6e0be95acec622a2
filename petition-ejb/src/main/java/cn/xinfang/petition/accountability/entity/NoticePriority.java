package cn.xinfang.petition.accountability.entity;

public enum NoticePriority {
    NORMAL,
    HIGH,
    URGENT
}
