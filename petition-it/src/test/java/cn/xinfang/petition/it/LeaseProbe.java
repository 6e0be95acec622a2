package cn.xinfang.petition.it;

import cn.xinfang.petition.shared.control.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test-only: claims on job_lease in transactions of their own, as two nodes' timers would. */
@Stateless
@PermitAll
public class LeaseProbe {

    @PersistenceContext(unitName = "petition")
    EntityManager em;

    @Inject
    JobLeases leases;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void job(String name) {
        em.createNativeQuery("INSERT INTO job_lease (name, last_slot, runs) VALUES (?1, -1, 0)").setParameter(1, name).executeUpdate();
    }

    /** Claims, then keeps the transaction (and the row lock) open until {@code release} opens. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndHold(String name, long slot, CountDownLatch claimed, CountDownLatch release) throws InterruptedException {
        boolean won = leases.claim(name, slot, Instant.now());
        claimed.countDown();
        release.await(30, TimeUnit.SECONDS);
        return won;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, long slot) {
        return leases.claim(name, slot, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long lastSlot(String name) {
        return leases.lastSlot(name);
    }
}
