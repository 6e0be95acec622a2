package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.entity.AccountabilityCase;
import cn.xinfang.petition.accountability.entity.CaseOwnership;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.DecisionKind;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The accountability records the year-end appraisal reads, per unit and period, each with the ids
 * behind its counts (so a deduction can be traced to its cases):
 * <ul>
 * <li>{@link #ownership}: 包案化解率 of a responsible unit — the 包案 taken within the period
 *     (denominator) and those of them resolved (化解) by its last day (numerator), the same
 *     definition as {@link CaseOwnerships#rates};</li>
 * <li>{@link #decisions}: the accountability cases decided within the period with a measure (not
 *     免予追究) in which the unit is concerned — the case's handling unit, or the unit of a
 *     concerned party.</li>
 * </ul>
 * For the bureau's roles and the appraiser; not scoped to a unit (the appraisal shows each unit its own).
 */
@Stateless
@RolesAllowed({Roles.APPRAISER, Roles.OFFICER, Roles.COUNTY_LEADER, Roles.ADMIN})
public class AccountabilityRecords {

    @PersistenceContext
    EntityManager em;

    /** The decided cases that count against a unit in a period, each with its measure. */
    public record Decisions(long unitId, LocalDate from, LocalDate to, List<Decided> cases) implements Serializable {

        public List<Long> caseIds() {
            return cases.stream().map(Decided::caseId).toList();
        }

        public long count(DecisionKind kind) {
            return cases.stream().filter(c -> c.decision() == kind).count();
        }
    }

    public record Decided(long caseId, String number, long matterId, DecisionKind decision, LocalDate decidedOn,
                          String documentNumber) implements Serializable {
    }

    public OwnershipRate ownership(long unitId, LocalDate from, LocalDate to) {
        period(from, to);
        List<CaseOwnership> taken = em.createQuery("SELECT o FROM CaseOwnership o WHERE o.unitId = :unit"
                        + " AND o.takenOn BETWEEN :from AND :to ORDER BY o.id", CaseOwnership.class)
                .setParameter("unit", unitId).setParameter("from", from).setParameter("to", to).getResultList();
        return CaseOwnerships.rate(String.valueOf(unitId), null, from, to, taken);
    }

    public Decisions decisions(long unitId, LocalDate from, LocalDate to) {
        period(from, to);
        List<Decided> out = em.createQuery("SELECT c FROM AccountabilityCase c WHERE c.status = :decided"
                        + " AND c.decision <> :none AND c.decidedOn BETWEEN :from AND :to ORDER BY c.decidedOn, c.id",
                        AccountabilityCase.class)
                .setParameter("decided", CaseStatus.DECIDED).setParameter("none", DecisionKind.NONE)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(c -> Objects.equals(c.getUnitId(), unitId) || c.getParties().stream()
                        .anyMatch(p -> p.isConcerned() && Objects.equals(p.getUnitId(), unitId)))
                .map(c -> new Decided(c.getId(), c.getNumber(), c.getMatterId(), c.getDecision(), c.getDecidedOn(),
                        c.getDocumentNumber()))
                .toList();
        return new Decisions(unitId, from, to, out);
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.onField("to", "accountability2.error.period");
        }
    }
}
