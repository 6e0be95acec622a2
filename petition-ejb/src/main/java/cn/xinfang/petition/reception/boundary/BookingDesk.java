package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.shared.entity.PersonalData;
import cn.xinfang.petition.casehandling.boundary.PetitionerStanding;
import cn.xinfang.petition.reception.control.BookingCodes;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.Eligibility;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Making a booking, the same for the public page and for staff (the boundaries add their own
 * security and limits): the session published and before its cut-off, the input valid, the
 * petitioner eligible (explained when not), one booking per person and session, the capacity
 * counted under a lock on the session row so that concurrent bookings cannot pass it together.
 * Joins the calling boundary's transaction.
 */
@Dependent
class BookingDesk {

    private static final DateTimeFormatter CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionerStanding standing;

    @Inject
    BookingCodes codes;

    @Inject
    Clock clock;

    BookingReceipt book(Forms.BookingForm f, BookingVia via, String by) {
        if (f == null || f.sessionId() == null) {
            throw BusinessException.onField("sessionId", "error.required");
        }
        ReceptionSession s = em.find(ReceptionSession.class, f.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.getState() != SessionState.PUBLISHED) {
            throw BusinessException.onField("sessionId", "reception.error.notBookable");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (!now.isBefore(s.getBookingCutoff())) {
            throw BusinessException.onField("sessionId", "reception.error.cutoffPassed", CUTOFF.format(s.getBookingCutoff()));
        }
        if (s.getCapacity() == 0) {
            throw BusinessException.onField("sessionId", "reception.error.noBookings");
        }
        String code = codes.next();
        // the constructor checks name, ID number, phone and subject before anything else is asked
        Booking b = new Booking(s, 0, codes.hash(code), f.name(), f.idNumber(), f.phone(), f.subject(), f.categoryCode(), via, by,
                today, now);
        PetitionerStanding.Standing st = standing.of(b.getIdNumber(), b.getName());
        Eligibility.check(s.getLeader(), b.getCategoryCode(),
                st.inHandling().stream().map(m -> new Eligibility.OpenMatter(m.number(), m.unitName(), m.unitPhone(), m.due(), m.categoryCode())).toList(),
                st.terminated().stream().map(m -> new Eligibility.EndedMatter(m.number(), m.terminatedOn(), m.categoryCode())).toList(),
                alternative(s, b.getCategoryCode(), now));
        if (!em.createNamedQuery(Booking.ACTIVE_OF_PERSON, Booking.class).setParameter("session", s)
                .setParameter("idNumber", PersonalData.index(PersonalData.Kind.ID_NUMBER, b.getIdNumber())).setParameter("cancelled", BookingState.CANCELLED).getResultList().isEmpty()) {
            throw BusinessException.onField("idNumber", "reception.error.alreadyBooked");
        }
        long active = active(s);
        if (active >= s.getCapacity()) {
            throw BusinessException.onField("sessionId", "reception.error.full", s.getCapacity());
        }
        int number = em.createNamedQuery(Booking.MAX_NUMBER, Integer.class).setParameter("session", s).getSingleResult() + 1;
        Booking booking = new Booking(s, number, b.getCodeHash(), f.name(), f.idNumber(), f.phone(), f.subject(), f.categoryCode(),
                via, by, today, now);
        em.persist(booking);
        em.flush();
        return new BookingReceipt(code, number, booking.getName(), publicView(s, active + 1, now));
    }

    long active(ReceptionSession s) {
        return em.createNamedQuery(Booking.ACTIVE_COUNT, Long.class).setParameter("session", s)
                .setParameter("cancelled", BookingState.CANCELLED).getSingleResult();
    }

    Optional<Booking> byCode(String code) {
        if (!BookingCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Booking.BY_CODE, Booking.class).setParameter("hash", codes.hash(code)).getResultStream().findFirst();
    }

    Booking booking(long id) {
        Booking b = em.find(Booking.class, id);
        if (b == null) {
            throw new NotFoundException();
        }
        return b;
    }

    /** The next published session still taking bookings whose leader's portfolio covers the subject. */
    private Optional<Eligibility.Alternative> alternative(ReceptionSession self, String categoryCode, Instant now) {
        if (self.getLeader().covers(categoryCode)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<ReceptionSession> next = em.createQuery("SELECT s FROM ReceptionSession s JOIN FETCH s.leader WHERE s.state = :published"
                        + " AND s.day >= :today AND s.bookingCutoff > :now ORDER BY s.day, s.startTime, s.id", ReceptionSession.class)
                .setParameter("published", SessionState.PUBLISHED).setParameter("today", today).setParameter("now", now)
                .setMaxResults(200).getResultList();
        Map<Long, Long> counts = Scope.bookedCounts(em, next);
        return next.stream().filter(s -> !s.getId().equals(self.getId()) && s.getLeader().covers(categoryCode)
                        && !s.getLeader().getPortfolioCategories().isEmpty()
                        && counts.getOrDefault(s.getId(), 0L) < s.getCapacity())
                .findFirst().map(s -> new Eligibility.Alternative(s.getId(), s.getLeader().getName(), s.getLeader().getPost(), s.getDay()));
    }

    static PublicSession publicView(ReceptionSession s, long booked, Instant now) {
        long free = Math.max(0, s.getCapacity() - booked);
        return new PublicSession(s.getId(), s.getLeader().getName(), s.getLeader().getPost(), s.getPortfolio(), s.getDay(),
                s.getStartTime(), s.getEndTime(), s.getPlace(), s.getForm(), s.getUnit().getName(), s.getCapacity(), free,
                s.getBookingCutoff(), s.takesBookings(now) && free > 0);
    }
}
