package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.entity.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who takes a step on a matter: a user with roles in a unit, the petitioner on the public pages,
 * or the system's own jobs. {@link Matter#allowedFor} and every step ask the same rules of it.
 */
public record Actor(String username, Set<Role> roles, Unit unit, Kind kind) {

    public enum Kind { STAFF, PETITIONER, SYSTEM }

    /** The user name on events the petitioner caused on the public pages. */
    public static final String PETITIONER_NAME = "(petitioner)";
    /** The user name that registers what the public submits online. */
    public static final String ONLINE_NAME = "(online)";
    /** The user name on events of the system's own jobs. */
    public static final String SYSTEM_NAME = "(system)";

    public Actor {
        Objects.requireNonNull(username);
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Actor of(AppUser user) {
        return new Actor(user.getUsername(), user.getRoles(), user.getUnit(), Kind.STAFF);
    }

    public static Actor petitioner() {
        return new Actor(PETITIONER_NAME, Set.of(), null, Kind.PETITIONER);
    }

    public static Actor system() {
        return new Actor(SYSTEM_NAME, Set.of(), null, Kind.SYSTEM);
    }

    /** A rule the system applies in a user's step (不再受理 at registration), recorded under that user's name. */
    public static Actor systemFor(String username) {
        return new Actor(username, Set.of(), null, Kind.SYSTEM);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The bureau's desk: case officers and registrars. */
    public boolean isBureau() {
        return has(Role.OFFICER) || has(Role.REGISTRAR);
    }

    /** A clerk or leader of exactly this unit. */
    public boolean isStaffOf(Unit u) {
        return u != null && u.equals(unit) && (has(Role.UNIT_CLERK) || has(Role.UNIT_LEADER));
    }

    public boolean isLeaderOf(Unit u) {
        return u != null && u.equals(unit) && has(Role.UNIT_LEADER);
    }
}
