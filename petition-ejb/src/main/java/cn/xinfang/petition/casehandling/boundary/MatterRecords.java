package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.List;

/**
 * A matter's timeline, and for a repeat the first-time matter's, for the 倒查 rule of
 * accountability: for the server's own scheduled jobs (run as officer, no one signed in, e.g. the
 * demo county's first start) and for a signed-in case officer, scoped like {@link Petitions#get}.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class MatterRecords {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    MatterAccess access;

    /** The timeline of a matter and, for a repeat, of the first-time matter it repeats. */
    public record Trace(long matterId, boolean repeat, Long originId, List<TimelineEntry> timeline,
                        List<TimelineEntry> originTimeline) implements Serializable {
    }

    public Trace trace(long matterId) {
        Matter m = em.find(Matter.class, matterId);
        if (m == null) {
            throw new NotFoundException();
        }
        String caller = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (caller != null && !"anonymous".equals(caller)) {
            access.require(access.caller(), m);
        }
        Matter origin = m.isRepeat() ? m.getOrigin() : null;
        return new Trace(matterId, m.isRepeat(), origin == null ? null : origin.getId(), timeline(m),
                origin == null ? List.of() : timeline(origin));
    }

    private List<TimelineEntry> timeline(Matter m) {
        return em.createNamedQuery(MatterEvent.OF_MATTER, MatterEvent.class).setParameter("matter", m)
                .getResultStream().map(TimelineEntry::of).toList();
    }
}
