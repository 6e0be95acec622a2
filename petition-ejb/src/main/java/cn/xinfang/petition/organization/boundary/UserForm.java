package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.shared.entity.Role;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Set;

/** What an administrator enters for a user; the password only when creating. */
public record UserForm(
        @Size(max = 32) String username,
        @Size(max = 50) String displayName,
        Long unitId,
        Set<Role> roles,
        String initialPassword) implements Serializable {
}
