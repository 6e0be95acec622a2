package cn.xinfang.petition.statistics.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of figures the bureau's reports are built from, in the order the 统计报表 shows
 * them. The key is stable (JSON, bundles, links); the label and the one-sentence definition are
 * {@code figure.<key>} and {@code figure.<key>.def} in the web bundles.
 * <p>
 * Volume figures count the matters received in the period (by receipt date). Outcome figures
 * count the same matters by their first acceptance decision taken by the end of the cut-off day
 * (China time); {@link #ACCEPTED} … {@link #UNDECIDED} add up to {@link #RECEIVED}.
 * <p>
 * Not computed yet, and said so on the page: the reception-day figures (they wait for the
 * reception feature), backlog (the day a matter became backlog is not stored) and the review /
 * re-review figures (a refused review request leaves no record yet). They take their place in
 * this enum when their data exists.
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
    DISTINCT("distinct", Section.OUTCOME);

    /** The groups of rows on the page. */
    public enum Section { VOLUME, CHANNEL, VISITS, OUTCOME }

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

    public static Optional<Figure> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
