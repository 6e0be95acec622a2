package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The frame of every step on a matter: load it, check the caller may see it and saw its current
 * version; afterwards record the timeline event, advance the version and answer the new view.
 */
@Dependent
public class MatterSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    MatterViews views;

    public Matter load(long id, long version, AppUser me) {
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        access.require(me, m);
        StaleDataException.unlessAt(m.getVersion(), version);
        return m;
    }

    /**
     * The step's event recorded and the matter's version advanced once, also when the step changed
     * only the matter's parts (a note, a co-handling unit's contribution, a hearing's minutes):
     * two steps taken on the same version never both commit.
     */
    public MatterDetail done(Matter m, MatterEvent event, AppUser me) {
        em.persist(event);
        if (m.getReadVersion() >= 0) {
            Versions.advance(em, m, m::getVersion, m.getReadVersion());
        } else {
            em.flush();
        }
        return views.detail(m, me);
    }
}
