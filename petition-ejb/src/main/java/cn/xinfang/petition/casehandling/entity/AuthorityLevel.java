package cn.xinfang.petition.casehandling.entity;

import java.util.Optional;

/**
 * The levels of authority a matter climbs through review and re-review: a township's reply is
 * reviewed by the county, a county's by the city, a city's by the province. A deployment has its
 * own level (a county bureau or a city bureau): appeals at that level are decided here, appeals
 * above it are recorded here as received.
 */
public enum AuthorityLevel {
    TOWNSHIP,
    COUNTY,
    CITY,
    PROVINCE;

    /** The next level up, or empty above the province (nothing further to appeal to in this product). */
    public Optional<AuthorityLevel> above() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
