package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.shared.entity.Role;

import java.io.Serializable;
import java.util.Set;

/** A member of a unit's staff as shown on the unit's page. */
public record StaffView(String username, String displayName, Set<Role> roles, boolean enabled) implements Serializable {
}
