package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.shared.entity.Role;

import java.io.Serializable;
import java.util.Set;

/** The logged-in user's own account, for the workspace header and the menu. */
public record MyAccount(String username, String displayName, long unitId, String unitName, Set<Role> roles,
                        String locale, boolean mustChangePassword) implements Serializable {
}
