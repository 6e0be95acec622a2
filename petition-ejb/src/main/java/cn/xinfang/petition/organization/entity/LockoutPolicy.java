package cn.xinfang.petition.organization.entity;

import java.time.Duration;

/** After {@code maxFailures} failed logins in a row an account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("invalid lockout policy");
        }
    }
}
