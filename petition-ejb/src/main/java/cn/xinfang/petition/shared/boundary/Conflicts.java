package cn.xinfang.petition.shared.boundary;

import java.sql.SQLException;
import jakarta.persistence.EntityExistsException;

/**
 * A database constraint a race can hit (two people adding the same review at once, both passing
 * the check before either has committed): the loser's request is a conflict, not a failure. The
 * violation may surface inside the call or only at commit, wrapped in EJBException,
 * EJBTransactionRolledbackException, RollbackException or PersistenceException.
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
}
