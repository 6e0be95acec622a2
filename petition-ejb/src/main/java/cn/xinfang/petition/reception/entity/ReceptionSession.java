package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reception session (接访场次): a leader, a day and time slot, a place, a form, the portfolio
 * shown, a capacity for bookings and the booking cut-off. Its life is {@link SessionState}.
 * {@link #plannedLeader} and {@link #scheduledDay} are what the rule produced (the occurrence's
 * identity, so that generating the year again adds nothing twice); {@link #leader} and
 * {@link #day} are what holds after swaps and 顺延.
 */
@Entity
@Table(name = "reception_session")
@Audited
@AuditedAs("RECEPTION_SESSION")
@NamedQuery(name = ReceptionSession.IN_RANGE, query = "SELECT s FROM ReceptionSession s JOIN FETCH s.leader JOIN FETCH s.unit"
        + " WHERE s.day BETWEEN :from AND :to ORDER BY s.day, s.startTime, s.id")
@NamedQuery(name = ReceptionSession.OF_RULE, query = "SELECT s FROM ReceptionSession s WHERE s.rule = :rule"
        + " AND s.scheduledDay BETWEEN :from AND :to")
public class ReceptionSession implements Auditable {

    public static final String IN_RANGE = "ReceptionSession.inRange";
    public static final String OF_RULE = "ReceptionSession.ofRule";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_session_seq")
    @SequenceGenerator(name = "reception_session_seq", sequenceName = "reception_session_seq", allocationSize = 50)
    private Long id;

    /** The unit whose schedule this is (scoping: a township runs its own sessions). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ScheduleRule rule;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader leader;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planned_leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader plannedLeader;

    @Column(name = "session_day", nullable = false)
    private LocalDate day;

    /** The rule's own date before any shift (顺延) or move. */
    @Column(name = "scheduled_day", nullable = false)
    private LocalDate scheduledDay;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "place", nullable = false, length = 160)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 20)
    private ReceptionForm form;

    @Column(name = "portfolio", length = 200)
    private String portfolio;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "booking_cutoff", nullable = false)
    private Instant bookingCutoff;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private SessionState state = SessionState.PLANNED;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 32)
    private String publishedBy;

    /** Why it was published later than the notice period (null when on time). */
    @Column(name = "publication_override", length = 200)
    private String publicationOverride;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 200)
    private String cancelReason;

    @Version
    private long version;

    protected ReceptionSession() {
    }

    public ReceptionSession(Unit unit, ScheduleRule rule, Leader leader, LocalDate scheduledDay, LocalDate day,
                            LocalTime start, LocalTime end, String place, ReceptionForm form, String portfolio,
                            int capacity, Instant bookingCutoff) {
        if (unit == null || leader == null || day == null || scheduledDay == null || form == null || bookingCutoff == null) {
            throw new IllegalArgumentException("unit, leader, days, form and cut-off are required");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw BusinessException.onField("endTime", "reception.error.endBeforeStart");
        }
        if (capacity < 0 || capacity > 200) {
            throw BusinessException.onField("capacity", "reception.error.capacityRange", 0, 200);
        }
        this.unit = unit;
        this.rule = rule;
        this.leader = leader;
        this.plannedLeader = leader;
        this.scheduledDay = scheduledDay;
        this.day = day;
        this.startTime = start;
        this.endTime = end;
        this.place = Texts.required("place", place, 160);
        this.form = form;
        this.portfolio = Texts.optional("portfolio", portfolio, 200);
        this.capacity = capacity;
        this.bookingCutoff = bookingCutoff;
    }

    /**
     * 公示. On time when at least {@code minDays} ahead of the day; later only with
     * {@code overrideReason}, which is kept. A session already published stays as it was.
     */
    public void publish(LocalDate today, int minDays, String overrideReason, String by, Instant now) {
        if (state == SessionState.PUBLISHED) {
            return;
        }
        require(SessionState.PUBLISHED);
        this.publicationOverride = Publication.check(day, today, minDays, overrideReason, "overrideReason");
        this.state = SessionState.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    public void cancel(String reason, Instant now) {
        require(SessionState.CANCELLED);
        this.cancelReason = Texts.required("reason", reason, 200);
        this.cancelledAt = now;
        this.state = SessionState.CANCELLED;
    }

    /**
     * Another leader takes the session (the planned one cannot attend): said at least
     * {@code minDays} ahead, or later with {@code late} set; the reason is kept in the change.
     */
    public SessionChange swapLeader(Leader to, String reason, boolean late, LocalDate today, int minDays, String by, Instant now) {
        requireOpen();
        if (to == null) {
            throw BusinessException.onField("leader", "error.required");
        }
        if (to.equals(leader)) {
            throw BusinessException.onField("leader", "reception.error.sameLeader");
        }
        boolean isLate = checkNotice(today, minDays, late);
        SessionChange change = SessionChange.leader(this, leader, to, reason, isLate, by, now);
        this.leader = to;
        return change;
    }

    /** The session moves to another day (the leader's own date swap); the new cut-off comes with it. */
    public SessionChange moveTo(LocalDate newDay, Instant newCutoff, String reason, boolean late, LocalDate today, int minDays,
                                String by, Instant now) {
        requireOpen();
        if (newDay == null || newCutoff == null) {
            throw BusinessException.onField("day", "error.required");
        }
        if (!newDay.isAfter(today)) {
            throw BusinessException.onField("day", "reception.error.dayPassed", newDay.toString());
        }
        if (newDay.equals(day)) {
            throw BusinessException.onField("day", "reception.error.sameDay");
        }
        boolean isLate = checkNotice(today, minDays, late) || (state == SessionState.PUBLISHED && Publication.isLate(newDay, today, minDays));
        SessionChange change = SessionChange.day(this, day, newDay, reason, isLate, by, now);
        this.day = newDay;
        this.bookingCutoff = newCutoff;
        return change;
    }

    /** The day was run (set by the day's record). */
    public void hold() {
        require(SessionState.HELD);
        this.state = SessionState.HELD;
    }

    /** Whether a booking may be made at {@code now}: published and before the cut-off. Capacity is counted by the caller under a lock. */
    public boolean takesBookings(Instant now) {
        return state == SessionState.PUBLISHED && now.isBefore(bookingCutoff) && capacity > 0;
    }

    private boolean checkNotice(LocalDate today, int minDays, boolean late) {
        if (!day.isAfter(today)) {
            throw BusinessException.onField("day", "reception.error.dayPassed", day.toString());
        }
        boolean isLate = Publication.isLate(day, today, minDays);
        if (isLate && !late) {
            throw BusinessException.onField("reason", "reception.error.swapLate", minDays);
        }
        return isLate;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new BusinessException("reception.error.sessionClosed");
        }
    }

    private void require(SessionState next) {
        if (!state.mayBecome(next)) {
            throw new BusinessException("reception.error.transition", state.name(), next.name());
        }
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("rule", rule == null ? null : "#" + rule.getId());
        m.put("leader", leader == null ? null : leader.getName() + " #" + leader.getId());
        m.put("plannedLeader", plannedLeader == null ? null : plannedLeader.getName() + " #" + plannedLeader.getId());
        m.put("day", day == null ? null : day.toString());
        m.put("scheduledDay", scheduledDay == null ? null : scheduledDay.toString());
        m.put("slot", startTime == null ? null : startTime + "-" + endTime);
        m.put("place", place);
        m.put("form", form == null ? null : form.name());
        m.put("portfolio", portfolio);
        m.put("capacity", String.valueOf(capacity));
        m.put("bookingCutoff", Auditable.time(bookingCutoff));
        m.put("state", state == null ? null : state.name());
        m.put("publishedAt", Auditable.time(publishedAt));
        m.put("publishedBy", publishedBy);
        m.put("publicationOverride", publicationOverride);
        m.put("cancelReason", cancelReason);
        return m;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public ScheduleRule getRule() {
        return rule;
    }

    public Leader getLeader() {
        return leader;
    }

    public Leader getPlannedLeader() {
        return plannedLeader;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getScheduledDay() {
        return scheduledDay;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public ReceptionForm getForm() {
        return form;
    }

    public String getPortfolio() {
        return portfolio;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getBookingCutoff() {
        return bookingCutoff;
    }

    public SessionState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getPublicationOverride() {
        return publicationOverride;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
