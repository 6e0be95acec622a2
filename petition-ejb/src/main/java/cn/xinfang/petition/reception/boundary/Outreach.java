package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.reception.control.BookingCodes;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.CarriedMatter;
import cn.xinfang.petition.reception.entity.FollowUpVisit;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.OutreachViews.CarriedRow;
import cn.xinfang.petition.reception.entity.OutreachViews.FollowUpRow;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.PersonalData;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The leader going out and the follow-through: 带案下访 (matters a leader carries to a session,
 * with what came of each), 约访 (staff invite a named petitioner to a session about a matter: a
 * booking of its own kind, received first on the day like the booked ones, without the public
 * cut-off and eligibility, since the leader chose them) and 回访 (the follow-up visits of a
 * 批示件's matter after the unit reported back). Scoped like the sessions and the 批示件.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
public class Outreach {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Petitions petitions;

    @Inject
    BookingCodes codes;

    @Inject
    Clock clock;

    // ---- 带案下访 ----

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<CarriedRow> carried(long sessionId) {
        ReceptionSession s = visibleSession(sessionId);
        return em.createNamedQuery(CarriedMatter.OF_SESSION, CarriedMatter.class).setParameter("session", s).getResultStream()
                .map(CarriedRow::of).toList();
    }

    /** The leader carries the matter numbered {@code matterNumber} to the session (once per session). */
    public CarriedRow carry(long sessionId, String matterNumber, String purpose) {
        ReceptionSession s = sessionToRun(sessionId);
        MatterDetail m = matter(matterNumber);
        if (!em.createNamedQuery(CarriedMatter.OF_MATTER, CarriedMatter.class).setParameter("session", s)
                .setParameter("matter", m.summary().id()).getResultList().isEmpty()) {
            throw BusinessException.onField("matterNumber", "reception3.error.alreadyCarried", m.summary().number());
        }
        CarriedMatter c = new CarriedMatter(s, m.summary().id(), m.summary().number(), purpose, me().getUsername(), clock.instant());
        em.persist(c);
        em.flush();
        return CarriedRow.of(c);
    }

    /** What came of a carried matter on the day. */
    public CarriedRow recordResult(long carriedId, long version, String result) {
        CarriedMatter c = em.find(CarriedMatter.class, carriedId);
        if (c == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(c.getSession().getUnit());
        StaleDataException.unlessAt(c.getVersion(), version);
        c.result(result);
        em.flush();
        return CarriedRow.of(c);
    }

    // ---- 约访 ----

    /**
     * 约访: a booking of kind INVITATION for the named petitioner, on a planned or published
     * session not yet past; the code (for the petitioner to show on the day) is in this answer only.
     */
    public BookingReceipt invite(long sessionId, @NotNull Forms.InvitationForm f) {
        ReceptionSession s = em.find(ReceptionSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(s.getUnit());
        LocalDate today = LocalDate.now(clock);
        if (!s.getState().isOpen() || s.getDay().isBefore(today)) {
            throw BusinessException.onField("sessionId", "reception3.error.sessionClosed");
        }
        Optional<MatterDetail> m = f.matterNumber() == null || f.matterNumber().isBlank() ? Optional.empty()
                : Optional.of(matter(f.matterNumber()));
        Instant now = clock.instant();
        String code = codes.next();
        // the constructor checks name, ID number, phone and subject first
        Booking probe = new Booking(s, 0, codes.hash(code), f.name(), f.idNumber(), f.phone(), f.subject(), null, BookingVia.INVITATION,
                me().getUsername(), today, now);
        if (!em.createNamedQuery(Booking.ACTIVE_OF_PERSON, Booking.class).setParameter("session", s)
                .setParameter("idNumber", PersonalData.index(PersonalData.Kind.ID_NUMBER, probe.getIdNumber())).setParameter("cancelled", BookingState.CANCELLED).getResultList().isEmpty()) {
            throw BusinessException.onField("idNumber", "reception.error.alreadyBooked");
        }
        int number = em.createNamedQuery(Booking.MAX_NUMBER, Integer.class).setParameter("session", s).getSingleResult() + 1;
        Booking b = new Booking(s, number, probe.getCodeHash(), f.name(), f.idNumber(), f.phone(), f.subject(), null, BookingVia.INVITATION,
                me().getUsername(), today, now);
        m.ifPresent(d -> b.about(d.summary().id(), d.summary().number()));
        em.persist(b);
        em.flush();
        long booked = em.createNamedQuery(Booking.ACTIVE_COUNT, Long.class).setParameter("session", s)
                .setParameter("cancelled", BookingState.CANCELLED).getSingleResult();
        return new BookingReceipt(code, number, b.getName(), BookingDesk.publicView(s, booked, now));
    }

    // ---- 回访 ----

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<FollowUpRow> followUps(long instructionId) {
        Instruction i = readable(instructionId);
        return em.createNamedQuery(FollowUpVisit.OF_INSTRUCTION, FollowUpVisit.class).setParameter("instruction", i).getResultStream()
                .map(FollowUpRow::of).toList();
    }

    /**
     * 回访 after the report-back: by the unit the 批示件 was routed to (or a unit above it, the
     * bureau included), recorded as that unit's visit.
     */
    public FollowUpRow recordFollowUp(long instructionId, @NotNull Forms.FollowUpForm f) {
        Instruction i = readable(instructionId);
        AppUser me = me();
        boolean responsible = i.getMainUnit() != null && i.getMainUnit().isWithin(me.getUnit());
        if (!me.isCountyWide() && !responsible) {
            throw new NotPermittedException();
        }
        FollowUpVisit v = new FollowUpVisit(i, me.getUnit(), f.visitedOn(), f.visitors(), f.method(), f.attitude(), f.note(),
                me.getUsername(), LocalDate.now(clock), clock.instant());
        em.persist(v);
        em.flush();
        return FollowUpRow.of(v);
    }

    // ---- helpers ----

    private AppUser me() {
        return currentUser.get();
    }

    private MatterDetail matter(String number) {
        Long id = petitions.idOfNumber(number).orElseThrow(
                () -> BusinessException.onField("matterNumber", "reception3.error.noSuchMatter", number == null ? "" : number.strip()));
        try {
            return petitions.get(id);
        } catch (NotPermittedException e) {
            // a matter the caller may not see is answered as one that does not exist
            throw BusinessException.onField("matterNumber", "reception3.error.noSuchMatter", number.strip());
        }
    }

    private ReceptionSession visibleSession(long id) {
        ReceptionSession s = em.find(ReceptionSession.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        if (!currentUser.maySee(s.getUnit())) {
            throw new NotPermittedException();
        }
        return s;
    }

    private ReceptionSession sessionToRun(long id) {
        ReceptionSession s = visibleSession(id);
        currentUser.requireScope(s.getUnit());
        return s;
    }

    private Instruction readable(long id) {
        Instruction i = em.find(Instruction.class, id);
        if (i == null) {
            throw new NotFoundException();
        }
        if (!InstructionViews.mayRead(i, me())) {
            throw new NotPermittedException();
        }
        return i;
    }
}
