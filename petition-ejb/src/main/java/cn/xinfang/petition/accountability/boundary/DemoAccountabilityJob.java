package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.Chains;
import cn.xinfang.petition.accountability.control.DemoAccountability;
import cn.xinfang.petition.accountability.entity.Responsibility;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.accountability.entity.TraceBack;
import cn.xinfang.petition.casehandling.boundary.MatterClocks;
import cn.xinfang.petition.casehandling.boundary.MatterRecords;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.ScheduledJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo county's first contacts, handovers, 包案 and accountability case, once after the demo
 * county was created (see {@link DemoAccountability}), in a transaction of its own so that the
 * daily rule of {@link AccountabilityCases} never depends on it.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@RolesAllowed(Roles.OFFICER)
public class DemoAccountabilityJob implements ScheduledJob {

    @Inject
    DemoAccountability demo;

    @Inject
    Chains chains;

    @Inject
    MatterClocks clocks;

    @Inject
    MatterRecords records;

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return DemoAccountability.JOB;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runIfDue(Instant now) {
        if (!demo.pending()) {
            return false;
        }
        chains.recordMissingFirstContacts();
        return demo.seedIfPending(clocks.running(), LocalDate.ofInstant(now, Clocks.ZONE), now, this::suggestion);
    }

    /** 倒查 from the timeline (of the first-time matter for a repeat), each person with their unit. */
    private List<TraceBack.Suggestion> suggestion(long matterId) {
        MatterRecords.Trace t = records.trace(matterId);
        boolean repeat = t.repeat() && t.originId() != null;
        String owningLeader = chains.current(matterId, ResponsibilityRole.LEADER).map(Responsibility::getHolder).orElse(null);
        List<TraceBack.Suggestion> out = new ArrayList<>();
        for (TraceBack.Suggestion s : TraceBack.suggest(repeat, repeat ? t.originTimeline() : t.timeline(), owningLeader)) {
            Long unit = s.unitId();
            if (s.username() != null) {
                unit = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", s.username())
                        .getResultStream().findFirst().map(u -> u.getUnit().getId()).orElse(unit);
            }
            out.add(new TraceBack.Suggestion(s.username(), unit, s.basis()));
        }
        return out;
    }
}
