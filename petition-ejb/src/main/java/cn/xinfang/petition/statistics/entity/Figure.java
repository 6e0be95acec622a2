package cn.xinfang.petition.statistics.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of figures the bureau's reports are built from, in the order the 统计报表 shows
 * them. The key is stable (JSON, bundles, links); the label and the one-sentence definition are
 * {@code figure.<key>} and {@code figure.<key>.def} in the web bundles. Each count is defined once,
 * as a condition on the matters (casehandling.control.FigureConditions), which also filters the
 * matter list behind it; the rates ({@link #isRate()}) are computed from counts by
 * {@link cn.xinfang.petition.statistics.control.FigureCalculator}.
 * <p>
 * Volume figures count the matters received in the period (by receipt date). State figures
 * (outcome, backlog, deadlines, satisfaction) read the same matters as they stood at the end of
 * the cut-off day (China time); {@link #ACCEPTED} … {@link #UNDECIDED} add up to {@link #RECEIVED}.
 * The review figures count the matters with a request of the period (by request date).
 * <p>
 * The reception-day figures (领导接待日: sessions held, leaders by level in 人次, petitioners in 批 and
 * 人次, 按时答复率 and 化解率 of the 批示件) are {@link Section#RECEPTION}: they count sessions, visits and
 * 批示件 rather than matters, so the reception feature computes them (reception.boundary.ReceptionStatistics,
 * definitions in reception.entity.ReceptionFigures) and lists the items behind each; they are not
 * {@link #counts()} of matters.
 */
public enum Figure {
    RECEIVED("received", Section.VOLUME),
    RECEIVED_PERSONS("receivedPersons", Section.VOLUME),
    LETTERS("letters", Section.CHANNEL),
    VISIT_BATCHES("visitBatches", Section.CHANNEL),
    VISIT_PERSONS("visitPersons", Section.CHANNEL),
    CALLS("calls", Section.CHANNEL),
    ONLINE("online", Section.CHANNEL),
    COLLECTIVE_BATCHES("collectiveBatches", Section.VISITS),
    COLLECTIVE_PERSONS("collectivePersons", Section.VISITS),
    INDIVIDUAL_VISITS("individualVisits", Section.VISITS),
    CROSS_LEVEL_BEIJING_BATCHES("crossLevelBeijingBatches", Section.VISITS),
    CROSS_LEVEL_BEIJING_PERSONS("crossLevelBeijingPersons", Section.VISITS),
    CROSS_LEVEL_PROVINCE_BATCHES("crossLevelProvinceBatches", Section.VISITS),
    CROSS_LEVEL_PROVINCE_PERSONS("crossLevelProvincePersons", Section.VISITS),
    CROSS_LEVEL_CITY_BATCHES("crossLevelCityBatches", Section.VISITS),
    CROSS_LEVEL_CITY_PERSONS("crossLevelCityPersons", Section.VISITS),
    ACCEPTED("accepted", Section.OUTCOME),
    REFUSED("refused", Section.OUTCOME),
    STATUTORY("statutory", Section.OUTCOME),
    FORWARDED("forwarded", Section.OUTCOME),
    UNDECIDED("undecided", Section.OUTCOME),
    REPEATS("repeats", Section.OUTCOME),
    DISTINCT("distinct", Section.OUTCOME),
    FIRST_RESOLVED("firstResolved", Section.OUTCOME),
    FIRST_RESOLUTION_PCT("firstResolutionPct", Section.OUTCOME),
    REPEAT_RESOLVED("repeatResolved", Section.OUTCOME),
    REPEAT_RESOLUTION_PCT("repeatResolutionPct", Section.OUTCOME),
    BACKLOG("backlog", Section.BACKLOG),
    BACKLOG_SHARE_PCT("backlogSharePct", Section.BACKLOG),
    BACKLOG_SCREENED("backlogScreened", Section.BACKLOG),
    BACKLOG_RESOLVED("backlogResolved", Section.BACKLOG),
    BACKLOG_RESOLUTION_PCT("backlogResolutionPct", Section.BACKLOG),
    OVERDUE_ACCEPTANCE("overdueAcceptance", Section.DEADLINES),
    OVERDUE_HANDLING("overdueHandling", Section.DEADLINES),
    REPLIED("replied", Section.DEADLINES),
    REPLIED_ON_TIME("repliedOnTime", Section.DEADLINES),
    REPLIED_LATE("repliedLate", Section.DEADLINES),
    ON_TIME_PCT("onTimePct", Section.DEADLINES),
    SATISFIED("satisfied", Section.SATISFACTION),
    BASICALLY_SATISFIED("basicallySatisfied", Section.SATISFACTION),
    DISSATISFIED("dissatisfied", Section.SATISFACTION),
    UNRATED_OVERDUE("unratedOverdue", Section.SATISFACTION),
    SATISFACTION_PCT("satisfactionPct", Section.SATISFACTION),
    REVIEW_REQUESTS("reviewRequests", Section.REVIEW),
    REVIEW_REFUSED("reviewRefused", Section.REVIEW),
    REVIEW_ACCEPTED("reviewAccepted", Section.REVIEW),
    REVIEW_DECIDED("reviewDecided", Section.REVIEW),
    REVIEW_IN_PROGRESS("reviewInProgress", Section.REVIEW),
    RE_REVIEW_REQUESTS("reReviewRequests", Section.RE_REVIEW),
    RE_REVIEW_REFUSED("reReviewRefused", Section.RE_REVIEW),
    RE_REVIEW_ACCEPTED("reReviewAccepted", Section.RE_REVIEW),
    RE_REVIEW_DECIDED("reReviewDecided", Section.RE_REVIEW),
    RE_REVIEW_IN_PROGRESS("reReviewInProgress", Section.RE_REVIEW),
    REVIEWS_REVISED("reviewsRevised", Section.RE_REVIEW),
    REVIEWS_REDO("reviewsRedo", Section.RE_REVIEW),
    RECEPTION_SESSIONS("receptionSessions", Section.RECEPTION),
    RECEPTION_COUNTY_LEADERS("receptionCountyLeaders", Section.RECEPTION),
    RECEPTION_DEPARTMENT_LEADERS("receptionDepartmentLeaders", Section.RECEPTION),
    RECEPTION_TOWNSHIP_LEADERS("receptionTownshipLeaders", Section.RECEPTION),
    RECEPTION_BATCHES("receptionBatches", Section.RECEPTION),
    RECEPTION_PERSONS("receptionPersons", Section.RECEPTION),
    RECEPTION_ON_TIME_REPLY_PCT("receptionOnTimeReplyPct", Section.RECEPTION),
    RECEPTION_RESOLUTION_PCT("receptionResolutionPct", Section.RECEPTION);

    /** The groups of rows on the page. */
    public enum Section { VOLUME, CHANNEL, VISITS, OUTCOME, BACKLOG, DEADLINES, SATISFACTION, REVIEW, RE_REVIEW, RECEPTION }

    /** The columns of the tables by channel, category, unit and township. */
    public static final List<Figure> TABLE_COLUMNS = List.of(RECEIVED, RECEIVED_PERSONS, ACCEPTED, REFUSED, STATUTORY,
            FORWARDED, UNDECIDED, REPEATS, DISTINCT, BACKLOG, OVERDUE_HANDLING, REPLIED_ON_TIME, SATISFIED,
            BASICALLY_SATISFIED, DISSATISFIED);

    private final String key;
    private final Section section;

    Figure(String key, Section section) {
        this.key = key;
        this.section = section;
    }

    public String key() {
        return key;
    }

    public Section section() {
        return section;
    }

    /** A percentage computed from counts (no matter list of its own). */
    public boolean isRate() {
        return this == BACKLOG_SHARE_PCT || this == FIRST_RESOLUTION_PCT || this == REPEAT_RESOLUTION_PCT
                || this == BACKLOG_RESOLUTION_PCT || this == ON_TIME_PCT || this == SATISFACTION_PCT || this == RECEPTION_ON_TIME_REPLY_PCT
                || this == RECEPTION_RESOLUTION_PCT;
    }

    /** A reception-day figure: computed by the reception feature, its drill-down lists sessions, visits or 批示件. */
    public boolean isReception() {
        return section == Section.RECEPTION;
    }

    public static Optional<Figure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The counts of matters (each one condition of casehandling.control.FigureConditions, with its matter list). */
    public static List<Figure> counts() {
        return Arrays.stream(values()).filter(f -> !f.isRate() && !f.isReception()).toList();
    }
}
