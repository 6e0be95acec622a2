package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.organization.entity.Unit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What other features (reception-day bookings) may know of a petitioner's matters to tell them
 * where they stand: the matters accepted and within their handling period or under appeal (the
 * unit handling it, its due day) and the terminated ones (三级终结). Found only by ID number and
 * name together, so that an ID number alone tells a stranger nothing; the matter's content,
 * staff and notes never leave. {@code @PermitAll} like the public pages that ask.
 */
@Stateless
@PermitAll
public class PetitionerStanding {

    /** Accepted and being handled, or an appeal being decided: a leader's reception is not the way then. */
    private static final Set<MatterState> IN_HANDLING = EnumSet.of(MatterState.ACCEPTED, MatterState.HANDLING,
            MatterState.OBJECTED, MatterState.REPLY_DRAFTED, MatterState.UNDER_REVIEW, MatterState.UNDER_RE_REVIEW);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record InHandling(String number, String unitName, String unitPhone, LocalDate due, String categoryCode)
            implements Serializable {
    }

    public record Terminated(String number, LocalDate terminatedOn, String reason, String categoryCode) implements Serializable {
    }

    public record Standing(List<InHandling> inHandling, List<Terminated> terminated) implements Serializable {
        public static final Standing NONE = new Standing(List.of(), List.of());
    }

    public Standing of(String idNumber, String name) {
        if (idNumber == null || name == null || !IdNumber.isValid(idNumber, LocalDate.now(clock))) {
            return Standing.NONE;
        }
        String id = IdNumber.parse(idNumber, "idNumber", LocalDate.now(clock)).value();
        Petitioner p = em.createNamedQuery(Petitioner.BY_ID_NUMBER, Petitioner.class).setParameter("idNumber", Petitioner.idNumberIndex(id))
                .getResultStream().findFirst().orElse(null);
        if (p == null || !name.strip().equals(p.getName())) {
            return Standing.NONE;
        }
        List<Matter> matters = em.createNamedQuery(Matter.OF_PETITIONER, Matter.class).setParameter("petitioner", p).getResultList();
        List<InHandling> open = matters.stream().filter(m -> IN_HANDLING.contains(m.getState())).map(m -> {
            Unit u = m.routing().getMainUnit() != null ? m.routing().getMainUnit() : m.getRegisteringUnit();
            LocalDate due = m.openPeriodDue();
            return new InHandling(m.getNumber(), u.getName(), u.getContactPhone(), due, category(m));
        }).toList();
        List<Terminated> ended = matters.stream().filter(m -> m.getState() == MatterState.TERMINATED)
                .map(m -> new Terminated(m.getNumber(), m.closure().getTerminatedOn(),
                        m.closure().getTerminationReason() == null ? null : m.closure().getTerminationReason().name(), category(m)))
                .toList();
        return new Standing(open, ended);
    }

    private static String category(Matter m) {
        return m.intake().getCategory() == null ? null : m.intake().getCategory().getCode();
    }
}
