package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.organization.entity.Unit;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Readable, unique, gap-free matter numbers: county code, year, six-digit sequence
 * ({@code 331199-2026-000123}). The county's unit row is locked while a number is taken, so
 * concurrent registrations queue for it, and a rolled-back registration gives its number back.
 */
@Dependent
public class MatterNumbers {

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the county for the rest of the transaction. Registration takes it first, so that two
     * clerks registering the same new petitioner at once do not both create them.
     */
    public Unit lockCounty(Unit anyUnitOfTheCounty) {
        Unit county = anyUnitOfTheCounty;
        while (county.getParent() != null) {
            county = county.getParent();
        }
        em.lock(county, LockModeType.PESSIMISTIC_WRITE);
        return county;
    }

    public String next(Unit anyUnitOfTheCounty, int year) {
        Unit county = lockCounty(anyUnitOfTheCounty);
        String prefix = county.getCode();
        @SuppressWarnings("unchecked")
        List<Number> last = em.createNativeQuery("SELECT last_value FROM matter_number WHERE prefix = ?1 AND num_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).getResultList();
        long value;
        if (last.isEmpty()) {
            value = 1;
            em.createNativeQuery("INSERT INTO matter_number (prefix, num_year, last_value) VALUES (?1, ?2, 1)")
                    .setParameter(1, prefix).setParameter(2, year).executeUpdate();
        } else {
            value = last.get(0).longValue() + 1;
            em.createNativeQuery("UPDATE matter_number SET last_value = ?1 WHERE prefix = ?2 AND num_year = ?3")
                    .setParameter(1, value).setParameter(2, prefix).setParameter(3, year).executeUpdate();
        }
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
