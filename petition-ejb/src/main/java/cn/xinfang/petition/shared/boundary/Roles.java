package cn.xinfang.petition.shared.boundary;

/**
 * Role names as the container knows them (Elytron realm, {@code @RolesAllowed}, web.xml).
 * The one place where they are spelled.
 */
public final class Roles {

    public static final String REGISTRAR = "registrar";
    public static final String OFFICER = "officer";
    public static final String UNIT_CLERK = "unit_clerk";
    public static final String UNIT_LEADER = "unit_leader";
    public static final String COUNTY_LEADER = "county_leader";
    public static final String APPRAISER = "appraiser";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
