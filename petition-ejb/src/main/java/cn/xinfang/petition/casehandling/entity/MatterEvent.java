package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.xinfang.petition.organization.entity.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One step of a matter's timeline: who did what, when, the state it left the matter in, and the
 * step's typed parameters (units, dates, outcome, document). Never changed. No prose is stored:
 * screens and documents render an event through the message bundles in the reader's language
 * ({@link TimelineEntry}); only {@link #getText() text} holds words a person
 * wrote (a reason, a note).
 */
@Entity
@Table(name = "matter_event", indexes = {
        @Index(name = "ix_matter_event_matter_type", columnList = "matter_id, type, at"),
        @Index(name = "ix_matter_event_unit_type", columnList = "unit_id, type")})
@NamedQuery(name = MatterEvent.OF_MATTER, query = "SELECT e FROM MatterEvent e WHERE e.matter = :matter ORDER BY e.at, e.id")
@NamedQuery(name = MatterEvent.FIRST_OF_TYPE, query = "SELECT e FROM MatterEvent e WHERE e.matter = :matter"
        + " AND e.type = :type ORDER BY e.at, e.id")
public class MatterEvent {

    public static final String OF_MATTER = "MatterEvent.ofMatter";
    /**
     * The events of one type on a matter, oldest first: with {@code setMaxResults(1)} the first
     * routing (who handled it first, for 倒查) or the first reply. Served by ix_matter_event_matter_type.
     */
    public static final String FIRST_OF_TYPE = "MatterEvent.firstOfType";

    public enum Type { REGISTERED, REFUSE, REFER_STATUTORY, FORWARD_ACCUSATION, ACCEPT, ROUTE, OBJECT, NOTE, EXTEND,
        HEARING, DRAFT_REPLY, APPROVE_REPLY, RETURN_REPLY, REPORT_BACK, CLOSE, EVALUATE, REQUEST_REVIEW, DECIDE_REVIEW,
        REQUEST_RE_REVIEW, DECIDE_RE_REVIEW, TERMINATE, HEARING_RECORD, RESOLVE, BACKLOG_FLAG, BACKLOG_CLEAR,
        /** A file was attached; not a step of the lifecycle, the state stays as it was. */
        ATTACHMENT,
        /** The bureau identified (or corrected) whom an accusation accuses: the unit (or none) and the party. */
        ACCUSED_IDENTIFIED,
        /** 协办意见: a co-handling unit (the event's unit) contributed (its text). */
        CO_OPINION,
        /** The day a co-handling unit's (the event's unit) contribution is due was set (from). */
        CO_DUE,
        /** A review or re-review request not accepted (its stage as outcome, the authority, asked and refused on, the reason). */
        REFUSE_APPEAL,
        /** 历史台账导入: the matter came from the bureau's old ledger (the row's ledger number as document, the file as text). */
        LEDGER_IMPORTED;

        /** The steps the petitioner is shown through the lookup code (dates only, no staff names). */
        public boolean isPublic() {
            return switch (this) {
                case REGISTERED, REFUSE, REFER_STATUTORY, FORWARD_ACCUSATION, ACCEPT, ROUTE, EXTEND, HEARING,
                     APPROVE_REPLY, EVALUATE, REQUEST_REVIEW, DECIDE_REVIEW, REQUEST_RE_REVIEW, DECIDE_RE_REVIEW,
                     TERMINATE -> true;
                default -> false;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_event_seq")
    @SequenceGenerator(name = "matter_event_seq", sequenceName = "matter_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private Type type;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 32)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, length = 20)
    private MatterState stateAfter;

    /** ROUTE: 交办 or 转办. */
    @Enumerated(EnumType.STRING)
    @Column(name = "routing_mode", length = 10)
    private RoutingMode routingMode;

    /** ROUTE: the main unit the matter went to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** ROUTE: the co-handling units. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "matter_event_co_unit", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> coUnits = new LinkedHashSet<>();

    /** Appeals: the name of the reviewing authority (it may be outside this deployment). */
    @Column(name = "authority", length = 100)
    private String authority;

    /** A code of the step's outcome: {@link AppealOutcome}, {@link Rating}, {@link TerminationReason} or {@link Refusal}. */
    @Column(name = "outcome", length = 30)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "via", length = 10)
    private RatingVia via;

    /** A day the step names (a hearing's first day, the day of resolution, the day a matter was terminated). */
    @Column(name = "date_from")
    private LocalDate from;

    @Column(name = "date_to")
    private LocalDate to;

    /** EXTEND: the days granted. */
    @Column(name = "days")
    private Integer days;

    /** A document the step concerns: an attachment's file name, the number of an earlier matter. */
    @Column(name = "document", length = 255)
    private String document;

    /** Words a person wrote for this step (a reason, a note); never the petitioner's personal data. */
    @Column(name = "text", length = 2000)
    private String text;

    /** Outcome codes of a refusal the system decides itself. */
    public enum Refusal {
        /** 不再受理: the same matter was terminated before (the earlier number and day are on the event). */
        ALREADY_TERMINATED,
        /**
         * 2022 Art 19: the same matter is being handled within its period at a lower level (the
         * lower matter's number, the unit handling it and the last day of its period are on the event).
         */
        HANDLED_BELOW
    }

    protected MatterEvent() {
    }

    MatterEvent(Matter matter, Type type, Instant at, String username) {
        this.matter = matter;
        this.type = type;
        this.at = at;
        this.username = username;
        this.stateAfter = matter.getState();
    }

    MatterEvent routing(RoutingMode mode, Unit main, Collection<Unit> co) {
        this.routingMode = mode;
        this.unit = main;
        this.coUnits.addAll(co);
        return this;
    }

    MatterEvent authority(String name, String outcomeCode) {
        this.authority = name;
        this.outcome = outcomeCode;
        return this;
    }

    MatterEvent outcome(String code) {
        this.outcome = code;
        return this;
    }

    MatterEvent via(RatingVia via) {
        this.via = via;
        return this;
    }

    MatterEvent period(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        return this;
    }

    MatterEvent days(int days) {
        this.days = days;
        return this;
    }

    /** The unit a step names besides a routing (HANDLED_BELOW: the lower unit handling the same matter). */
    MatterEvent unit(Unit unit) {
        this.unit = unit;
        return this;
    }

    MatterEvent document(String document) {
        this.document = document;
        return this;
    }

    /** ACCUSED_IDENTIFIED: the accused unit (or {@link #NO_ACCUSED_UNIT} as outcome) and the party as named. */
    MatterEvent accused(Unit accusedUnit, String party) {
        this.unit = accusedUnit;
        this.outcome = accusedUnit == null ? NO_ACCUSED_UNIT : null;
        this.text = party;
        return this;
    }

    /** The outcome code of an accusation that concerns no unit of this county. */
    public static final String NO_ACCUSED_UNIT = "NO_UNIT";

    MatterEvent text(String text) {
        this.text = text;
        return this;
    }

    public Matter getMatter() {
        return matter;
    }

    public Long getId() {
        return id;
    }

    public Type getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public MatterState getStateAfter() {
        return stateAfter;
    }

    public RoutingMode getRoutingMode() {
        return routingMode;
    }

    public Unit getUnit() {
        return unit;
    }

    public Set<Unit> getCoUnits() {
        return Set.copyOf(coUnits);
    }

    public String getAuthority() {
        return authority;
    }

    public String getOutcome() {
        return outcome;
    }

    public RatingVia getVia() {
        return via;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Integer getDays() {
        return days;
    }

    public String getDocument() {
        return document;
    }

    public String getText() {
        return text;
    }
}
