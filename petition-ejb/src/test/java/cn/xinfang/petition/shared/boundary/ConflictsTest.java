package cn.xinfang.petition.shared.boundary;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are a lost race (409: reload and try again) and which a constraint: {@link Conflicts}. */
class ConflictsTest {

    private static Throwable atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(cause);
        return new EJBTransactionRolledbackException("rolled back", new IllegalStateException(rollback));
    }

    @Test
    void aLostVersionCheckIsALostRaceAlsoWhenItSurfacesAtCommit() {
        assertTrue(Conflicts.isLostRace(new OptimisticLockException("stale")));
        assertTrue(Conflicts.isLostRace(atCommit(new OptimisticLockException("stale"))));
        assertTrue(Conflicts.isLostRace(new EJBTransactionRolledbackException("x", new PersistenceException(new org.hibernate.StaleObjectStateException("Matter", 1L)))));
    }

    @Test
    void deadlocksLockTimeoutsAndSerializationFailuresAreLostRaces() {
        for (String state : new String[] {"40001", "40P01", "HYT00", "90131"}) {
            assertTrue(Conflicts.isLostRace(atCommit(new PersistenceException(new SQLException("x", state)))), state);
        }
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Conflicts.isLostRace(new PersistenceException(new SQLException("unique", "23505"))));
        assertTrue(Conflicts.isConstraintViolation(new PersistenceException(new SQLException("unique", "23505"))));
        assertFalse(Conflicts.isLostRace(new IllegalStateException("bug")));
        assertFalse(Conflicts.isLostRace(new PersistenceException(new SQLException("syntax", "42601"))));
    }
}
