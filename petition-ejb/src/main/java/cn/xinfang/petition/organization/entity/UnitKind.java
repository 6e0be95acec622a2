package cn.xinfang.petition.organization.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.Collections;

/**
 * The levels of the administrative hierarchy: the county (or city district) at the root,
 * its departments and townships below it, villages and communities below the townships.
 */
public enum UnitKind {
    COUNTY,
    DEPARTMENT,
    TOWNSHIP,
    VILLAGE,
    COMMUNITY;

    /** The kinds of unit a problem can arise in (问题属地): a township, a village or a community. */
    public static final Set<UnitKind> PLACES = Collections.unmodifiableSet(EnumSet.of(TOWNSHIP, VILLAGE, COMMUNITY));

    public boolean isPlace() {
        return PLACES.contains(this);
    }

    /** Which kinds of unit may be the parent of a unit of this kind (empty: must be the root). */
    public Set<UnitKind> allowedParents() {
        return switch (this) {
            case COUNTY -> EnumSet.noneOf(UnitKind.class);
            case DEPARTMENT, TOWNSHIP -> EnumSet.of(COUNTY);
            case VILLAGE, COMMUNITY -> EnumSet.of(TOWNSHIP);
        };
    }
}
