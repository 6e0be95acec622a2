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
import java.util.EnumSet;
import java.util.UUID;

/**
 * Each test makes its own data: a small county of its own with unique codes and user names, so
 * tests never depend on each other or on the order they run in.
 */
@Stateless
@PermitAll
public class Fixtures {

    public static final String PASSWORD = "Passw0rd!";

    @PersistenceContext(unitName = "petition")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** A fresh county with two departments, a township and a village, and users in them. */
    public County county() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Unit county = persist(new Unit("C" + tag, "测试县" + tag, UnitKind.COUNTY, null));
        Unit deptA = persist(new Unit("A" + tag, "测试局甲" + tag, UnitKind.DEPARTMENT, county));
        Unit deptB = persist(new Unit("B" + tag, "测试局乙" + tag, UnitKind.DEPARTMENT, county));
        Unit town = persist(new Unit("T" + tag, "测试镇" + tag, UnitKind.TOWNSHIP, county));
        Unit village = persist(new Unit("V" + tag, "测试村" + tag, UnitKind.VILLAGE, town));
        String hash = hasher.hash(PASSWORD.toCharArray());
        County c = new County(tag, county.getId(), deptA.getId(), deptB.getId(), town.getId(), village.getId());
        user(c.admin(), county, Role.ADMIN, hash);
        user(c.officer(), county, Role.OFFICER, hash);
        user(c.registrar(), county, Role.REGISTRAR, hash);
        user(c.clerkA(), deptA, Role.UNIT_CLERK, hash);
        user(c.leaderA(), deptA, Role.UNIT_LEADER, hash);
        user(c.clerkB(), deptB, Role.UNIT_CLERK, hash);
        user(c.townClerk(), town, Role.UNIT_CLERK, hash);
        user(c.townLeader(), town, Role.UNIT_LEADER, hash);
        user(c.townRegistrar(), town, Role.REGISTRAR, hash);
        em.flush();
        return c;
    }

    /** Test-only: pretends the reply of a matter was issued on an earlier day (to reach lapsed windows). */
    public void backdateReply(long matterId, java.time.LocalDate on) {
        em.createQuery("UPDATE Matter m SET m.reply.repliedOn = :on, m.version = m.version + 1 WHERE m.id = :id")
                .setParameter("on", on).setParameter("id", matterId).executeUpdate();
    }

    /** Test-only: moves the last day of a matter's handling period (to reach a lapsed period). */
    public void setHandlingDue(long matterId, java.time.LocalDate due) {
        em.createQuery("UPDATE Matter m SET m.handling.due = :due, m.version = m.version + 1 WHERE m.id = :id")
                .setParameter("due", due).setParameter("id", matterId).executeUpdate();
    }

    /** Test-only: moves the acceptance due day (the acceptance and routing clocks). */
    public void setAcceptanceDue(long matterId, java.time.LocalDate due) {
        em.createQuery("UPDATE Matter m SET m.acceptance.due = :due, m.version = m.version + 1 WHERE m.id = :id")
                .setParameter("due", due).setParameter("id", matterId).executeUpdate();
    }

    /** Test-only: moves the last day on which the handling unit may object to the routing. */
    public void setObjectionDue(long matterId, java.time.LocalDate due) {
        em.createQuery("UPDATE Matter m SET m.routing.objectionDue = :due, m.version = m.version + 1 WHERE m.id = :id")
                .setParameter("due", due).setParameter("id", matterId).executeUpdate();
    }

    /** Test-only: moves the decision due day of a matter's review or re-review. */
    public void setAppealDue(long matterId, cn.xinfang.petition.casehandling.entity.AppealStage stage, java.time.LocalDate due) {
        em.createQuery("UPDATE Appeal a SET a.dueOn = :due WHERE a.matter.id = :id AND a.stage = :stage")
                .setParameter("due", due).setParameter("id", matterId).setParameter("stage", stage).executeUpdate();
    }

    public AppUser user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getSingleResult();
    }

    public Long unitIdByCode(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getSingleResult().getId();
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** A county leader of the test county (not every test needs one): user name "cld" + tag. */
    public String countyLeader(County c) {
        String name = "cld" + c.tag();
        if (em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name).getResultList().isEmpty()) {
            user(name, em.find(Unit.class, c.countyId()), Role.COUNTY_LEADER, hasher.hash(PASSWORD.toCharArray()));
            em.flush();
        }
        return name;
    }

    /** Test-only: a bulk JPQL update (moving a day into the past). */
    public int update(String jpql) {
        return em.createQuery(jpql).executeUpdate();
    }

    /** The same with the parameters :a and :b. */
    public int update(String jpql, Object a, Object b) {
        return em.createQuery(jpql).setParameter("a", a).setParameter("b", b).executeUpdate();
    }

    public Object single(String jpql) {
        return em.createQuery(jpql).getSingleResult();
    }

    public long nativeCount(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    public void expireLock(String username) {
        AppUser u = user(username);
        if (u.getLockedUntil() != null) {
            em.createQuery("UPDATE AppUser u SET u.lockedUntil = :past WHERE u.username = :n")
                    .setParameter("past", Instant.now().minusSeconds(60)).setParameter("n", username).executeUpdate();
        }
    }

    private Unit persist(Unit u) {
        em.persist(u);
        return u;
    }

    private void user(String username, Unit unit, Role role, String hash) {
        em.persist(new AppUser(username, "测试" + role.roleName(), unit, EnumSet.of(role), hash, Instant.now()));
    }

    /** The ids and user names of one test county. */
    public record County(String tag, long countyId, long deptAId, long deptBId, long townId, long villageId)
            implements java.io.Serializable {
        public String admin() {
            return "adm" + tag;
        }

        public String officer() {
            return "off" + tag;
        }

        public String registrar() {
            return "reg" + tag;
        }

        public String clerkA() {
            return "cla" + tag;
        }

        public String leaderA() {
            return "lea" + tag;
        }

        public String clerkB() {
            return "clb" + tag;
        }

        public String townClerk() {
            return "clt" + tag;
        }

        public String townLeader() {
            return "let" + tag;
        }

        /** A registrar at the township: the township registers the petitions it receives itself. */
        public String townRegistrar() {
            return "rgt" + tag;
        }
    }
}
