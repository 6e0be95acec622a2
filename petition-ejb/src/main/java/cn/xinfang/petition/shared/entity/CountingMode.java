package cn.xinfang.petition.shared.entity;

/**
 * How a period of "N 日" is counted. The regulation does not say, and local rules differ, so it
 * is configuration; calendar days are the default reading.
 */
public enum CountingMode {
    CALENDAR_DAYS,
    WORKING_DAYS
}
