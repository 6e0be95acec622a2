package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import cn.xinfang.petition.shared.entity.PersonalDataConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One petitioner (or group, {@link #peopleCount}) on the reception day: checked in with a booking
 * code or as a walk-in (登记), waiting (候访), in conversation with the leader (面谈), and the
 * answer (答复): the conversation record, the leader's opinion and the {@link Outcome}. The queue
 * order is {@link #queueOrder}: booked petitioners by booking number first, then walk-ins in
 * arrival order. Its life is {@link VisitState}. Personal data (ID number, phone) never reach the
 * waiting-room display: it shows {@link #getTicket()} and {@link #maskedName()} only.
 */
@Entity
@Table(name = "reception_visit")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = Visit.OF_SESSION, query = "SELECT v FROM Visit v WHERE v.session = :session ORDER BY v.queueOrder, v.id")
@NamedQuery(name = Visit.MAX_WALK_IN, query = "SELECT COALESCE(MAX(v.queueOrder), 0) FROM Visit v WHERE v.session = :session"
        + " AND v.booking IS NULL")
@NamedQuery(name = Visit.OF_BOOKING, query = "SELECT v FROM Visit v WHERE v.booking = :booking")
public class Visit implements Auditable {

    public static final String OF_SESSION = "Visit.ofSession";
    public static final String MAX_WALK_IN = "Visit.maxWalkIn";
    public static final String OF_BOOKING = "Visit.ofBooking";

    /** Walk-ins are ordered after every booked number (bookings are at most a session's capacity, ≤ 200). */
    public static final int WALK_IN_BASE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_visit_seq")
    @SequenceGenerator(name = "reception_visit_seq", sequenceName = "reception_visit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Booking booking;

    /** The number called on the display: A01 … for booked petitioners, B01 … for walk-ins. */
    @Column(name = "ticket", nullable = false, length = 8)
    private String ticket;

    @Column(name = "queue_order", nullable = false)
    private int queueOrder;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    /** Sealed in the database (AES-GCM), like the phone. */
    @Column(name = "id_number", nullable = false, length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String idNumber;

    @Column(name = "phone", length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    @Column(name = "category_code", length = 20)
    private String categoryCode;

    @Column(name = "people_count", nullable = false)
    private int peopleCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private VisitState state = VisitState.WAITING;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "checked_in_by", nullable = false, length = 32)
    private String checkedInBy;

    /** 谈话记录. */
    @Column(name = "conversation", length = 4000)
    private String conversation;

    /** The leader's opinion (领导意见) as said in the conversation. */
    @Column(name = "opinion", length = 1000)
    private String opinion;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    /** 限期解决: the day by which it is to be solved. */
    @Column(name = "resolve_by")
    private LocalDate resolveBy;

    @Column(name = "recorded_by", length = 32)
    private String recordedBy;

    @Version
    private long version;

    protected Visit() {
    }

    /** 登记 of a booked petitioner who showed the booking code. */
    public static Visit booked(ReceptionSession session, Booking booking, int peopleCount, String by, Instant now) {
        if (booking.getState() != BookingState.BOOKED) {
            throw BusinessException.onField("code", "receptionday.error.bookingNotActive");
        }
        if (!booking.getSession().getId().equals(session.getId())) {
            throw BusinessException.onField("code", "receptionday.error.otherSession");
        }
        Visit v = new Visit();
        v.session = session;
        v.booking = booking;
        v.queueOrder = booking.getNumber();
        v.ticket = String.format("A%02d", booking.getNumber());
        v.name = booking.getName();
        v.idNumber = booking.getIdNumber();
        v.phone = booking.getPhone();
        v.subject = booking.getSubject();
        v.categoryCode = booking.getCategoryCode();
        v.people(peopleCount);
        v.arrivedAt = now;
        v.checkedInBy = by;
        booking.checkIn();
        return v;
    }

    /** 登记 of a walk-in petitioner; {@code arrival} is 1, 2, 3 … in the order they came. */
    public static Visit walkIn(ReceptionSession session, int arrival, String name, String idNumber, String phone, String subject,
                               String categoryCode, int peopleCount, String by, LocalDate today, Instant now) {
        Visit v = new Visit();
        v.session = session;
        v.queueOrder = WALK_IN_BASE + arrival;
        v.ticket = String.format("B%02d", arrival);
        v.name = Texts.required("name", name, 40);
        v.idNumber = IdNumber.parse(idNumber, "idNumber", today).value();
        v.phone = Texts.optional("phone", phone, 20);
        v.subject = Texts.required("subject", subject, 500);
        v.categoryCode = Texts.optional("categoryCode", categoryCode, 20);
        v.people(peopleCount);
        v.arrivedAt = now;
        v.checkedInBy = by;
        return v;
    }

    private void people(int count) {
        if (count < 1 || count > 500) {
            throw BusinessException.onField("peopleCount", "receptionday.error.peopleCount", 1, 500);
        }
        this.peopleCount = count;
    }

    /** 叫号: the leader receives this petitioner now. */
    public void call(Instant now) {
        move(VisitState.IN_CONVERSATION);
        this.calledAt = now;
    }

    /** The conversation was interrupted; the petitioner waits again in their place. */
    public void backToQueue() {
        move(VisitState.WAITING);
    }

    public void leave(Instant now) {
        move(VisitState.LEFT);
        this.finishedAt = now;
    }

    /**
     * 答复: the conversation record, the leader's opinion and the outcome; 限期解决 needs the day by
     * which it is solved, not before the session's day.
     */
    public void conclude(String conversation, String opinion, Outcome outcome, LocalDate resolveBy, String by, Instant now) {
        if (state != VisitState.IN_CONVERSATION) {
            throw new BusinessException("receptionday.error.notInConversation", ticket);
        }
        String record = Texts.required("conversation", conversation, 4000);
        String leaderOpinion = Texts.required("opinion", opinion, 1000);
        if (outcome == null) {
            throw BusinessException.onField("outcome", "error.required");
        }
        if (outcome == Outcome.BY_DATE) {
            if (resolveBy == null) {
                throw BusinessException.onField("resolveBy", "error.required");
            }
            if (resolveBy.isBefore(session.getDay())) {
                throw BusinessException.onField("resolveBy", "receptionday.error.resolveByPast", session.getDay().toString());
            }
        }
        this.conversation = record;
        this.opinion = leaderOpinion;
        this.outcome = outcome;
        this.resolveBy = outcome == Outcome.BY_DATE ? resolveBy : null;
        this.recordedBy = by;
        this.finishedAt = now;
        move(VisitState.DONE);
        if (booking != null) {
            booking.received();
        }
    }

    private void move(VisitState next) {
        if (!state.mayBecome(next)) {
            throw new BusinessException("receptionday.error.visitTransition", ticket);
        }
        this.state = next;
    }

    /** Minutes waited until called (or until {@code now} while still waiting). */
    public long waitingMinutes(Instant now) {
        Instant end = calledAt != null ? calledAt : state == VisitState.WAITING ? now : finishedAt;
        return end == null ? 0 : Math.max(0, Duration.between(arrivedAt, end).toMinutes());
    }

    /** The name as the waiting-room display shows it: the family name and one mark per further character. */
    public String maskedName() {
        return mask(name);
    }

    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ticket", ticket);
        m.put("booking", booking == null ? null : "#" + booking.getNumber());
        m.put("name", name);
        m.put("idNumber", idNumber == null ? null : maskedIdNumber());
        m.put("subject", subject);
        m.put("categoryCode", categoryCode);
        m.put("peopleCount", String.valueOf(peopleCount));
        m.put("state", state == null ? null : state.name());
        m.put("arrivedAt", Auditable.time(arrivedAt));
        m.put("calledAt", Auditable.time(calledAt));
        m.put("finishedAt", Auditable.time(finishedAt));
        m.put("conversation", conversation);
        m.put("opinion", opinion);
        m.put("outcome", outcome == null ? null : outcome.name());
        m.put("resolveBy", resolveBy == null ? null : resolveBy.toString());
        m.put("recordedBy", recordedBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return ticket;
    }

    public Long getId() {
        return id;
    }

    public ReceptionSession getSession() {
        return session;
    }

    public Booking getBooking() {
        return booking;
    }

    public String getTicket() {
        return ticket;
    }

    public int getQueueOrder() {
        return queueOrder;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getSubject() {
        return subject;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public VisitState getState() {
        return state;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public String getConversation() {
        return conversation;
    }

    public String getOpinion() {
        return opinion;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDate getResolveBy() {
        return resolveBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
