package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.control.BookingCodes;
import cn.xinfang.petition.reception.control.DaySettings;
import cn.xinfang.petition.reception.entity.Attendee;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.DayForms;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Visit;
import cn.xinfang.petition.reception.entity.VisitState;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.entity.CountingMode;
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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reception day (迎送 → 登记 → 候访 → 面谈 → 答复) of one session: check-in of booked petitioners by
 * their booking code and of walk-ins, the queue (booked first by number, then walk-ins in arrival
 * order), calling the next (叫号), the heads of units attending, each petitioner's record and
 * outcome, and closing the day (the session becomes HELD, bookings never shown become NO_SHOW).
 * An outcome that needs action becomes a 批示件 carried by a petition matter registered through
 * {@link Petitions} (channel 领导接待日), or linked to the petitioner's existing matter of the same
 * facts. Scoped by the session's unit: county-wide roles run every session, others those of their
 * unit and below.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_LEADER})
public class ReceptionDay {

    /** The channel of matters raised at a reception day (code table {@code channel}). */
    public static final String CHANNEL = "RECEPTION_DAY";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    BookingCodes codes;

    @Inject
    DaySettings settings;

    @Inject
    HolidayCalendar calendar;

    @Inject
    Petitions petitions;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public DayViews.Day day(long sessionId) {
        return view(session(sessionId, false));
    }

    /** The waiting-room display: numbers and masked names. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public DayViews.Display display(long sessionId) {
        ReceptionSession s = session(sessionId, false);
        List<Visit> visits = visits(s);
        List<DayViews.Ticket> called = visits.stream().filter(v -> v.getState() == VisitState.IN_CONVERSATION)
                .map(v -> new DayViews.Ticket(v.getTicket(), v.maskedName())).toList();
        List<Visit> waiting = visits.stream().filter(v -> v.getState() == VisitState.WAITING).toList();
        List<DayViews.Ticket> next = waiting.stream().limit(5).map(v -> new DayViews.Ticket(v.getTicket(), v.maskedName())).toList();
        return new DayViews.Display(s.getId(), s.getLeader().getName(), s.getLeader().getPost(), s.getDay(), s.getPlace(),
                called, next, waiting.size());
    }

    /** 登记 of a booked petitioner by the booking code they show. */
    public DayViews.Day checkIn(long sessionId, String code, int peopleCount) {
        ReceptionSession s = running(sessionId);
        if (code == null || code.isBlank()) {
            throw BusinessException.onField("code", "error.required");
        }
        Booking b = em.createNamedQuery(Booking.BY_CODE, Booking.class).setParameter("hash", codes.hash(code))
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.onField("code", "receptionday.error.codeUnknown"));
        if (!b.getSession().getId().equals(s.getId())) {
            throw BusinessException.onField("code", "receptionday.error.otherSession");
        }
        if (b.getState() == BookingState.CHECKED_IN || b.getState() == BookingState.RECEIVED) {
            throw BusinessException.onField("code", "receptionday.error.alreadyCheckedIn", b.getNumber());
        }
        em.persist(Visit.booked(s, b, peopleCount, me().getUsername(), clock.instant()));
        return flushed(s);
    }

    /** 登记 of a walk-in: queued after every booked petitioner, in arrival order. */
    public DayViews.Day walkIn(long sessionId, @NotNull DayForms.WalkIn f) {
        ReceptionSession s = running(sessionId);
        int last = em.createNamedQuery(Visit.MAX_WALK_IN, Integer.class).setParameter("session", s).getSingleResult();
        int arrival = Math.max(0, last - Visit.WALK_IN_BASE) + 1;
        em.persist(Visit.walkIn(s, arrival, f.name(), f.idNumber(), f.phone(), f.subject(), f.categoryCode(), f.peopleCount(),
                me().getUsername(), today(), clock.instant()));
        return flushed(s);
    }

    /** 叫号: the first waiting petitioner in queue order goes in to the leader. */
    public DayViews.Day callNext(long sessionId) {
        ReceptionSession s = running(sessionId);
        Visit next = visits(s).stream().filter(v -> v.getState() == VisitState.WAITING).findFirst()
                .orElseThrow(() -> new BusinessException("receptionday.error.queueEmpty"));
        next.call(clock.instant());
        return flushed(s);
    }

    /** Calls a particular petitioner (e.g. one of a group, or an urgent case). */
    public DayViews.Day call(long visitId, long version) {
        Visit v = visit(visitId, version);
        running(v.getSession().getId());
        v.call(clock.instant());
        return flushed(v.getSession());
    }

    public DayViews.Day backToQueue(long visitId, long version) {
        Visit v = visit(visitId, version);
        running(v.getSession().getId());
        v.backToQueue();
        return flushed(v.getSession());
    }

    /** The petitioner left before being received. */
    public DayViews.Day left(long visitId, long version) {
        Visit v = visit(visitId, version);
        running(v.getSession().getId());
        v.leave(clock.instant());
        return flushed(v.getSession());
    }

    /** A head of a unit involved attends with the leader. */
    public DayViews.Day attend(long sessionId, Long unitId, String name, String post) {
        ReceptionSession s = session(sessionId, true);
        requireNotClosed(s);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unitId != null && unit == null) {
            throw BusinessException.onField("unit", "error.notFound");
        }
        em.persist(new Attendee(s, unit, name, post, me().getUsername(), clock.instant()));
        return flushed(s);
    }

    /**
     * The petitioner's earlier matters, to link the outcome to one of the same facts rather than
     * register it again (as the registrar's repeat check shows them).
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public List<MatterSummary> earlierMatters(long visitId) {
        Visit v = em.find(Visit.class, visitId);
        if (v == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(v.getSession().getUnit());
        return petitions.earlierMatters(v.getIdNumber(), null, null).matters();
    }

    /**
     * 答复: the record and the outcome. An outcome that needs action (限期解决, 有待研判) carries the
     * leader's 批示 and becomes a 批示件: the linked matter, or a new one registered on the channel
     * 领导接待日 (received on the session's day), due to be routed within the configured working days.
     */
    public DayViews.Day conclude(long visitId, long version, @NotNull DayForms.Conclusion f) {
        Visit v = visit(visitId, version);
        ReceptionSession s = v.getSession();
        requireNotClosed(s);
        AppUser me = me();
        Instant now = clock.instant();
        if (f.outcome() != null && f.outcome().needsAction() && (f.instruction() == null || f.instruction().isBlank())) {
            throw BusinessException.onField("instruction", "error.required");
        }
        v.conclude(f.conversation(), f.opinion(), f.outcome(), f.resolveBy(), me.getUsername(), now);
        if (f.outcome().needsAction()) {
            Map.Entry<MatterDetail, Boolean> matter = matterFor(v, f);
            LocalDate instructed = s.getDay();
            LocalDate routingDue = calendar.deadlines().due(instructed, settings.routingDays(), CountingMode.WORKING_DAYS);
            LocalDate replyDue = f.outcome() == Outcome.BY_DATE ? f.resolveBy()
                    : calendar.deadlines().due(instructed, settings.studyReplyDays(), CountingMode.CALENDAR_DAYS);
            MatterDetail d = matter.getKey();
            Instruction i = new Instruction(v, d.summary().id(), d.summary().number(), matter.getValue(), f.instruction(),
                    instructed, routingDue, replyDue, me.getUsername(), now);
            if (d.handling() != null && d.handling().mainUnitId() != null && d.handling().routedOn() != null) {
                // a linked matter already being handled: its unit is the responsible one, from the day of the 批示
                i.routed(em.find(Unit.class, d.handling().mainUnitId()), instructed);
            }
            em.persist(i);
        }
        return flushed(s);
    }

    private Map.Entry<MatterDetail, Boolean> matterFor(Visit v, DayForms.Conclusion f) {
        if (f.linkMatterId() != null) {
            EarlierMatters earlier = petitions.earlierMatters(v.getIdNumber(), null, null);
            boolean same = earlier.matters().stream().anyMatch(m -> m.id() == f.linkMatterId());
            if (!same) {
                throw BusinessException.onField("linkMatter", "receptionday.error.linkOtherPetitioner");
            }
            MatterDetail d = petitions.get(f.linkMatterId());
            MatterState state = d.summary().state();
            if (state.isFinal() || state == MatterState.CLOSED) {
                throw BusinessException.onField("linkMatter", "receptionday.error.linkClosed", d.summary().number());
            }
            return Map.entry(d, true);
        }
        String content = v.getSubject() + "\n" + v.getConversation();
        RegistrationForm form = new RegistrationForm(CHANNEL, v.getSession().getDay(), null, null, v.getName(), v.getIdNumber(),
                v.getPhone(), null, v.getPeopleCount(), List.of(), CrossLevel.NONE, f.problemPlaceId(), content, f.kind(),
                f.categoryCode(), f.purpose(), null, null, null);
        return Map.entry(petitions.register(form), false);
    }

    /**
     * The day is over: the session becomes HELD, bookings never checked in become NO_SHOW. Refused
     * while anyone is still waiting or in conversation.
     */
    public DayViews.Day close(long sessionId) {
        ReceptionSession s = session(sessionId, true);
        requireNotClosed(s);
        List<Visit> visits = visits(s);
        if (visits.stream().anyMatch(v -> v.getState() == VisitState.WAITING || v.getState() == VisitState.IN_CONVERSATION)) {
            throw new BusinessException("receptionday.error.stillWaiting");
        }
        if (visits.isEmpty()) {
            throw new BusinessException("receptionday.error.nobodyReceived");
        }
        s.hold();
        em.createNamedQuery(Booking.OF_SESSION, Booking.class).setParameter("session", s).getResultList()
                .forEach(Booking::noShow);
        return flushed(s);
    }

    // ---------------------------------------------------------------------------------------------

    private AppUser me() {
        return currentUser.get();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ReceptionSession session(long id, boolean lock) {
        ReceptionSession s = em.find(ReceptionSession.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(s.getUnit());
        if (lock) {
            em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    /** The session is published and its day is today (check-in and calling run on the day itself). */
    private ReceptionSession running(long sessionId) {
        ReceptionSession s = session(sessionId, true);
        requireNotClosed(s);
        if (s.getState() != SessionState.PUBLISHED) {
            throw new BusinessException("receptionday.error.notPublished");
        }
        if (!s.getDay().equals(today())) {
            throw new BusinessException("receptionday.error.notToday", s.getDay().toString());
        }
        return s;
    }

    private static void requireNotClosed(ReceptionSession s) {
        if (s.getState() == SessionState.HELD || s.getState() == SessionState.CANCELLED) {
            throw new BusinessException("receptionday.error.sessionClosed");
        }
    }

    private Visit visit(long id, long version) {
        Visit v = em.find(Visit.class, id);
        if (v == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(v.getSession().getUnit());
        if (v.getVersion() != version) {
            throw new StaleDataException();
        }
        return v;
    }

    private List<Visit> visits(ReceptionSession s) {
        return em.createNamedQuery(Visit.OF_SESSION, Visit.class).setParameter("session", s).getResultList();
    }

    private DayViews.Day flushed(ReceptionSession s) {
        em.flush();
        return view(s);
    }

    private DayViews.Day view(ReceptionSession s) {
        Instant now = clock.instant();
        LocalDate today = today();
        List<Instruction> instructions = em.createNamedQuery(Instruction.OF_SESSION, Instruction.class)
                .setParameter("session", s).getResultList();
        Map<Long, Instruction> byVisit = instructions.stream().collect(Collectors.toMap(i -> i.getVisit().getId(), i -> i));
        List<DayViews.VisitRow> queue = visits(s).stream().map(v -> {
            Instruction i = byVisit.get(v.getId());
            return new DayViews.VisitRow(v.getId(), v.getVersion(), v.getTicket(), v.getBooking() != null, v.getName(),
                    v.maskedIdNumber(), v.getSubject(), v.getCategoryCode(), v.getPeopleCount(), v.getState(), v.getArrivedAt(),
                    v.getCalledAt(), v.waitingMinutes(now), v.getConversation(), v.getOpinion(), v.getOutcome(), v.getResolveBy(),
                    i == null ? null : i.getMatterNumber(), i == null ? null : i.getMatterId());
        }).toList();
        List<DayViews.AttendeeRow> attendees = em.createNamedQuery(Attendee.OF_SESSION, Attendee.class).setParameter("session", s)
                .getResultStream().map(a -> new DayViews.AttendeeRow(a.getId(), a.getUnit().getName(), a.getName(), a.getPost()))
                .toList();
        List<DayViews.BookingRow> expected = em.createNamedQuery(Booking.OF_SESSION, Booking.class).setParameter("session", s)
                .getResultStream().filter(b -> b.getState() == BookingState.BOOKED)
                .map(b -> new DayViews.BookingRow(b.getNumber(), b.getName(), b.maskedIdNumber(), b.getSubject())).toList();
        return new DayViews.Day(s.getId(), s.getVersion(), s.getUnit().getName(), s.getLeader().getName(), s.getLeader().getPost(),
                s.getDay(), s.getStartTime(), s.getEndTime(), s.getPlace(), s.getForm(), s.getState(), queue, attendees,
                instructions.stream().map(i -> InstructionViews.row(i, today)).toList(), expected);
    }
}
