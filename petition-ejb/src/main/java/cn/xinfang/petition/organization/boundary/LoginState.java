package cn.xinfang.petition.organization.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why a login may or may not go ahead, before the password is checked by the realm.
 * {@code credentialStamp} (OPEN only): changes whenever the password does (a digest of its hash,
 * never the hash), so that a cache of verified credentials forgets an old password at once.
 */
public record LoginState(Status status, Instant lockedUntil, String credentialStamp) implements Serializable {

    public enum Status { OPEN, LOCKED, DISABLED, UNKNOWN }

    public LoginState(Status status, Instant lockedUntil) {
        this(status, lockedUntil, null);
    }

    static LoginState of(Status s) {
        return new LoginState(s, null);
    }
}
