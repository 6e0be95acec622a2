package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.Roles;

import java.util.Arrays;
import java.util.Optional;

/** The roles a user can hold; {@link #roleName()} is what the container checks. */
public enum Role {
    REGISTRAR(Roles.REGISTRAR, false),
    OFFICER(Roles.OFFICER, true),
    UNIT_CLERK(Roles.UNIT_CLERK, false),
    UNIT_LEADER(Roles.UNIT_LEADER, false),
    COUNTY_LEADER(Roles.COUNTY_LEADER, true),
    APPRAISER(Roles.APPRAISER, true),
    ADMIN(Roles.ADMIN, true);

    private final String roleName;
    private final boolean countyWide;

    Role(String roleName, boolean countyWide) {
        this.roleName = roleName;
        this.countyWide = countyWide;
    }

    public String roleName() {
        return roleName;
    }

    /** Whether holders of this role see every unit's data, not only their own unit's. */
    public boolean countyWide() {
        return countyWide;
    }

    public static Optional<Role> ofRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
