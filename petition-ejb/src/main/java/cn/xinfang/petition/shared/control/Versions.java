package cn.xinfang.petition.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.function.LongSupplier;

/**
 * Every step on a versioned record advances its version exactly once, also a step that changes
 * only the record's parts (a co-handling unit's contribution, a note on the timeline, a party of a
 * case, a milestone of a 包案): Hibernate increments the version only when the record's own row
 * changes, so two writers that read the same version could otherwise both commit. After the
 * step's changes are flushed, a record whose version did not move gets
 * {@code PESSIMISTIC_FORCE_INCREMENT}: {@code UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?}, which a second writer of the same version waits for and then fails (409). No lock
 * is taken before the step, and a record whose row changed anyway is not incremented twice.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * Flushes, then advances {@code record}'s version unless the flush did ({@code version} reads
     * it now; {@code read} is the version the step was taken on).
     */
    public static void advance(EntityManager em, Object record, LongSupplier version, long read) {
        em.flush();
        if (version.getAsLong() == read) {
            em.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }
}
