package cn.xinfang.petition.it;

import cn.xinfang.petition.organization.control.PasswordHasher;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.control.BookingCodes;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

/** The reception day's test data: leaders (with an account), published sessions, bookings with known codes. */
@Stateless
@PermitAll
public class ReceptionDayFixtures {

    @PersistenceContext(unitName = "petition")
    EntityManager em;

    @Inject
    BookingCodes codes;

    @Inject
    PasswordHasher hasher;

    /** A leader of {@code unitId}; with {@code username} also a county-leader account linked to it (their 批示件 page). */
    public long leader(long unitId, String name, LeaderLevel level, String username) {
        Unit unit = em.find(Unit.class, unitId);
        Leader l = new Leader(name, "测试职务", level, unit);
        if (username != null) {
            AppUser u = new AppUser(username, name, unit, EnumSet.of(Role.COUNTY_LEADER), hasher.hash(Fixtures.PASSWORD.toCharArray()),
                    Instant.now());
            em.persist(u);
            l.linkAccount(u);
        }
        em.persist(l);
        em.flush();
        return l.getId();
    }

    /** A session of {@code unitId} on {@code day}, published (as if ten days before), 09:00–12:00. */
    public long session(long unitId, long leaderId, LocalDate day) {
        ReceptionSession s = new ReceptionSession(em.find(Unit.class, unitId), null, em.find(Leader.class, leaderId), day, day,
                LocalTime.of(9, 0), LocalTime.of(12, 0), "县信访局接待大厅", ReceptionForm.FIXED, null, 20,
                day.minusDays(1).atTime(17, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        s.publish(day.minusDays(10), 5, null, "fixture", Instant.now());
        em.persist(s);
        em.flush();
        return s.getId();
    }

    /** A booking numbered {@code number} with the booking code {@code code}. */
    public long booking(long sessionId, int number, String code, String name, String idNumber, LocalDate today) {
        Booking b = new Booking(em.find(ReceptionSession.class, sessionId), number, codes.hash(code), name, idNumber, "13900000000",
                "反映征地补偿问题", null, BookingVia.STAFF, "fixture", today, Instant.now());
        em.persist(b);
        em.flush();
        return b.getId();
    }

    /** Test-only: moves the day by which a 批示件 is to be routed. */
    public void setRoutingDue(long instructionId, LocalDate due) {
        em.createQuery("UPDATE Instruction i SET i.routingDue = :due, i.version = i.version + 1 WHERE i.id = :id")
                .setParameter("due", due).setParameter("id", instructionId).executeUpdate();
    }

    /** Test-only: moves the day a 批示件 was routed. */
    public void setRoutedOn(long instructionId, LocalDate on) {
        em.createQuery("UPDATE Instruction i SET i.routedOn = :on, i.version = i.version + 1 WHERE i.id = :id")
                .setParameter("on", on).setParameter("id", instructionId).executeUpdate();
    }

    /** Test-only: moves the day by which a 批示件 is to be reported back. */
    public void setReplyDue(long instructionId, LocalDate due) {
        em.createQuery("UPDATE Instruction i SET i.replyDue = :due, i.version = i.version + 1 WHERE i.id = :id")
                .setParameter("due", due).setParameter("id", instructionId).executeUpdate();
    }

    public long matterCount(String idNumber) {
        // the ID number is sealed at rest: compared through its blind index
        return em.createQuery("SELECT COUNT(m) FROM Matter m WHERE m.petitioner.idNumberIndex = :id", Long.class)
                .setParameter("id", cn.xinfang.petition.casehandling.entity.Petitioner.idNumberIndex(idNumber)).getSingleResult();
    }
}
