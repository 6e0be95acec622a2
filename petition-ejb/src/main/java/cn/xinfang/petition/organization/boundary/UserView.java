package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user account as the administrator sees it (never the password hash). */
public record UserView(long id, String username, String displayName, long unitId, String unitName,
                       Set<Role> roles, boolean enabled, boolean locked, Instant lockedUntil,
                       Instant lastLoginAt, boolean mustChangePassword, long version) implements Serializable {

    static UserView of(AppUser u, Instant now) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getUnit().getId(), u.getUnit().getName(),
                u.getRoles(), u.isEnabled(), u.isLocked(now), u.getLockedUntil(), u.getLastLoginAt(),
                u.isMustChangePassword(), u.getVersion());
    }
}
