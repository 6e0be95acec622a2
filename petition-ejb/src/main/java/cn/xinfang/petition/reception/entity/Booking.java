package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import cn.xinfang.petition.shared.entity.PersonalData;
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
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A booking (约访) of a session: the petitioner's name, ID number, phone and subject, its number
 * in the session's booked order (booked petitioners are received first, in this order), and
 * the booking code's hash (the code itself is shown once; it is shown on the day and cancels).
 * ID number and phone are personal data: masked in every view that does not need them, never
 * logged, never in a URL.
 */
@Entity
@Table(name = "reception_booking")
@Audited
@AuditedAs(value = "RECEPTION_SESSION", partOf = "session")
@NamedQuery(name = Booking.OF_SESSION, query = "SELECT b FROM Booking b WHERE b.session = :session ORDER BY b.number")
@NamedQuery(name = Booking.ACTIVE_COUNT, query = "SELECT COUNT(b) FROM Booking b WHERE b.session = :session AND b.state <> :cancelled")
@NamedQuery(name = Booking.MAX_NUMBER, query = "SELECT COALESCE(MAX(b.number), 0) FROM Booking b WHERE b.session = :session")
@NamedQuery(name = Booking.BY_CODE, query = "SELECT b FROM Booking b JOIN FETCH b.session s JOIN FETCH s.leader WHERE b.codeHash = :hash")
@NamedQuery(name = Booking.ACTIVE_OF_PERSON, query = "SELECT b FROM Booking b WHERE b.session = :session AND b.idNumberIndex = :idNumber"
        + " AND b.state <> :cancelled")
public class Booking implements Auditable {

    public static final String OF_SESSION = "Booking.ofSession";
    public static final String ACTIVE_COUNT = "Booking.activeCount";
    public static final String MAX_NUMBER = "Booking.maxNumber";
    public static final String BY_CODE = "Booking.byCode";
    public static final String ACTIVE_OF_PERSON = "Booking.activeOfPerson";

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_booking_seq")
    @SequenceGenerator(name = "reception_booking_seq", sequenceName = "reception_booking_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReceptionSession session;

    /** 1, 2, 3 … in the order booked, per session (a cancelled booking keeps its number). */
    @Column(name = "booking_number", nullable = false)
    private int number;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    /** Sealed in the database (AES-GCM), like the phone. */
    @Column(name = "id_number", nullable = false, length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String idNumber;

    /** The blind index of the ID number (as the petitioner record keeps it): the one-booking-per-person check. */
    @Column(name = "id_number_index", length = 64)
    @NotAudited
    private String idNumberIndex;

    @Column(name = "phone", nullable = false, length = 100)
    @Convert(converter = PersonalDataConverter.class)
    private String phone;

    @Column(name = "subject", nullable = false, length = 500)
    private String subject;

    /** The issue category the petitioner chose (matched against the leader's portfolio). */
    @Column(name = "category_code", length = 20)
    private String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "via", nullable = false, length = 10)
    private BookingVia via;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private BookingState state = BookingState.BOOKED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The staff member who booked; null for the public page. */
    @Column(name = "created_by", length = 32)
    private String createdBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Who cancelled: a user name, or null for the petitioner with the code. */
    @Column(name = "cancelled_by", length = 32)
    private String cancelledBy;

    /** 约访: the matter the petitioner is invited about (null for an ordinary booking). */
    @Column(name = "matter_id")
    private Long matterId;

    @Column(name = "matter_number", length = 32)
    private String matterNumber;

    @Version
    private long version;

    protected Booking() {
    }

    public Booking(ReceptionSession session, int number, String codeHash, String name, String idNumber, String phone,
                   String subject, String categoryCode, BookingVia via, String by, LocalDate today, Instant now) {
        if (session == null || via == null || codeHash == null) {
            throw new IllegalArgumentException("session, via and code are required");
        }
        this.session = session;
        this.number = number;
        this.codeHash = codeHash;
        this.name = Texts.required("name", name, 40);
        this.idNumber = IdNumber.parse(idNumber, "idNumber", today).value();
        this.idNumberIndex = PersonalData.index(PersonalData.Kind.ID_NUMBER, this.idNumber);
        String p = Texts.required("phone", phone, 20);
        if (!PHONE.matcher(p).matches()) {
            throw BusinessException.onField("phone", "reception.error.phone");
        }
        this.phone = p;
        this.subject = Texts.required("subject", subject, 500);
        this.categoryCode = Texts.optional("categoryCode", categoryCode, 20);
        this.via = via;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Cancelled by the petitioner (with the code, {@code by} null) or by staff; only before the session's day. */
    public void cancel(String by, LocalDate today, Instant now) {
        if (state != BookingState.BOOKED) {
            throw new BusinessException("reception.error.bookingNotActive");
        }
        if (!today.isBefore(session.getDay())) {
            throw new BusinessException("reception.error.bookingCancelTooLate");
        }
        state = BookingState.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
    }

    /** 登记 on the day: the petitioner showed the code (the day's record, reception.entity.Visit). */
    public void checkIn() {
        if (state != BookingState.BOOKED) {
            throw new BusinessException("reception.error.bookingNotActive");
        }
        state = BookingState.CHECKED_IN;
    }

    /** The leader received the petitioner. */
    public void received() {
        state = BookingState.RECEIVED;
    }

    /** The day closed and the petitioner never came. */
    public void noShow() {
        if (state == BookingState.BOOKED) {
            state = BookingState.NO_SHOW;
        }
    }

    /** 约访 about a matter: only an invitation names one. */
    public void about(long matterId, String matterNumber) {
        if (via != BookingVia.INVITATION) {
            throw new IllegalStateException("only an invitation names a matter");
        }
        this.matterId = matterId;
        this.matterNumber = matterNumber;
    }

    public Long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String maskedPhone() {
        return phone.length() <= 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", String.valueOf(number));
        m.put("name", name);
        m.put("idNumber", idNumber == null ? null : maskedIdNumber());
        m.put("phone", phone == null ? null : maskedPhone());
        m.put("subject", subject);
        m.put("categoryCode", categoryCode);
        m.put("via", via == null ? null : via.name());
        m.put("matter", matterNumber);
        m.put("state", state == null ? null : state.name());
        m.put("createdBy", createdBy);
        m.put("cancelledBy", cancelledBy);
        return m;
    }

    @Override
    public String auditLabel() {
        return "#" + number;
    }

    public Long getId() {
        return id;
    }

    public ReceptionSession getSession() {
        return session;
    }

    public int getNumber() {
        return number;
    }

    public String getCodeHash() {
        return codeHash;
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

    public BookingVia getVia() {
        return via;
    }

    public BookingState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public long getVersion() {
        return version;
    }
}
