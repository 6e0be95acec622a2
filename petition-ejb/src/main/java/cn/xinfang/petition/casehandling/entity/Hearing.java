package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
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
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.time.Instant;

/**
 * 听证: held for major, complex or difficult matters while they are handled, reviewed or
 * re-reviewed. Scheduled with its days, place and participants; its minutes and conclusion are
 * recorded afterwards. Its days do not count against the period of the stage it belongs to.
 */
@Entity
@Table(name = "hearing")
@Audited
@AuditedAs(value = "MATTER", partOf = "matter")
@NamedQuery(name = Hearing.OF_MATTER, query = "SELECT h FROM Hearing h WHERE h.matter = :matter ORDER BY h.heldFrom, h.id")
public class Hearing implements Auditable {

    public static final String OF_MATTER = "Hearing.ofMatter";

    /** A hearing lasts at most this many days… */
    public static final int MAX_DAYS = 90;
    /** …and begins at most this many days ahead. */
    public static final int MAX_DAYS_AHEAD = 365;

    /**
     * The days of a hearing against the matter's timeline: both given, not before the start of the
     * stage it belongs to ({@code stageStart}, null when the stage has not started: the state
     * check refuses it then), the end not before the beginning, at most {@link #MAX_DAYS} long and
     * beginning at most {@link #MAX_DAYS_AHEAD} days after today.
     */
    static void checkDays(LocalDate from, LocalDate to, LocalDate stageStart, LocalDate today) {
        if (from == null) {
            throw BusinessException.onField("hearingFrom", "error.required");
        }
        if (to == null) {
            throw BusinessException.onField("hearingTo", "error.required");
        }
        if (stageStart != null && from.isBefore(stageStart)) {
            throw BusinessException.onField("hearingFrom", "error.hearing.beforeStage", stageStart.toString());
        }
        if (ChronoUnit.DAYS.between(today, from) > MAX_DAYS_AHEAD) {
            throw BusinessException.onField("hearingFrom", "error.hearing.tooFarAhead", MAX_DAYS_AHEAD);
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("hearingTo", "error.matter.hearingDates");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BusinessException.onField("hearingTo", "error.hearing.tooLong", MAX_DAYS);
        }
    }

    /** The stage whose clock the hearing stops. */
    public enum Stage { HANDLING, REVIEW, RE_REVIEW }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hearing_seq")
    @SequenceGenerator(name = "hearing_seq", sequenceName = "hearing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 10, updatable = false)
    private Stage stage;

    @Column(name = "held_from", nullable = false)
    private LocalDate heldFrom;

    @Column(name = "held_to", nullable = false)
    private LocalDate heldTo;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "participants", nullable = false, length = 1000)
    private String participants;

    @Column(name = "minutes", length = 5000)
    private String minutes;

    @Column(name = "conclusion", length = 2000)
    private String conclusion;

    @Column(name = "scheduled_by", nullable = false, length = 32)
    private String scheduledBy;

    @Column(name = "recorded_by", length = 32)
    private String recordedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Hearing() {
    }

    /** A hearing in the handling stage pauses the handling period (the matter's pause): its days are here. */
    @Override
    public String auditLabel() {
        return stage == null ? null : stage.name();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("heldFrom", heldFrom == null ? null : heldFrom.toString());
        m.put("heldTo", heldTo == null ? null : heldTo.toString());
        m.put("place", place);
        m.put("participants", participants);
        m.put("conclusion", conclusion);
        m.put("scheduledBy", scheduledBy);
        m.put("recordedBy", recordedBy);
        return m;
    }

    public Hearing(Matter matter, Stage stage, LocalDate from, LocalDate to, String place, String participants,
                   String scheduledBy) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.onField("hearingTo", "error.matter.hearingDates");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BusinessException.onField("hearingTo", "error.hearing.tooLong", MAX_DAYS);
        }
        this.matter = Objects.requireNonNull(matter);
        this.stage = Objects.requireNonNull(stage);
        this.heldFrom = from;
        this.heldTo = to;
        this.place = Matter.required(place, "hearingPlace", 200);
        this.participants = Matter.required(participants, "participants", 1000);
        this.scheduledBy = Objects.requireNonNull(scheduledBy);
    }

    /** The minutes and the conclusion, once the hearing has begun. */
    public MatterEvent record(String minutes, String conclusion, LocalDate today, String by, Instant now) {
        if (today.isBefore(heldFrom)) {
            throw new BusinessException("error.hearing.notYet", heldFrom.toString());
        }
        this.minutes = Matter.required(minutes, "minutes", 5000);
        this.conclusion = Matter.required(conclusion, "conclusion", 2000);
        this.recordedBy = by;
        return new MatterEvent(matter, MatterEvent.Type.HEARING_RECORD, now, by).period(heldFrom, heldTo);
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getHeldFrom() {
        return heldFrom;
    }

    public LocalDate getHeldTo() {
        return heldTo;
    }

    public String getPlace() {
        return place;
    }

    public String getParticipants() {
        return participants;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getConclusion() {
        return conclusion;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
