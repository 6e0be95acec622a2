package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The frame of every step on a matter: load it, check the caller may see it and saw its current
 * version; afterwards record the timeline event and answer the new view.
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

    public MatterDetail done(Matter m, MatterEvent event, AppUser me) {
        em.persist(event);
        em.flush();
        return views.detail(m, me);
    }
}
