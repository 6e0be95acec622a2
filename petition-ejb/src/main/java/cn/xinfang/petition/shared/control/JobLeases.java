package cn.xinfang.petition.shared.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Once-per-slot claims on the table {@code job_lease}, shared by every node on the database. The
 * claim is a conditional UPDATE in the caller's transaction: the first node moves
 * {@code last_slot} forward and holds the row's lock until it commits; another node's UPDATE waits
 * for that lock and then matches no row. A rolled-back run gives the slot back.
 */
@Dependent
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    /** Whether this transaction won {@code slot} of job {@code name}. */
    public boolean claim(String name, long slot, Instant now) {
        int n = em.createNativeQuery("UPDATE job_lease SET last_slot = ?1, node = ?2, started_at = ?3, runs = runs + 1"
                        + " WHERE name = ?4 AND last_slot < ?1")
                .setParameter(1, slot).setParameter(2, node())
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(4, name)
                .executeUpdate();
        return n == 1;
    }

    /** The last slot claimed for {@code name}, -1 before the first run. */
    public long lastSlot(String name) {
        return ((Number) em.createNativeQuery("SELECT last_slot FROM job_lease WHERE name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    /** The interval of the scheduled-job timer: petition.watch.interval-minutes (default 60, at least 1). */
    public static long intervalMillis(Settings settings) {
        return Math.max(1, settings.integer("petition.watch.interval-minutes", 60)) * 60_000L;
    }

    /** Serialises a run by hand with the timer's runs of the same job (the row lock until commit). */
    public void lock(String name) {
        em.createNativeQuery("UPDATE job_lease SET runs = runs + 1 WHERE name = ?1").setParameter(1, name).executeUpdate();
    }

    /** The name of this node (jboss.node.name, which a cluster sets per node). */
    public static String node() {
        String n = System.getProperty("jboss.node.name");
        return n == null ? "standalone" : n;
    }
}
