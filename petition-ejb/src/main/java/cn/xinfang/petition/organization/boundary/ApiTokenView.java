package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.shared.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An API token as the administrator sees it (never the token itself). {@code active}: usable now. */
public record ApiTokenView(long id, String name, String username, String unitName, Set<Role> roles, Instant createdAt,
                           String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy, boolean active)
        implements Serializable {
}
