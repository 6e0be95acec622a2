package cn.xinfang.petition.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/** Test-only shortcuts of the reception-day tests past procedures that other tests cover. */
@Stateless
@PermitAll
public class ReceptionFixtures {

    @PersistenceContext(unitName = "petition")
    EntityManager em;

    /** Pretends the matter went through review and re-review and was terminated (三级终结) on {@code on}. */
    public void terminate(long matterId, LocalDate on) {
        em.createQuery("UPDATE Matter m SET m.state = cn.xinfang.petition.casehandling.entity.MatterState.TERMINATED,"
                        + " m.closure.terminatedOn = :on, m.version = m.version + 1 WHERE m.id = :id")
                .setParameter("on", on).setParameter("id", matterId).executeUpdate();
    }
}
