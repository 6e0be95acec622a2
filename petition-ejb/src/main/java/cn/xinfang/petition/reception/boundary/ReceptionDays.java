package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.control.BookingCutoff;
import cn.xinfang.petition.reception.control.ReceptionSettings;
import cn.xinfang.petition.reception.control.ScheduleConflicts;
import cn.xinfang.petition.reception.control.ScheduleGenerator;
import cn.xinfang.petition.reception.entity.Booking;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.Conflict;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.Occurrence;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.RotationGroup;
import cn.xinfang.petition.reception.entity.ScheduleRule;
import cn.xinfang.petition.reception.entity.SessionChange;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Unavailability;
import cn.xinfang.petition.reception.entity.Views.ChangeView;
import cn.xinfang.petition.reception.entity.Views.GroupView;
import cn.xinfang.petition.reception.entity.Views.LeaderView;
import cn.xinfang.petition.reception.entity.Views.LeaveView;
import cn.xinfang.petition.reception.entity.Views.ProposedSession;
import cn.xinfang.petition.reception.entity.Views.RuleView;
import cn.xinfang.petition.reception.entity.Views.SchedulePreview;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.control.WorkCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 领导接待日, the schedule: leaders, rotation groups and rules as data; the year's sessions
 * generated from the rules (previewed with their conflicts first); publication (公示) with its
 * notice period; swaps and leaves with their reasons. Unit scoping from the caller: county-wide
 * roles (the bureau's officers, county leaders) see and run every unit's schedule, everyone else
 * their own unit's and those below it. HELD is not set here: the day's record does that.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
public class ReceptionDays {

    static final String[] READERS = {Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER};

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    HolidayCalendar holidays;

    @Inject
    ReceptionSettings settings;

    @Inject
    Clock clock;

    // ---- leaders, groups, rules ----

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<LeaderView> leaders() {
        return visibleLeaders().stream().map(LeaderView::of).toList();
    }

    public LeaderView saveLeader(@NotNull Forms.LeaderForm f) {
        Unit unit = unitInScope(f.unitId());
        Unit linked = f.linkedUnitId() == null ? null : Scope.unit(em, f.linkedUnitId());
        Leader l;
        if (f.id() == null) {
            l = new Leader(f.name(), f.post(), f.level(), unit);
        } else {
            l = leader(f.id());
            StaleDataException.unlessAt(l.getVersion(), f.version());
        }
        l.describe(f.name(), f.post(), f.portfolio(), f.portfolioCategories(), f.level(), linked, f.sortOrder());
        l.linkAccount(account(f.username()));
        if (f.id() == null) {
            em.persist(l);
        }
        em.flush();
        return LeaderView.of(l);
    }

    public LeaderView setLeaderActive(long id, long version, boolean active) {
        Leader l = leader(id);
        StaleDataException.unlessAt(l.getVersion(), version);
        if (active) {
            l.activate();
        } else {
            l.deactivate();
        }
        em.flush();
        return LeaderView.of(l);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<GroupView> groups() {
        return em.createNamedQuery(RotationGroup.ALL, RotationGroup.class).getResultStream()
                .filter(g -> currentUser.maySee(g.getUnit())).map(GroupView::of).toList();
    }

    public GroupView saveGroup(@NotNull Forms.GroupForm f) {
        Unit unit = unitInScope(f.unitId());
        // not contains(null): an immutable list (List.of) throws on it
        if (f.memberIds() != null && f.memberIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw BusinessException.onField("memberIds", "error.required");
        }
        List<Leader> members = f.memberIds() == null ? List.of() : f.memberIds().stream().map(this::leader).toList();
        RotationGroup g;
        if (f.id() == null) {
            g = new RotationGroup(f.name(), unit, members);
            em.persist(g);
        } else {
            g = group(f.id());
            StaleDataException.unlessAt(g.getVersion(), f.version());
            g.rename(f.name());
            g.setMembers(members);
        }
        em.flush();
        return GroupView.of(g);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<RuleView> rules() {
        return visibleRules().stream().map(RuleView::of).toList();
    }

    public RuleView saveRule(@NotNull Forms.RuleForm f) {
        Unit unit = unitInScope(f.unitId());
        ScheduleRule r;
        if (f.id() == null) {
            r = new ScheduleRule(unit);
        } else {
            r = rule(f.id());
            StaleDataException.unlessAt(r.getVersion(), f.version());
        }
        fill(r, f);
        if (f.id() == null) {
            em.persist(r);
        }
        em.flush();
        return RuleView.of(r);
    }

    private void fill(ScheduleRule r, Forms.RuleForm f) {
        r.assign(f.leaderId() == null ? null : leader(f.leaderId()), f.groupId() == null ? null : group(f.groupId()), f.assignment());
        r.recur(f.effectiveRrule(), f.validFrom(), f.validUntil(), f.startTime(), f.endTime(), f.shift());
        r.describe(f.name(), f.place(), f.atLinkedUnit(), f.form(), f.portfolio(), f.capacity());
    }

    /**
     * The next {@code count} (1..50) sessions a rule would make from {@code after} (null: today), or
     * from the rule's first day if that is later, with the 顺延 and the rotation, before it is saved:
     * nothing is stored. The preview ends with the last year the holiday calendar covers.
     * The same checks as {@link #saveRule} (each refusal names its field).
     */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
    public List<ProposedSession> previewRule(@NotNull Forms.RuleForm f, LocalDate after, int count) {
        ScheduleRule r = new ScheduleRule(unitInScope(f.unitId()));
        fill(r, f);
        int n = Math.max(1, Math.min(count, 50));
        LocalDate start = after == null ? LocalDate.now(clock) : after;
        LocalDate from = r.getValidFrom().isAfter(start) ? r.getValidFrom() : start;
        WorkCalendar cal = holidays.current();
        if (!cal.covers(from.getYear())) {
            // without the year's holidays every 顺延 would be wrong: the administrator enters them first
            throw BusinessException.onField("validFrom", "reception.error.calendarMissing", String.valueOf(from.getYear()));
        }
        // two years hold 50 sessions of any monthly rule; the preview stops where the holiday calendar does
        LocalDate to = from.plusYears(2);
        for (int y = from.getYear() + 1; y <= to.getYear(); y++) {
            if (!cal.covers(y)) {
                to = LocalDate.of(y - 1, 12, 31);
                break;
            }
        }
        List<ProposedSession> next = new ArrayList<>();
        for (Occurrence o : ScheduleGenerator.occurrences(r, from, to, cal)) {
            if (next.size() == n) {
                break;
            }
            next.add(new ProposedSession(null, r.getName(), o.leader().getId(), o.leader().getName(), o.scheduledDay(), o.day(),
                    o.start(), o.end(), o.place(), r.getForm()));
        }
        return next;
    }

    public RuleView setRuleActive(long id, long version, boolean active) {
        ScheduleRule r = rule(id);
        StaleDataException.unlessAt(r.getVersion(), version);
        if (active) {
            r.activate();
        } else {
            r.deactivate();
        }
        em.flush();
        return RuleView.of(r);
    }

    // ---- the year ----

    /**
     * What generating {@code year} from the rules of {@code unitId} and the units below it (null:
     * every rule the caller sees) would add, with the conflicts and the leaders left without a
     * session. Saves nothing.
     */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
    public SchedulePreview preview(int year, Long unitId) {
        return plan(year, unitId).preview();
    }

    /** Saves the sessions {@link #preview} shows (as PLANNED); the answer is the preview of what was saved. */
    public SchedulePreview generate(int year, Long unitId) {
        Plan plan = plan(year, unitId);
        WorkCalendar cal = holidays.current();
        for (Occurrence o : plan.fresh) {
            ReceptionSession s = new ReceptionSession(o.rule().getUnit(), o.rule(), o.leader(), o.scheduledDay(), o.day(), o.start(),
                    o.end(), o.place(), o.rule().getForm(), o.rule().portfolioFor(o.leader()), o.rule().getCapacity(),
                    BookingCutoff.of(o.day(), settings.bookingCutoff(), cal));
            em.persist(s);
        }
        em.flush();
        return plan.preview();
    }

    private Plan plan(int year, Long unitId) {
        Unit within = unitId == null ? null : unitInScope(unitId);
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "reception.error.year");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        WorkCalendar cal = holidays.current();
        if (!cal.covers(year)) {
            // without the year's holidays every 顺延 would be wrong: the administrator enters them first
            throw BusinessException.onField("year", "reception.error.calendarMissing", String.valueOf(year));
        }
        List<ScheduleRule> rules = visibleRules().stream().filter(ScheduleRule::isActive)
                .filter(r -> within == null || r.getUnit().isWithin(within)).toList();
        List<ReceptionSession> saved = em.createNamedQuery(ReceptionSession.IN_RANGE, ReceptionSession.class)
                .setParameter("from", from.minusDays(31)).setParameter("to", to.plusDays(31)).getResultList();
        Set<String> have = saved.stream().filter(s -> s.getRule() != null)
                .map(s -> key(s.getRule().getId(), s.getScheduledDay(), s.getPlannedLeader().getId())).collect(Collectors.toSet());
        List<Occurrence> fresh = new ArrayList<>();
        int existing = 0;
        for (ScheduleRule r : rules) {
            for (Occurrence o : ScheduleGenerator.occurrences(r, from, to, cal)) {
                if (have.contains(key(r.getId(), o.scheduledDay(), o.leader().getId()))) {
                    existing++;
                } else {
                    fresh.add(o);
                }
            }
        }
        List<ScheduleConflicts.Slot> slots = new ArrayList<>();
        saved.stream().filter(s -> s.getState().isOpen() && s.getDay().getYear() == year)
                .filter(s -> within == null || s.getUnit().isWithin(within))
                .forEach(s -> slots.add(new ScheduleConflicts.Slot(s.getLeader(), s.getDay(), s.getStartTime(), s.getEndTime(), s.getPlace(), s.getId())));
        fresh.forEach(o -> slots.add(new ScheduleConflicts.Slot(o.leader(), o.day(), o.start(), o.end(), o.place(), null)));
        List<Unavailability> leaves = em.createNamedQuery(Unavailability.OVERLAPPING, Unavailability.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Conflict> conflicts = ScheduleConflicts.find(slots, leaves);
        Set<Long> receiving = new HashSet<>();
        slots.forEach(s -> receiving.add(s.leader().getId()));
        saved.stream().filter(s -> s.getState() == SessionState.HELD && s.getDay().getYear() == year)
                .forEach(s -> receiving.add(s.getLeader().getId()));
        List<LeaderView> without = visibleLeaders().stream().filter(Leader::isActive)
                .filter(l -> within == null || l.getUnit().isWithin(within)).filter(l -> !receiving.contains(l.getId()))
                .map(LeaderView::of).toList();
        return new Plan(year, fresh, existing, conflicts, without);
    }

    private record Plan(int year, List<Occurrence> fresh, int existing, List<Conflict> conflicts, List<LeaderView> without) {
        SchedulePreview preview() {
            return new SchedulePreview(year, fresh.stream().map(o -> new ProposedSession(o.rule().getId(), o.rule().getName(),
                    o.leader().getId(), o.leader().getName(), o.scheduledDay(), o.day(), o.start(), o.end(), o.place(),
                    o.rule().getForm())).toList(), existing, conflicts, without);
        }
    }

    private static String key(Long ruleId, LocalDate day, Long leaderId) {
        return ruleId + "/" + day + "/" + leaderId;
    }

    // ---- sessions ----

    /**
     * A session added by hand, outside the rules (a leader's 带案下访 or 约访 day, a one-off
     * reception): planned, its cut-off from the calendar.
     */
    public SessionView addSession(Long unitId, long leaderId, @NotNull LocalDate day, java.time.LocalTime start,
                                  java.time.LocalTime end, String place, cn.xinfang.petition.reception.entity.ReceptionForm form,
                                  String portfolio, int capacity) {
        Unit unit = unitInScope(unitId);
        Leader l = leader(leaderId);
        if (!day.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("day", "reception.error.dayPassed", day.toString());
        }
        if (form == null) {
            throw BusinessException.onField("form", "error.required");
        }
        ReceptionSession s = new ReceptionSession(unit, null, l, day, day, start, end, place, form,
                portfolio == null || portfolio.isBlank() ? l.getPortfolio() : portfolio, capacity,
                BookingCutoff.of(day, settings.bookingCutoff(), holidays.current()));
        em.persist(s);
        em.flush();
        return view(s);
    }

    /** The sessions of the caller's units from {@code from} to {@code to} (at most 400 days), each with its active bookings counted. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<SessionView> sessions(@NotNull LocalDate from, @NotNull LocalDate to) {
        Scope.requireRange(from, to);
        List<ReceptionSession> list = em.createNamedQuery(ReceptionSession.IN_RANGE, ReceptionSession.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        AppUser me = currentUser.get();
        List<ReceptionSession> visible = list.stream().filter(s -> me.isCountyWide() || s.getUnit().isWithin(me.getUnit())).toList();
        Map<Long, Long> counts = Scope.bookedCounts(em, visible);
        return visible.stream().map(s -> SessionView.of(s, counts.getOrDefault(s.getId(), 0L))).toList();
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public SessionView session(long id) {
        ReceptionSession s = sessionInScope(id);
        return view(s);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<ChangeView> changes(long sessionId) {
        ReceptionSession s = sessionInScope(sessionId);
        return em.createNamedQuery(SessionChange.OF_SESSION, SessionChange.class).setParameter("session", s).getResultStream()
                .map(ChangeView::of).toList();
    }

    /**
     * 公示 of one session: at least the configured days ahead; later only with {@code overrideReason},
     * which is recorded on the session and in its history.
     */
    public SessionView publish(long id, long version, String overrideReason) {
        ReceptionSession s = sessionInScope(id);
        StaleDataException.unlessAt(s.getVersion(), version);
        s.publish(LocalDate.now(clock), settings.publishDaysAhead(), overrideReason, currentUser.get().getUsername(), clock.instant());
        em.flush();
        return view(s);
    }

    /**
     * Publishes every planned session of the caller's units from {@code from} to {@code to} that is still on
     * time; the late ones stay planned (each needs its own override). The number published.
     */
    public int publishOnTime(@NotNull LocalDate from, @NotNull LocalDate to) {
        Scope.requireRange(from, to);
        LocalDate today = LocalDate.now(clock);
        int days = settings.publishDaysAhead();
        String me = currentUser.get().getUsername();
        Instant now = clock.instant();
        int n = 0;
        for (ReceptionSession s : em.createNamedQuery(ReceptionSession.IN_RANGE, ReceptionSession.class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            if (s.getState() == SessionState.PLANNED && currentUser.maySee(s.getUnit())
                    && !cn.xinfang.petition.reception.entity.Publication.isLate(s.getDay(), today, days)) {
                s.publish(today, days, null, me, now);
                n++;
            }
        }
        em.flush();
        return n;
    }

    public SessionView cancel(long id, long version, String reason) {
        ReceptionSession s = sessionInScope(id);
        StaleDataException.unlessAt(s.getVersion(), version);
        s.cancel(reason, clock.instant());
        em.flush();
        return view(s);
    }

    /** Another leader takes the session; said at least the notice period ahead, or later with {@code late} (the reason says why). */
    public SessionView swapLeader(long id, long version, long leaderId, String reason, boolean late) {
        ReceptionSession s = sessionInScope(id);
        StaleDataException.unlessAt(s.getVersion(), version);
        Leader to = leader(leaderId);
        if (!to.isActive()) {
            throw BusinessException.onField("leader", "reception.error.leaderInactive", to.getName());
        }
        SessionChange c = s.swapLeader(to, reason, late, LocalDate.now(clock), settings.publishDaysAhead(),
                currentUser.get().getUsername(), clock.instant());
        em.persist(c);
        em.flush();
        return view(s);
    }

    /** The session moves to another working day (the leader's date swap), its cut-off with it. */
    public SessionView move(long id, long version, @NotNull LocalDate day, String reason, boolean late) {
        ReceptionSession s = sessionInScope(id);
        StaleDataException.unlessAt(s.getVersion(), version);
        WorkCalendar cal = holidays.current();
        if (!cal.isWorkingDay(day)) {
            throw BusinessException.onField("day", "reception.error.notWorkingDay", day.toString());
        }
        SessionChange c = s.moveTo(day, BookingCutoff.of(day, settings.bookingCutoff(), cal), reason, late, LocalDate.now(clock),
                settings.publishDaysAhead(), currentUser.get().getUsername(), clock.instant());
        em.persist(c);
        em.flush();
        return view(s);
    }

    // ---- leaves ----

    public LeaveView addLeave(long leaderId, @NotNull LocalDate from, @NotNull LocalDate to, String reason) {
        Leader l = leader(leaderId);
        Unavailability u = new Unavailability(l, from, to, reason, currentUser.get().getUsername(), clock.instant());
        em.persist(u);
        em.flush();
        return LeaveView.of(u);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<LeaveView> leaves(@NotNull LocalDate from, @NotNull LocalDate to) {
        return em.createNamedQuery(Unavailability.OVERLAPPING, Unavailability.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().filter(u -> currentUser.maySee(u.getLeader().getUnit())).map(LeaveView::of).toList();
    }

    // ---- helpers ----

    private SessionView view(ReceptionSession s) {
        long booked = em.createNamedQuery(Booking.ACTIVE_COUNT, Long.class).setParameter("session", s)
                .setParameter("cancelled", BookingState.CANCELLED).getSingleResult();
        return SessionView.of(s, booked);
    }

    private List<Leader> visibleLeaders() {
        return em.createNamedQuery(Leader.ALL, Leader.class).getResultStream().filter(l -> currentUser.maySee(l.getUnit())).toList();
    }

    private List<ScheduleRule> visibleRules() {
        return em.createNamedQuery(ScheduleRule.ALL, ScheduleRule.class).getResultStream()
                .filter(r -> currentUser.maySee(r.getUnit())).toList();
    }

    private Unit unitInScope(Long unitId) {
        Unit unit = unitId == null ? currentUser.get().getUnit() : Scope.unit(em, unitId);
        currentUser.requireScope(unit);
        return unit;
    }

    /** A leader of the caller's scope (a group or rule may name only those). */
    private Leader leader(long id) {
        Leader l = em.find(Leader.class, id);
        if (l == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(l.getUnit());
        return l;
    }

    private RotationGroup group(long id) {
        RotationGroup g = em.find(RotationGroup.class, id);
        if (g == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(g.getUnit());
        return g;
    }

    private ScheduleRule rule(long id) {
        ScheduleRule r = em.find(ScheduleRule.class, id);
        if (r == null) {
            throw new NotFoundException();
        }
        currentUser.requireScope(r.getUnit());
        return r;
    }

    private ReceptionSession sessionInScope(long id) {
        ReceptionSession s = em.find(ReceptionSession.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        if (!currentUser.maySee(s.getUnit())) {
            throw new NotPermittedException();
        }
        return s;
    }

    private AppUser account(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.onField("username", "reception.error.noSuchUser", username.strip()));
    }
}
