package cn.xinfang.petition.shared.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it (optimistic locking). */
@ApplicationException(rollback = true)
public class StaleDataException extends BusinessException {

    public StaleDataException() {
        super("error.stale");
    }

    /** Refuses unless the record is still at the version the caller read. */
    public static void unlessAt(long current, long read) {
        if (current != read) {
            throw new StaleDataException();
        }
    }
}
