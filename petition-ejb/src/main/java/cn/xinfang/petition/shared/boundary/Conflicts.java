package cn.xinfang.petition.shared.boundary;

import java.sql.SQLException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * A database constraint a race can hit (two people adding the same review at once, both passing
 * the check before either has committed): the loser's request is a conflict, not a failure. The
 * violation may surface inside the call or only at commit, wrapped in EJBException,
 * EJBTransactionRolledbackException, RollbackException or PersistenceException. The same for a
 * lost optimistic-lock race ({@link #isLostRace}).
 */
public final class Conflicts {

    private Conflicts() {
    }

    /** Whether a unique, foreign-key or check constraint refused the change (SQLState class 23). */
    public static boolean isConstraintViolation(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t instanceof EntityExistsException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the change lost a race to a concurrent writer of the same record: its version check
     * failed (also when it surfaced only at commit, outside the boundary's translation), or the
     * database gave up waiting for the winner's row lock or broke a deadlock between the two
     * (SQLState 40001, 40P01; H2's lock timeout HYT00 and concurrent update 90131). The caller
     * reloads and tries again; nothing was written.
     */
    public static boolean isLostRace(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause(), depth++) {
            String name = t.getClass().getName();
            if (t instanceof OptimisticLockException || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException") || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> LOST_RACE_STATES = java.util.Set.of("40001", "40P01", "HYT00", "90131");
}
