package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 信访事项: one petition matter, from registration on. Its state changes only through the
 * methods here, each of which asks {@link Lifecycle} whether the step is allowed and records it
 * on the timeline.
 */
@Entity
@Table(name = "matter")
@Audited
@NamedQuery(name = Matter.BY_NUMBER, query = "SELECT m FROM Matter m WHERE m.number = :number")
@NamedQuery(name = Matter.BY_IDEMPOTENCY_KEY, query = "SELECT m FROM Matter m WHERE m.idempotencyKey = :key")
@NamedQuery(name = Matter.OF_PETITIONER, query = "SELECT m FROM Matter m" + Matter.LIST_FETCH
        + " WHERE m.petitioner = :petitioner ORDER BY m.receivedOn DESC, m.id DESC")
public class Matter implements Auditable {

    public static final String BY_NUMBER = "Matter.byNumber";
    public static final String BY_IDEMPOTENCY_KEY = "Matter.byIdempotencyKey";
    public static final String OF_PETITIONER = "Matter.ofPetitioner";
    /** What a list row shows besides the matter itself, fetched with it (alias m). */
    public static final String LIST_FETCH = " JOIN FETCH m.petitioner JOIN FETCH m.channel JOIN FETCH m.category mc"
            + " LEFT JOIN FETCH mc.parent";

    /** 2022 Art 20: a collective visit is five or more people, with at most five representatives. */
    public static final int COLLECTIVE_SIZE = 5;
    public static final int MAX_REPRESENTATIVES = 5;
    public static final int MAX_CONTENT = 5000;

    private static final EnumSet<UnitKind> PLACES = EnumSet.of(UnitKind.TOWNSHIP, UnitKind.VILLAGE, UnitKind.COMMUNITY);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_seq")
    @SequenceGenerator(name = "matter_seq", sequenceName = "matter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 32, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_code", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 32)
    private String registeredBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registering_unit_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit registeringUnit;

    @Column(name = "transfer_level", length = 20)
    private String transferLevel;

    @Column(name = "transfer_document", length = 60)
    private String transferDocument;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petitioner_id", nullable = false)
    private Petitioner petitioner;

    @Column(name = "people_count", nullable = false)
    private int peopleCount;

    @ElementCollection
    @CollectionTable(name = "matter_representative", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 50)
    private List<String> representatives = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "cross_level", nullable = false, length = 10)
    private CrossLevel crossLevel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_place_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit problemPlace;

    @Column(name = "content", nullable = false, length = MAX_CONTENT)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private MatterKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private IssueCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 14)
    private MatterPurpose purpose;

    @Column(name = "accused_party", length = 100)
    private String accusedParty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accused_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit accusedUnit;

    /** The first matter of a repeat chain (重复信访), or null for a first-time matter (初信初访). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_id")
    private Matter origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private MatterState state;

    /** 2022 Art 22: the petitioner must be told within 15 days how the matter is handled. */
    @Column(name = "acceptance_due", nullable = false)
    private LocalDate acceptanceDue;

    // --- acceptance (2022 Art 22/23) ---

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "decision_text", length = 1000)
    private String decisionText;

    // --- routing ---

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_mode", length = 10)
    private RoutingMode routingMode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit mainUnit;

    @jakarta.persistence.ManyToMany(fetch = FetchType.LAZY)
    @jakarta.persistence.JoinTable(name = "matter_co_unit", joinColumns = @JoinColumn(name = "matter_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @org.hibernate.envers.NotAudited
    private java.util.Set<Unit> coUnits = new java.util.HashSet<>();

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(name = "objection_due")
    private LocalDate objectionDue;

    // --- handling (2022 Art 34) ---

    @Column(name = "handling_due")
    private LocalDate handlingDue;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    @ElementCollection
    @CollectionTable(name = "matter_pause", joinColumns = @JoinColumn(name = "matter_id"))
    @org.hibernate.envers.NotAudited
    private List<HearingPause> pauses = new ArrayList<>();

    // --- reply (2022 Art 32) ---

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_outcome", length = 12)
    private ReplyOutcome replyOutcome;

    @Column(name = "reply_text", length = MAX_CONTENT)
    private String replyText;

    @Column(name = "reply_drafted_by", length = 32)
    private String replyDraftedBy;

    @Column(name = "reply_approved_by", length = 32)
    private String replyApprovedBy;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    // --- the citizen's side (2022 Art 21): lookup code and rating ---

    /** 查询码: with the number, lets the petitioner follow the matter and rate the reply online. */
    @Column(name = "lookup_code", length = 12)
    private String lookupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private Rating rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    /** Who recorded a rating given by phone or in person; null when the petitioner rated online. */
    @Column(name = "rated_by", length = 32)
    private String ratedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_via", length = 10)
    private RatingVia ratingVia;

    // --- termination, resolution, backlog ---

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason", length = 20)
    private TerminationReason terminationReason;

    /** 息诉息访: the petitioner stopped petitioning; kept apart from the paperwork state. */
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Column(name = "resolved_by", length = 32)
    private String resolvedBy;

    /** 积案 flagged by hand (the rules flag further matters without this column). */
    @Column(name = "backlog_flag", nullable = false)
    private boolean backlogFlag;

    @Column(name = "backlog_reason", length = 500)
    private String backlogReason;

    /** The key a retrying client sent with the registration, so that a retry never creates a second matter. */
    @Column(name = "idempotency_key", length = 64, unique = true, updatable = false)
    private String idempotencyKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Matter() {
    }

    /** Registers a matter. Returns with the REGISTERED event to persist beside it. */
    public Matter(String number, Intake in, Petitioner petitioner, Unit registeringUnit, String registeredBy,
                  Instant now, LocalDate today, LocalDate acceptanceDue) {
        this.number = Objects.requireNonNull(number);
        this.petitioner = Objects.requireNonNull(petitioner);
        this.registeringUnit = Objects.requireNonNull(registeringUnit);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = Objects.requireNonNull(now);
        this.acceptanceDue = Objects.requireNonNull(acceptanceDue);
        this.state = MatterState.REGISTERED;
        take(in, today);
    }

    private void take(Intake in, LocalDate today) {
        if (in.channel() == null) {
            throw BusinessException.onField("channel", "error.required");
        }
        if (in.receivedOn() == null) {
            throw BusinessException.onField("receivedOn", "error.required");
        }
        if (in.receivedOn().isAfter(today)) {
            throw BusinessException.onField("receivedOn", "error.matter.receivedInFuture");
        }
        if (in.channel().isTransfer() && (blank(in.transferLevel()) || blank(in.transferDocument()))) {
            throw BusinessException.onField("transferDocument", "error.matter.transferRequired");
        }
        if (in.peopleCount() < 1 || in.peopleCount() > 100_000) {
            throw BusinessException.onField("peopleCount", "error.matter.peopleCount");
        }
        List<String> reps = in.representatives() == null ? List.of()
                : in.representatives().stream().filter(r -> !blank(r)).map(String::strip).toList();
        if (in.peopleCount() >= COLLECTIVE_SIZE && (reps.isEmpty() || reps.size() > MAX_REPRESENTATIVES)) {
            throw BusinessException.onField("representatives", "error.matter.representatives", MAX_REPRESENTATIVES);
        }
        if (reps.stream().anyMatch(r -> r.length() > 50)) {
            throw BusinessException.onField("representatives", "error.tooLong");
        }
        if (in.problemPlace() == null || !PLACES.contains(in.problemPlace().getKind())) {
            throw BusinessException.onField("problemPlace", "error.matter.problemPlace");
        }
        if (blank(in.content())) {
            throw BusinessException.onField("content", "error.required");
        }
        if (in.content().strip().length() > MAX_CONTENT) {
            throw BusinessException.onField("content", "error.tooLong");
        }
        if (in.kind() == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        if (in.category() == null) {
            throw BusinessException.onField("category", "error.required");
        }
        if (in.purpose() == null) {
            throw BusinessException.onField("purpose", "error.required");
        }
        if (in.kind() == MatterKind.ACCUSATION && blank(in.accusedParty()) && in.accusedUnit() == null) {
            throw BusinessException.onField("accusedParty", "error.matter.accusedRequired");
        }
        if (in.accusedParty() != null && in.accusedParty().strip().length() > 100) {
            throw BusinessException.onField("accusedParty", "error.tooLong");
        }
        this.channel = in.channel();
        this.receivedOn = in.receivedOn();
        this.transferLevel = in.channel().isTransfer() ? in.transferLevel().strip() : null;
        this.transferDocument = in.channel().isTransfer() ? in.transferDocument().strip() : null;
        this.peopleCount = in.peopleCount();
        this.representatives.clear();
        this.representatives.addAll(reps);
        this.crossLevel = in.crossLevel() == null ? CrossLevel.NONE : in.crossLevel();
        this.problemPlace = in.problemPlace();
        this.content = in.content().strip();
        this.kind = in.kind();
        this.category = in.category();
        this.purpose = in.purpose();
        this.accusedParty = blank(in.accusedParty()) ? null : in.accusedParty().strip();
        this.accusedUnit = in.accusedUnit();
        if (in.repeatOf() != null) {
            if (!in.repeatOf().getPetitioner().equals(petitioner)) {
                throw BusinessException.onField("repeatOf", "error.matter.repeatOtherPetitioner");
            }
            Matter first = in.repeatOf().getOrigin();
            this.origin = first != null ? first : in.repeatOf();
        }
    }

    public void rememberIdempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 64)) {
            throw new BusinessException("error.matter.idempotencyKey");
        }
        this.idempotencyKey = key;
    }

    /** The timeline entry of the registration. */
    public MatterEvent registeredEvent() {
        return new MatterEvent(this, MatterEvent.Type.REGISTERED, registeredAt, registeredBy, null);
    }

    public boolean isCollective() {
        return peopleCount >= COLLECTIVE_SIZE;
    }

    public boolean isRepeat() {
        return origin != null;
    }

    /** Users of the accused unit must never see who accused it, nor the accusation itself (2022 Art 30). */
    public boolean isConfidentialFor(Unit unit) {
        return kind == MatterKind.ACCUSATION && accusedUnit != null && unit != null
                && (unit.equals(accusedUnit) || unit.isWithin(accusedUnit));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("state", state == null ? null : state.name());
        m.put("kind", kind == null ? null : kind.name());
        m.put("peopleCount", String.valueOf(peopleCount));
        m.put("crossLevel", crossLevel == null ? null : crossLevel.name());
        m.put("acceptanceDue", acceptanceDue == null ? null : acceptanceDue.toString());
        m.put("mainUnit", mainUnit == null ? null : mainUnit.getName() + " #" + mainUnit.getId());
        m.put("handlingDue", handlingDue == null ? null : handlingDue.toString());
        m.put("extensionDays", String.valueOf(extensionDays));
        m.put("replyOutcome", replyOutcome == null ? null : replyOutcome.name());
        m.put("rating", rating == null ? null : rating.name());
        m.put("terminatedOn", terminatedOn == null ? null : terminatedOn.toString());
        m.put("resolvedOn", resolvedOn == null ? null : resolvedOn.toString());
        m.put("backlogFlag", String.valueOf(backlogFlag));
        return m;
    }

    // ------------------------------------------------------------------ the life of the matter

    private MatterEvent step(MatterAction action, MatterEvent.Type type, String by, Instant now, String detail) {
        this.state = Lifecycle.require(state, action);
        return new MatterEvent(this, type, now, by, detail);
    }

    static String required(String text, String field, int max) {
        if (blank(text)) {
            throw BusinessException.onField(field, "error.required");
        }
        if (text.strip().length() > max) {
            throw BusinessException.onField(field, "error.tooLong");
        }
        return text.strip();
    }

    /** 不予受理 / 不再受理, with the reason the petitioner is told. */
    public MatterEvent refuse(String reason, String by, Instant now, LocalDate today) {
        String r = required(reason, "reason", 1000);
        MatterEvent e = step(MatterAction.REFUSE, MatterEvent.Type.REFUSE, by, now, r);
        this.decisionText = r;
        this.closedOn = today;
        return e;
    }

    /** 法定途径: the petitioner is told which statutory channel applies (诉讼, 仲裁, 行政复议 …). */
    public MatterEvent referToStatutoryChannel(String channel, String by, Instant now, LocalDate today) {
        String c = required(channel, "reason", 1000);
        MatterEvent e = step(MatterAction.REFER_STATUTORY, MatterEvent.Type.REFER_STATUTORY, by, now, c);
        this.decisionText = c;
        this.closedOn = today;
        return e;
    }

    /** 检举控告 go to the discipline-inspection organ or the competent body. */
    public MatterEvent forwardAccusation(String organ, String by, Instant now, LocalDate today) {
        if (kind != MatterKind.ACCUSATION) {
            throw new BusinessException("error.matter.notAccusation");
        }
        String o = required(organ, "reason", 1000);
        MatterEvent e = step(MatterAction.FORWARD_ACCUSATION, MatterEvent.Type.FORWARD_ACCUSATION, by, now, o);
        this.decisionText = o;
        this.closedOn = today;
        return e;
    }

    /** 信访途径受理: the 60-day handling period starts; {@code handlingDue} is computed by the caller's calendar. */
    public MatterEvent accept(LocalDate today, LocalDate handlingDue, String by, Instant now) {
        MatterEvent e = step(MatterAction.ACCEPT, MatterEvent.Type.ACCEPT, by, now, null);
        this.acceptedOn = today;
        this.handlingDue = Objects.requireNonNull(handlingDue);
        return e;
    }

    /**
     * 交办 / 转办 to a main unit with optional co-handling units; also the re-routing after an
     * objection. An accusation is never routed to the unit it accuses (2022 Art 30).
     */
    public MatterEvent route(RoutingMode mode, Unit main, java.util.Collection<Unit> co, LocalDate today,
                             LocalDate objectionDue, String by, Instant now) {
        if (mode == null) {
            throw BusinessException.onField("mode", "error.required");
        }
        if (main == null || !main.isActive()) {
            throw BusinessException.onField("mainUnit", "error.required");
        }
        java.util.Set<Unit> coSet = new java.util.HashSet<>(co == null ? java.util.Set.of() : co);
        coSet.remove(main);
        for (Unit u : concat(main, coSet)) {
            if (isConfidentialFor(u)) {
                throw BusinessException.onField("mainUnit", "error.matter.routeToAccused");
            }
        }
        String detail = main.getName() + (coSet.isEmpty() ? "" : " + " + coSet.stream().map(Unit::getName)
                .sorted().collect(java.util.stream.Collectors.joining("、")));
        MatterEvent e = step(MatterAction.ROUTE, MatterEvent.Type.ROUTE, by, now, (mode == RoutingMode.ASSIGN ? "交办 " : "转办 ") + detail);
        this.routingMode = mode;
        this.mainUnit = main;
        this.coUnits.clear();
        this.coUnits.addAll(coSet);
        this.routedOn = today;
        this.objectionDue = objectionDue;
        return e;
    }

    private static List<Unit> concat(Unit main, java.util.Set<Unit> co) {
        List<Unit> all = new ArrayList<>(co);
        all.add(0, main);
        return all;
    }

    /** The main unit objects to a wrong routing within 5 working days (2022 Art 23). */
    public MatterEvent object(Unit callerUnit, String reason, LocalDate today, String by, Instant now) {
        requireMainUnit(callerUnit);
        if (objectionDue != null && today.isAfter(objectionDue)) {
            throw new BusinessException("error.matter.objectionLate", objectionDue.toString());
        }
        return step(MatterAction.OBJECT, MatterEvent.Type.OBJECT, by, now, required(reason, "reason", 1000));
    }

    public MatterEvent note(String text, String by, Instant now) {
        return step(MatterAction.NOTE, MatterEvent.Type.NOTE, by, now, required(text, "note", 2000));
    }

    /**
     * The timeline entry of an attachment (the file name as detail). Not a lifecycle step: files
     * may be attached in every state, the final ones included, and the state stays as it was.
     */
    public MatterEvent attachmentAdded(String fileName, String by, Instant now) {
        return new MatterEvent(this, MatterEvent.Type.ATTACHMENT, now, by, Objects.requireNonNull(fileName));
    }

    /** One extension of at most 30 days, granted by the leader of the main unit; the petitioner is told why. */
    public MatterEvent extend(Unit leaderUnit, int days, String reason, LocalDate newDue, String by, Instant now) {
        requireMainUnit(leaderUnit);
        if (extensionDays > 0) {
            throw new BusinessException("error.matter.alreadyExtended");
        }
        if (days < 1 || days > 30) {
            throw BusinessException.onField("days", "error.matter.extensionDays", 30);
        }
        String r = required(reason, "reason", 1000);
        MatterEvent e = step(MatterAction.EXTEND, MatterEvent.Type.EXTEND, by, now, days + " 日：" + r);
        this.extensionDays = days;
        this.extensionReason = r;
        this.handlingDue = newDue;
        return e;
    }

    /** The main unit's clerk drafts the written opinion (信访处理意见书). */
    public MatterEvent draftReply(Unit callerUnit, ReplyOutcome outcome, String text, String by, Instant now) {
        requireMainUnit(callerUnit);
        if (outcome == null) {
            throw BusinessException.onField("outcome", "error.required");
        }
        boolean suggestion = kind == MatterKind.SUGGESTION;
        boolean adoptionOutcome = outcome == ReplyOutcome.ADOPTED || outcome == ReplyOutcome.NOT_ADOPTED;
        if (suggestion != adoptionOutcome) {
            throw BusinessException.onField("outcome", "error.matter.outcomeKind");
        }
        String t = required(text, "replyText", MAX_CONTENT);
        MatterEvent e = step(MatterAction.DRAFT_REPLY, MatterEvent.Type.DRAFT_REPLY, by, now, null);
        this.replyOutcome = outcome;
        this.replyText = t;
        this.replyDraftedBy = by;
        return e;
    }

    /** The leader of the main unit approves the opinion; it is issued to the petitioner. */
    public MatterEvent approveReply(Unit leaderUnit, LocalDate today, String by, Instant now) {
        requireMainUnit(leaderUnit);
        MatterEvent e = step(MatterAction.APPROVE_REPLY, MatterEvent.Type.APPROVE_REPLY, by, now, null);
        this.replyApprovedBy = by;
        this.repliedOn = today;
        return e;
    }

    public MatterEvent returnReply(Unit leaderUnit, String reason, String by, Instant now) {
        requireMainUnit(leaderUnit);
        return step(MatterAction.RETURN_REPLY, MatterEvent.Type.RETURN_REPLY, by, now, required(reason, "reason", 1000));
    }

    /** 交办: the unit reports the result back to the bureau. */
    public MatterEvent reportBack(Unit callerUnit, String text, String by, Instant now) {
        requireMainUnit(callerUnit);
        if (routingMode != RoutingMode.ASSIGN) {
            throw new BusinessException("error.matter.reportOnlyAssigned");
        }
        return step(MatterAction.REPORT_BACK, MatterEvent.Type.REPORT_BACK, by, now, required(text, "note", 2000));
    }

    /** The bureau closes the matter: after the report for 交办, after the reply for 转办. */
    public MatterEvent close(LocalDate today, String by, Instant now) {
        if (routingMode == RoutingMode.ASSIGN && state == MatterState.REPLIED) {
            throw new BusinessException("error.matter.reportRequired");
        }
        MatterEvent e = step(MatterAction.CLOSE, MatterEvent.Type.CLOSE, by, now, null);
        this.closedOn = today;
        return e;
    }

    // ------------------------------------------------------------------ the citizen's side and the appeal chain

    public void assignLookupCode(String code) {
        if (lookupCode != null) {
            throw new IllegalStateException("lookup code already assigned");
        }
        this.lookupCode = Objects.requireNonNull(code);
    }

    /**
     * The petitioner's rating of the reply: once, within the evaluation window after the reply.
     * {@code by} is null when the petitioner rated online, else the staff member who recorded it.
     */
    public MatterEvent evaluate(Rating rating, String comment, RatingVia via, LocalDate today, LocalDate evaluationDue,
                                String by, Instant now) {
        if (rating == null) {
            throw BusinessException.onField("rating", "error.required");
        }
        if (via == null) {
            throw BusinessException.onField("ratingVia", "error.required");
        }
        Lifecycle.require(state, MatterAction.EVALUATE);
        if (this.rating != null) {
            throw new BusinessException("error.evaluation.done");
        }
        if (evaluationDue != null && today.isAfter(evaluationDue)) {
            throw new BusinessException("error.evaluation.late", evaluationDue.toString());
        }
        if (comment != null && comment.strip().length() > 500) {
            throw BusinessException.onField("ratingComment", "error.tooLong");
        }
        this.rating = rating;
        this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.ratedOn = today;
        this.ratedBy = by;
        this.ratingVia = via;
        return new MatterEvent(this, MatterEvent.Type.EVALUATE, now, by == null ? ONLINE_USER : by, rating.name()
                + " / " + via.name());
    }

    /** The user name on events the petitioner caused on the public pages. */
    public static final String ONLINE_USER = "(petitioner)";

    /** 复查 / 复核 asked within the window ({@code windowEnd}, the last day); late requests are refused with it. */
    public MatterEvent requestAppeal(AppealStage stage, LocalDate requestedOn, LocalDate windowEnd, LocalDate today,
                                     String detail, String by, Instant now) {
        MatterAction action = stage == AppealStage.REVIEW ? MatterAction.REQUEST_REVIEW : MatterAction.REQUEST_RE_REVIEW;
        Lifecycle.require(state, action);
        if (requestedOn == null) {
            throw BusinessException.onField("requestedOn", "error.required");
        }
        if (requestedOn.isAfter(today)) {
            throw BusinessException.onField("requestedOn", "error.appeal.requestedInFuture");
        }
        if (requestedOn.isAfter(windowEnd)) {
            throw BusinessException.onField("requestedOn", stage == AppealStage.REVIEW ? "error.appeal.reviewLate"
                    : "error.appeal.reReviewLate", windowEnd.toString());
        }
        return step(action, stage == AppealStage.REVIEW ? MatterEvent.Type.REQUEST_REVIEW
                : MatterEvent.Type.REQUEST_RE_REVIEW, by, now, detail);
    }

    /** The review opinion issued; the re-review opinion issued terminates the matter (三级终结). */
    public MatterEvent appealDecided(AppealStage stage, LocalDate decidedOn, String detail, String by, Instant now) {
        if (stage == AppealStage.REVIEW) {
            return step(MatterAction.DECIDE_REVIEW, MatterEvent.Type.DECIDE_REVIEW, by, now, detail);
        }
        MatterEvent e = step(MatterAction.DECIDE_RE_REVIEW, MatterEvent.Type.DECIDE_RE_REVIEW, by, now, detail);
        this.terminatedOn = decidedOn;
        this.terminationReason = TerminationReason.RE_REVIEWED;
        return e;
    }

    /** 终结 after the window for the next appeal lapsed unused ({@code windowEnd} is its last day). */
    public MatterEvent terminateLapsed(LocalDate windowEnd, LocalDate today, String by, Instant now) {
        Lifecycle.require(state, MatterAction.TERMINATE);
        if (windowEnd == null || !today.isAfter(windowEnd)) {
            throw new BusinessException("error.appeal.windowOpen", windowEnd == null ? "-" : windowEnd.toString());
        }
        TerminationReason reason = state == MatterState.REVIEWED ? TerminationReason.RE_REVIEW_LAPSED
                : TerminationReason.REVIEW_LAPSED;
        MatterEvent e = step(MatterAction.TERMINATE, MatterEvent.Type.TERMINATE, by, now, reason.name());
        this.terminatedOn = today;
        this.terminationReason = reason;
        if (closedOn == null) {
            closedOn = today;
        }
        return e;
    }

    /** A hearing in the current stage (handling, review or re-review): recorded on the timeline. */
    public MatterEvent hearingScheduled(Unit callerUnit, boolean bureau, LocalDate from, LocalDate to, String by, Instant now) {
        if (state == MatterState.HANDLING) {
            requireMainUnit(callerUnit);
        } else if (!bureau) {
            throw new cn.xinfang.petition.shared.boundary.NotPermittedException();
        }
        return step(MatterAction.HEARING, MatterEvent.Type.HEARING, by, now, from + " — " + to);
    }

    /** The stage a hearing now would belong to. */
    public Hearing.Stage hearingStage() {
        return switch (state) {
            case UNDER_REVIEW -> Hearing.Stage.REVIEW;
            case UNDER_RE_REVIEW -> Hearing.Stage.RE_REVIEW;
            default -> Hearing.Stage.HANDLING;
        };
    }

    /** Adds a handling-stage pause and moves the handling due date (computed by the caller). */
    public void pauseHandling(LocalDate from, LocalDate to, java.util.function.Function<List<HearingPause>, LocalDate> dueWithPauses) {
        this.pauses.add(new HearingPause(from, to));
        this.handlingDue = dueWithPauses.apply(List.copyOf(pauses));
    }

    /** 息诉息访: recorded apart from the paperwork; not before the matter was decided on. */
    public MatterEvent resolve(LocalDate on, String note, LocalDate today, String by, Instant now) {
        if (state == MatterState.REGISTERED) {
            throw new BusinessException("error.resolution.tooEarly");
        }
        if (resolvedOn != null) {
            throw new BusinessException("error.resolution.done");
        }
        if (on == null) {
            throw BusinessException.onField("resolvedOn", "error.required");
        }
        if (on.isAfter(today) || on.isBefore(receivedOn)) {
            throw BusinessException.onField("resolvedOn", "error.resolution.date");
        }
        this.resolutionNote = required(note, "resolutionNote", 1000);
        this.resolvedOn = on;
        this.resolvedBy = by;
        return new MatterEvent(this, MatterEvent.Type.RESOLVE, now, by, on.toString());
    }

    /** 积案 flag set or cleared by hand, with the reason. */
    public MatterEvent flagBacklog(boolean flag, String reason, String by, Instant now) {
        if (flag == backlogFlag) {
            throw new BusinessException(flag ? "error.backlog.alreadyFlagged" : "error.backlog.notFlagged");
        }
        String r = required(reason, "backlogReason", 500);
        this.backlogFlag = flag;
        this.backlogReason = flag ? r : null;
        return new MatterEvent(this, flag ? MatterEvent.Type.BACKLOG_FLAG : MatterEvent.Type.BACKLOG_CLEAR, now, by, r);
    }

    public String getLookupCode() {
        return lookupCode;
    }

    public Rating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public RatingVia getRatingVia() {
        return ratingVia;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public TerminationReason getTerminationReason() {
        return terminationReason;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public boolean isBacklogFlag() {
        return backlogFlag;
    }

    public String getBacklogReason() {
        return backlogReason;
    }

    private void requireMainUnit(Unit callerUnit) {
        if (mainUnit == null || callerUnit == null || !mainUnit.equals(callerUnit)) {
            throw new cn.xinfang.petition.shared.boundary.NotPermittedException();
        }
    }

    /** Whether the unit is the main or a co-handling unit (or lies within one). */
    public boolean isHandledBy(Unit unit) {
        if (unit == null) {
            return false;
        }
        if (mainUnit != null && mainUnit.isWithin(unit)) {
            return true;
        }
        return coUnits.stream().anyMatch(u -> u.isWithin(unit));
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public RoutingMode getRoutingMode() {
        return routingMode;
    }

    public Unit getMainUnit() {
        return mainUnit;
    }

    public java.util.Set<Unit> getCoUnits() {
        return java.util.Set.copyOf(coUnits);
    }

    public LocalDate getRoutedOn() {
        return routedOn;
    }

    public LocalDate getObjectionDue() {
        return objectionDue;
    }

    public LocalDate getHandlingDue() {
        return handlingDue;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public List<HearingPause> getPauses() {
        return List.copyOf(pauses);
    }

    public ReplyOutcome getReplyOutcome() {
        return replyOutcome;
    }

    public String getReplyText() {
        return replyText;
    }

    public String getReplyDraftedBy() {
        return replyDraftedBy;
    }

    public String getReplyApprovedBy() {
        return replyApprovedBy;
    }

    public LocalDate getRepliedOn() {
        return repliedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Unit getRegisteringUnit() {
        return registeringUnit;
    }

    public String getTransferLevel() {
        return transferLevel;
    }

    public String getTransferDocument() {
        return transferDocument;
    }

    public Petitioner getPetitioner() {
        return petitioner;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public List<String> getRepresentatives() {
        return List.copyOf(representatives);
    }

    public CrossLevel getCrossLevel() {
        return crossLevel;
    }

    public Unit getProblemPlace() {
        return problemPlace;
    }

    public String getContent() {
        return content;
    }

    public MatterKind getKind() {
        return kind;
    }

    public IssueCategory getCategory() {
        return category;
    }

    public MatterPurpose getPurpose() {
        return purpose;
    }

    public String getAccusedParty() {
        return accusedParty;
    }

    public Unit getAccusedUnit() {
        return accusedUnit;
    }

    public Matter getOrigin() {
        return origin;
    }

    public MatterState getState() {
        return state;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
    }

    public long getVersion() {
        return version;
    }
}
