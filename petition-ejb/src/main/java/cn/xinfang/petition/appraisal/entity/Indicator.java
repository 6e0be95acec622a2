package cn.xinfang.petition.appraisal.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of what a scheme item can read from the records, by stable key. Each is
 * provided by an indicator source of the area that keeps the records (a CDI bean implementing
 * {@code appraisal.boundary.IndicatorSource}); one no source provides yet is shown as unavailable
 * in the scheme editor and cannot be used. Labels and definitions (numerator, denominator, what
 * counts) are {@code appraisal.indicator.<key>} and {@code .def} in the web bundles.
 */
public enum Indicator {
    TIMELY_ACCEPTANCE("timelyAcceptance", true),
    ON_TIME_REPLY("onTimeReply", true),
    SATISFACTION("satisfaction", true),
    PARTICIPATION("participation", true),
    REPEAT_RATE("repeatRate", true),
    FIRST_RESOLUTION("firstResolution", true),
    REPEAT_RESOLUTION("repeatResolution", true),
    BACKLOG_RESOLUTION("backlogResolution", true),
    LEADER_CASE_RESOLUTION("leaderCaseResolution", true),
    RECEPTION_ON_TIME("receptionOnTime", true),
    REPEATS("repeats", false),
    BEIJING_BATCHES("beijingBatches", false),
    BEIJING_PERSONS("beijingPersons", false),
    PROVINCE_BATCHES("provinceBatches", false),
    PROVINCE_PERSONS("provincePersons", false),
    CITY_BATCHES("cityBatches", false),
    CITY_PERSONS("cityPersons", false),
    COLLECTIVE_BATCHES("collectiveBatches", false),
    OVERDUE_ACCEPTANCE("overdueAcceptance", false),
    OVERDUE_HANDLING("overdueHandling", false),
    BACKLOG("backlog", false),
    NOTICES_IGNORED("noticesIgnored", false),
    NOTICES_LATE("noticesLate", false),
    REVIEWS_OVERTURNED("reviewsOverturned", false),
    REVIEWS_REDO("reviewsRedo", false),
    ACCOUNTABILITY_DECISIONS("accountabilityDecisions", false),
    /** Events the appraiser enters per unit (a practice adopted above, a mass incident), with evidence. */
    MANUAL("manual", false);

    private final String key;
    private final boolean rate;

    Indicator(String key, boolean rate) {
        this.key = key;
        this.rate = rate;
    }

    public String key() {
        return key;
    }

    /** A rate (numerator / denominator) rather than a count of events. */
    public boolean isRate() {
        return rate;
    }

    public static Optional<Indicator> ofKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }
}
