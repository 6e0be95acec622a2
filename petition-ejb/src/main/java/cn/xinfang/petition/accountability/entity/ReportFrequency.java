package cn.xinfang.petition.accountability.entity;

/** How often a flagged matter's unit reports its progress. */
public enum ReportFrequency {
    WEEKLY(7),
    BIWEEKLY(14),
    MONTHLY(30);

    private final int days;

    ReportFrequency(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
