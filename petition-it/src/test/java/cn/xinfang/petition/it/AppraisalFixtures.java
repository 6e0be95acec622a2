package cn.xinfang.petition.it;

import cn.xinfang.petition.organization.control.PasswordHasher;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** What the appraisal tests add to a test county: its appraiser, a third department, steps dated back. */
@Stateless
@PermitAll
public class AppraisalFixtures {

    @PersistenceContext(unitName = "petition")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** The county's appraisal office account: "apr" + tag. */
    public String appraiser(Fixtures.County c) {
        String name = "apr" + c.tag();
        if (em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name).getResultList().isEmpty()) {
            em.persist(new AppUser(name, "测试考核办", em.find(Unit.class, c.countyId()), EnumSet.of(Role.APPRAISER),
                    hasher.hash(Fixtures.PASSWORD.toCharArray()), Instant.now()));
            em.flush();
        }
        return name;
    }

    /** A third department "X" + tag with a clerk "clx" + tag; returns its id. */
    public long deptC(Fixtures.County c) {
        Unit u = new Unit("X" + c.tag(), "测试局丙" + c.tag(), UnitKind.DEPARTMENT, em.find(Unit.class, c.countyId()));
        em.persist(u);
        em.persist(new AppUser("clx" + c.tag(), "测试unit_clerk", u, EnumSet.of(Role.UNIT_CLERK),
                hasher.hash(Fixtures.PASSWORD.toCharArray()), Instant.now()));
        em.flush();
        return u.getId();
    }

    /** A leader of department B: "lxb" + tag. */
    public String leaderB(Fixtures.County c) {
        String name = "lxb" + c.tag();
        em.persist(new AppUser(name, "测试unit_leader", em.find(Unit.class, c.deptBId()), EnumSet.of(Role.UNIT_LEADER),
                hasher.hash(Fixtures.PASSWORD.toCharArray()), Instant.now()));
        em.flush();
        return name;
    }

    /** Test-only: every step of these matters taken at {@code at}, their ratings given on {@code ratedOn}. */
    public void dateBack(List<Long> matters, Instant at, LocalDate ratedOn) {
        em.createQuery("UPDATE MatterEvent e SET e.at = :a WHERE e.matter.id IN :b").setParameter("a", at).setParameter("b", matters)
                .executeUpdate();
        // the decision's instant is on the row too (V65), the same as its event's
        em.createQuery("UPDATE Matter m SET m.acceptance.decidedAt = :a WHERE m.id IN :b AND m.acceptance.decidedAt IS NOT NULL")
                .setParameter("a", at).setParameter("b", matters).executeUpdate();
        em.createQuery("UPDATE Matter m SET m.evaluation.ratedOn = :a WHERE m.id IN :b AND m.evaluation.rating IS NOT NULL")
                .setParameter("a", ratedOn).setParameter("b", matters).executeUpdate();
    }

    /** Test-only: the backlog dates of a matter (on the backlog from {@code since}, off it on {@code endedOn}, or still on it). */
    public void backlog(long matter, LocalDate since, LocalDate endedOn) {
        em.createQuery("UPDATE Matter m SET m.closure.backlogSince = :s, m.closure.backlogEndedOn = :e WHERE m.id = :id")
                .setParameter("s", since).setParameter("e", endedOn).setParameter("id", matter).executeUpdate();
    }

    /** Test-only: the day a 督办 notice was issued and its reply-by day. */
    public void noticeDates(long notice, LocalDate issuedOn, LocalDate replyBy) {
        em.createQuery("UPDATE SupervisionNotice n SET n.issuedOn = :i, n.replyBy = :r WHERE n.id = :id")
                .setParameter("i", issuedOn).setParameter("r", replyBy).setParameter("id", notice).executeUpdate();
    }
}
