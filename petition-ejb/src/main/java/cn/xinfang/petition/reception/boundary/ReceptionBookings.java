package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingView;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 约访 by staff: a booking made for a petitioner on the phone or at the desk (the same rules as
 * the public page, without its abuse limits), the bookings of a session (ID numbers and phones
 * masked), a booking found by its code on the day, and cancellation. Scoped to the session's
 * unit like the schedule.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
public class ReceptionBookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    BookingDesk desk;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public BookingReceipt book(@NotNull Forms.BookingForm f) {
        if (f.sessionId() != null) {
            ReceptionSession s = em.find(ReceptionSession.class, f.sessionId());
            if (s != null) {
                currentUser.requireScope(s.getUnit());
            }
        }
        return desk.book(f, BookingVia.STAFF, currentUser.get().getUsername());
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<BookingView> bookings(long sessionId) {
        ReceptionSession s = em.find(ReceptionSession.class, sessionId);
        if (s == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(s.getUnit());
        return em.createNamedQuery(Booking.OF_SESSION, Booking.class).setParameter("session", s).getResultStream()
                .map(BookingView::of).toList();
    }

    /** The booking a petitioner shows on the day (its code), if it is of a session the caller runs. */
    public Optional<BookingView> byCode(String code) {
        return desk.byCode(code).filter(b -> currentUser.maySee(b.getSession().getUnit())).map(BookingView::of);
    }

    public BookingView cancel(long bookingId, long version) {
        Booking b = desk.booking(bookingId);
        currentUser.requireScope(b.getSession().getUnit());
        StaleDataException.unlessAt(b.getVersion(), version);
        b.cancel(currentUser.get().getUsername(), LocalDate.now(clock), clock.instant());
        em.flush();
        return BookingView.of(b);
    }
}
