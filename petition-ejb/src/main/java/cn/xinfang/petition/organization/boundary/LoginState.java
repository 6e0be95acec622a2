package cn.xinfang.petition.organization.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Why a login may or may not go ahead, before the password is checked by the realm. */
public record LoginState(Status status, Instant lockedUntil) implements Serializable {

    public enum Status { OPEN, LOCKED, DISABLED, UNKNOWN }

    static LoginState of(Status s) {
        return new LoginState(s, null);
    }
}
