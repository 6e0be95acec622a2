package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.LowerLevelMatter;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 2022 Art 19: "信访事项已经受理或者正在办理的，信访人在规定期限内向受理、办理机关、单位的上级机关、单位又提出同一信访事项的，
 * 上级机关、单位不予受理". Which of a petitioner's matters a lower level is handling within its period,
 * seen from the unit that receives the petition again.
 * <p>
 * The receiving unit acts for its government: a department (the petition bureau among them) for the
 * county, a township for the township. A matter is at a lower level when the unit responsible for it
 * — the main unit once routed, else the unit that registered it — lies below that government and is
 * neither the receiving unit nor one of its parents. It is within its period while the acceptance
 * decision or the handling (60 days, the extension and hearing pauses included) is not yet due.
 */
@ApplicationScoped
public class LowerLevels {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    Clock clock;

    /** The petitioner's matters handled below {@code receiving} within their period that {@code caller} may see, except {@code self}. */
    public List<LowerLevelMatter> of(Petitioner petitioner, Unit receiving, Matter self, AppUser caller) {
        if (petitioner == null || receiving == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Matter.OF_PETITIONER, Matter.class).setParameter("petitioner", petitioner)
                .getResultStream()
                .filter(m -> !m.equals(self))
                .filter(m -> access.maySee(caller, m))
                .filter(m -> handledBelowWithinPeriod(m, receiving, today))
                .map(this::view)
                .toList();
    }

    /** Whether {@code m} is handled below the government {@code receiving} acts for, within its period on {@code today}. */
    public static boolean handledBelowWithinPeriod(Matter m, Unit receiving, LocalDate today) {
        LocalDate due = m.openPeriodDue();
        if (due == null || due.isBefore(today)) {
            return false;
        }
        Unit responsible = responsible(m);
        Unit government = governmentOf(receiving);
        return responsible != null && responsible.isWithin(government) && !responsible.equals(government)
                && !receiving.isWithin(responsible);
    }

    /** The unit answering for the matter now: the main unit once routed, else the registering unit. */
    public static Unit responsible(Matter m) {
        Unit main = m.routing().getMainUnit();
        return main != null ? main : m.getRegisteringUnit();
    }

    /** The government a unit acts for: a township (and its villages) for the township, anything else for the root. */
    static Unit governmentOf(Unit u) {
        for (Unit x = u; x != null; x = x.getParent()) {
            if (x.getKind() == UnitKind.TOWNSHIP) {
                return x;
            }
            if (x.getParent() == null) {
                return x;
            }
        }
        return Objects.requireNonNull(u);
    }

    private LowerLevelMatter view(Matter m) {
        Unit u = responsible(m);
        String content = m.intake().getContent();
        return new LowerLevelMatter(m.getId(), m.getNumber(), m.intake().getReceivedOn(), u.getName(), m.getState(),
                m.openPeriodDue(), content.length() <= 60 ? content : content.substring(0, 60) + "…");
    }
}
