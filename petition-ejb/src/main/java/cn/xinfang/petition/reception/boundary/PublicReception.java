package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.citizen.control.AbuseGuard;
import cn.xinfang.petition.citizen.entity.PublicAttempt;
import cn.xinfang.petition.reception.control.IcsFeed;
import cn.xinfang.petition.reception.control.ReceptionSettings;
import cn.xinfang.petition.reception.entity.CalendarTexts;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingVia;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingStatus;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reception days as the public sees them, without login ({@code @PermitAll}, like the
 * public pages): the published sessions, booking (约访) with the eligibility explained, and a
 * booking found or cancelled with its code. Abuse limits as on the public petition form:
 * bookings per address and per person (by a hash of the ID number, never the number), failed
 * codes per address. {@code address} is the client address the web layer resolved.
 */
@Stateless
@PermitAll
public class PublicReception {

    @PersistenceContext
    EntityManager em;

    @Inject
    BookingDesk desk;

    @Inject
    AbuseGuard guard;

    @Inject
    cn.xinfang.petition.casehandling.boundary.OnlineMatters online;

    @Inject
    ReceptionSettings settings;

    @Inject
    Clock clock;

    /** Published sessions from {@code from} to {@code to} (at most 400 days), in day order. */
    public List<PublicSession> sessions(LocalDate from, LocalDate to) {
        Scope.requireRange(from, to);
        List<ReceptionSession> list = em.createQuery("SELECT s FROM ReceptionSession s JOIN FETCH s.leader JOIN FETCH s.unit"
                        + " WHERE s.state = :published AND s.day BETWEEN :from AND :to ORDER BY s.day, s.startTime, s.id",
                        ReceptionSession.class)
                .setParameter("published", SessionState.PUBLISHED).setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, Long> counts = Scope.bookedCounts(em, list);
        Instant now = clock.instant();
        return list.stream().map(s -> BookingDesk.publicView(s, counts.getOrDefault(s.getId(), 0L), now)).toList();
    }

    /** The issue categories a petitioner chooses the subject from (second level, with their path). */
    public List<cn.xinfang.petition.casehandling.entity.ChoiceView> categories() {
        return online.categories();
    }

    /** The name the public notice is issued under: the county (the root unit). */
    public String countyName() {
        return em.createQuery("SELECT u.name FROM Unit u WHERE u.parent IS NULL ORDER BY u.id", String.class).setMaxResults(1)
                .getResultStream().findFirst().orElse("");
    }

    /** The published sessions of one leader from {@code from} to {@code to}, for the leader's calendar feed. */
    public List<PublicSession> sessionsOf(long leaderId, LocalDate from, LocalDate to) {
        return sessions(from, to).stream().filter(s -> leaderOf(s.id()) == leaderId).toList();
    }

    /**
     * A leader's calendar feed (.ics): the published sessions from a month ago to a year ahead;
     * empty for a leader unknown or without any published session.
     */
    public Optional<String> calendar(long leaderId, CalendarTexts texts, String host) {
        Leader leader = em.find(Leader.class, leaderId);
        if (leader == null || !leader.isActive()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<PublicSession> list = sessionsOf(leaderId, today.minusMonths(1), today.plusDays(365));
        return Optional.of(IcsFeed.of(leader.getName() + " · " + leader.getPost(), list, texts, host));
    }

    private long leaderOf(long sessionId) {
        return em.find(ReceptionSession.class, sessionId).getLeader().getId();
    }

    public Optional<PublicSession> session(long id) {
        ReceptionSession s = em.find(ReceptionSession.class, id);
        if (s == null || s.getState() != SessionState.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(BookingDesk.publicView(s, desk.active(s), clock.instant()));
    }

    public BookingReceipt book(Forms.BookingForm f, String address) {
        Long byAddress = guard.take(PublicAttempt.Kind.BOOK_ADDRESS, address == null ? "unknown" : address,
                new AbuseGuard.Limit(settings.bookingsPerAddressHour(), Duration.ofHours(1)));
        if (byAddress == null) {
            throw new BusinessException("reception.error.tooManyBookings");
        }
        Long byPerson = null;
        try {
            String id = f == null || f.idNumber() == null ? "" : f.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
            byPerson = guard.take(PublicAttempt.Kind.BOOK_PERSON, AbuseGuard.hash(id),
                    new AbuseGuard.Limit(settings.bookingsPerPersonDay(), Duration.ofDays(1)));
            if (byPerson == null) {
                throw new BusinessException("reception.error.tooManyBookings");
            }
            return desk.book(f, BookingVia.PUBLIC, null);
        } catch (BusinessException e) {
            // a refused booking does not count against the limits
            guard.release(byAddress);
            guard.release(byPerson);
            throw e;
        }
    }

    /** The booking of this code; empty (and counted against the address) when no booking has it. */
    public Optional<BookingStatus> status(String code, String address) {
        return find(code, address).map(b -> new BookingStatus(b.getNumber(), b.getName(), b.getState(),
                BookingDesk.publicView(b.getSession(), desk.active(b.getSession()), clock.instant())));
    }

    public Optional<BookingStatus> cancel(String code, String address) {
        Optional<Booking> found = find(code, address);
        found.ifPresent(b -> {
            b.cancel(null, LocalDate.now(clock), clock.instant());
            em.flush();
        });
        return found.map(b -> new BookingStatus(b.getNumber(), b.getName(), b.getState(),
                BookingDesk.publicView(b.getSession(), desk.active(b.getSession()), clock.instant())));
    }

    private Optional<Booking> find(String code, String address) {
        String subject = address == null ? "unknown" : address;
        Long place = guard.take(PublicAttempt.Kind.BOOK_CODE_FAIL, subject,
                new AbuseGuard.Limit(settings.codeFailuresPerAddress(), Duration.ofMinutes(15)));
        if (place == null) {
            throw new BusinessException("reception.error.tooManyCodes");
        }
        Optional<Booking> b = desk.byCode(code);
        if (b.isPresent()) {
            guard.release(place);
        }
        return b;
    }
}
