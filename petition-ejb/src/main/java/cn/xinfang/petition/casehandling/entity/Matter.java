package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.TextRules;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import cn.xinfang.petition.shared.entity.SearchTerms;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * 信访事项: one petition matter, from registration on, in parts: what was raised ({@link Intake}),
 * the acceptance decision, the routing, the handling period, the reply, the petitioner's rating
 * and how it ended ({@link Closure}). Its state changes only through the steps here; each step
 * first asks {@link #permit} — who may take it ({@link Lifecycle#WHO}), the matter's own
 * conditions ({@link #refusal}) and the state ({@link Lifecycle}) — and {@link #allowedFor}
 * answers the same question for the pages, so a rule is written once.
 */
@Entity
@Table(name = "matter")
@Audited
@AuditedAs(value = "MATTER", naturalKey = "number")
@NamedQuery(name = Matter.BY_NUMBER, query = "SELECT m FROM Matter m WHERE m.number = :number")
@NamedQuery(name = Matter.BY_IDEMPOTENCY_KEY, query = "SELECT m FROM Matter m WHERE m.idempotencyKey = :key")
@NamedQuery(name = Matter.OF_PETITIONER, query = "SELECT m FROM Matter m" + Matter.LIST_FETCH
        + " WHERE m.petitioner = :petitioner ORDER BY m.intake.receivedOn DESC, m.id DESC")
public class Matter implements Auditable {

    public static final String BY_NUMBER = "Matter.byNumber";
    public static final String BY_IDEMPOTENCY_KEY = "Matter.byIdempotencyKey";
    public static final String OF_PETITIONER = "Matter.ofPetitioner";
    /** What a list row shows besides the matter itself, fetched with it (alias m). */
    public static final String LIST_FETCH = " JOIN FETCH m.petitioner JOIN FETCH m.intake.channel JOIN FETCH m.intake.category mc"
            + " LEFT JOIN FETCH mc.parent";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_seq")
    @SequenceGenerator(name = "matter_seq", sequenceName = "matter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 32, updatable = false)
    private String number;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 32)
    private String registeredBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registering_unit_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit registeringUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petitioner_id", nullable = false)
    private Petitioner petitioner;

    /** The petitioner's name, phone and address as registered; the petitioner record has the current ones. */
    @Embedded
    private RegisteredContact contact;

    @Embedded
    private Intake intake;

    @ElementCollection
    @CollectionTable(name = "matter_representative", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 50)
    private List<String> representatives = new ArrayList<>();

    /** The first matter of a repeat chain (重复信访), or null for a first-time matter (初信初访). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_id")
    private Matter origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private MatterState state;

    /**
     * The tokens the text search finds the matter by ({@link SearchTerms}): its content, the name
     * registered with it, the petitioner's current name and the representatives. Written with the
     * row whenever one of them changes, so it is right whichever server node wrote it; derived
     * from audited fields, so not audited itself.
     */
    @NotAudited
    @Column(name = "search_terms")
    private String searchTerms;

    @Embedded
    private Acceptance acceptance;

    @Embedded
    private Routing routing;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "matter_co_unit", joinColumns = @JoinColumn(name = "matter_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @NotAudited
    private Set<Unit> coUnits = new HashSet<>();

    /** 协办: each co-handling unit's request and contribution, also of units a re-routing dropped (withdrawn). */
    @OneToMany(mappedBy = "matter", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @NotAudited
    private List<CoHandling> coHandling = new ArrayList<>();

    @Embedded
    private HandlingPeriod handling;

    @ElementCollection
    @CollectionTable(name = "matter_pause", joinColumns = @JoinColumn(name = "matter_id"))
    @NotAudited
    private List<HearingPause> pauses = new ArrayList<>();

    @Embedded
    private Reply reply;

    /** 查询码: with the number, lets the petitioner follow the matter and rate the reply online (2022 Art 21). */
    /** The HMAC-SHA-256 of the lookup code (查询码), never the code itself (casehandling.control.LookupCodes). */
    @Column(name = "lookup_code", length = 64)
    private String lookupCode;

    /** The code issued in this transaction, shown once on the receipt; never stored. */
    @Transient
    private String issuedLookupCode;

    @Embedded
    private Evaluation evaluation;

    @Embedded
    private Closure closure;

    /** The key a retrying client sent with the registration, so that a retry never creates a second matter. */
    @Column(name = "idempotency_key", length = 64, unique = true, updatable = false)
    private String idempotencyKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The version this transaction read the matter at (MatterSteps advances it exactly once per step). */
    @Transient
    private long readVersion = -1;

    protected Matter() {
    }

    /**
     * Registers a matter. Returns with the REGISTERED event to persist beside it. {@code earliest}
     * is the earliest receipt date this deployment registers; {@code contact} the petitioner's
     * name, phone and address as given now, which the matter keeps.
     */
    public Matter(String number, IntakeForm in, Petitioner petitioner, RegisteredContact contact, Unit registeringUnit,
                  String registeredBy, Instant now, LocalDate today, LocalDate earliest, LocalDate acceptanceDue) {
        this.number = Objects.requireNonNull(number);
        this.petitioner = Objects.requireNonNull(petitioner);
        this.contact = Objects.requireNonNull(contact);
        this.registeringUnit = Objects.requireNonNull(registeringUnit);
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = Objects.requireNonNull(now);
        this.acceptance = new Acceptance(Objects.requireNonNull(acceptanceDue));
        this.routing = new Routing();
        this.handling = new HandlingPeriod();
        this.reply = new Reply();
        this.evaluation = new Evaluation();
        this.closure = new Closure();
        this.state = MatterState.REGISTERED;
        this.intake = Intake.of(in, today, Objects.requireNonNull(earliest));
        this.representatives.addAll(Intake.representatives(in));
        if (in.repeatOf() != null) {
            if (!in.repeatOf().getPetitioner().equals(petitioner)) {
                throw BusinessException.onField("repeatOf", "error.matter.repeatOtherPetitioner");
            }
            Matter first = in.repeatOf().getOrigin();
            this.origin = first != null ? first : in.repeatOf();
        }
        refreshSearchTerms();
    }

    /** Writes the search terms again from the content and the names (after the petitioner's name changed). */
    public void refreshSearchTerms() {
        List<String> texts = new ArrayList<>(List.of(intake.getContent(), contact.getName(), petitioner.getName()));
        texts.addAll(representatives);
        this.searchTerms = SearchTerms.of(texts.toArray(String[]::new));
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    public void rememberIdempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 64)) {
            throw new BusinessException("error.matter.idempotencyKey");
        }
        this.idempotencyKey = key;
    }

    /**
     * A new lookup code: its hash is kept, the code itself only until the end of this request
     * (to be shown once). A code issued again replaces the earlier one, which stops working.
     */
    public void issueLookupCode(String code, String hash) {
        this.lookupCode = Objects.requireNonNull(hash);
        this.issuedLookupCode = Objects.requireNonNull(code);
    }

    /** The timeline entry of the registration. */
    public MatterEvent registeredEvent() {
        return new MatterEvent(this, MatterEvent.Type.REGISTERED, registeredAt, registeredBy);
    }

    // ------------------------------------------------------------------ who may do what now

    /** The steps this actor may take on the matter now: the same rules every step enforces. */
    public Set<MatterAction> allowedFor(Actor actor) {
        EnumSet<MatterAction> allowed = EnumSet.noneOf(MatterAction.class);
        for (MatterAction a : MatterAction.values()) {
            if (Lifecycle.WHO.get(a).test(actor, this) && refusal(a).isEmpty() && Lifecycle.allows(state, a)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    /** Refuses the step unless the actor may take it now: who, then the matter's own conditions, then the state. */
    private void permit(Actor actor, MatterAction action) {
        if (!Lifecycle.WHO.get(action).test(actor, this)) {
            throw new NotPermittedException();
        }
        Optional<BusinessException> no = refusal(action);
        if (no.isPresent()) {
            throw no.get();
        }
        Lifecycle.require(state, action);
    }

    /** The matter's own reason to refuse a step, beyond who takes it and the state it is in. */
    Optional<BusinessException> refusal(MatterAction action) {
        String key = switch (action) {
            case FORWARD_ACCUSATION -> intake.getKind() != MatterKind.ACCUSATION ? "error.matter.notAccusation" : null;
            case EXTEND -> handling().isExtended() ? "error.matter.alreadyExtended" : null;
            case REPORT_BACK -> !routing().isAssigned() ? "error.matter.reportOnlyAssigned" : null;
            case CLOSE -> routing().isAssigned() && state == MatterState.REPLIED ? "error.matter.reportRequired" : null;
            case EVALUATE -> evaluation().isDone() ? "error.evaluation.done" : null;
            case ACCEPT, ROUTE -> intake.isUnidentifiedAccusation() ? "error.accusation.identifyFirst" : null;
            case IDENTIFY_ACCUSED -> intake.getKind() != MatterKind.ACCUSATION ? "error.matter.notAccusation" : null;
            case SET_CO_DUE -> coHandling.stream().allMatch(CoHandling::isWithdrawn) ? "error.coHandling.none" : null;
            case RESOLVE -> state == MatterState.REGISTERED ? "error.resolution.tooEarly"
                    : closure().isResolved() ? "error.resolution.done" : null;
            default -> null;
        };
        return Optional.ofNullable(key).map(BusinessException::new);
    }

    private MatterEvent step(MatterAction action, MatterEvent.Type type, Actor by, Instant now) {
        permit(by, action);
        this.state = Lifecycle.require(state, action);
        return new MatterEvent(this, type, now, by.username());
    }

    // ------------------------------------------------------------------ acceptance (2022 Art 22/23)

    /** 不予受理 / 不再受理, with the reason the petitioner is told. */
    public MatterEvent refuse(String reason, Actor by, Instant now, LocalDate today) {
        permit(by, MatterAction.REFUSE);
        String r = required(reason, "reason", 1000);
        return decideAgainst(MatterAction.REFUSE, MatterEvent.Type.REFUSE, r, by, now, today).text(r);
    }

    /**
     * 不再受理 (2022 Art 36): the same facts and reasons after the earlier matter was terminated. The
     * event names the earlier matter and its termination day; {@code noticeReason} is the sentence
     * of the refusal notice.
     */
    public MatterEvent refuseAsTerminated(Matter terminated, String noticeReason, Actor by, Instant now, LocalDate today) {
        return decideAgainst(MatterAction.REFUSE, MatterEvent.Type.REFUSE, noticeReason, by, now, today)
                .outcome(MatterEvent.Refusal.ALREADY_TERMINATED.name()).document(terminated.getNumber())
                .period(terminated.closure().getTerminatedOn(), null);
    }

    /**
     * 不予受理 under 2022 Art 19: the same matter of the same petitioner is being handled within its
     * period at a lower level ({@code lower}, by {@code handledBy}, due {@code dueOn}); the notice
     * ({@code noticeReason}) tells the petitioner where to follow it. Whether {@code lower} is within
     * its period at a lower level is decided by the caller (casehandling.control.LowerLevels).
     */
    public MatterEvent refuseAsHandledBelow(Matter lower, Unit handledBy, LocalDate dueOn, String noticeReason, Actor by,
                                            Instant now, LocalDate today) {
        permit(by, MatterAction.REFUSE);
        if (lower == null || lower.equals(this) || !lower.getPetitioner().equals(petitioner)) {
            throw BusinessException.onField("lowerMatter", "error.matter.handledBelowOther");
        }
        return decideAgainst(MatterAction.REFUSE, MatterEvent.Type.REFUSE, noticeReason, by, now, today)
                .outcome(MatterEvent.Refusal.HANDLED_BELOW.name()).document(lower.getNumber()).unit(handledBy)
                .period(dueOn, null);
    }

    /** 法定途径: the petitioner is told which statutory channel applies (诉讼, 仲裁, 行政复议 …). */
    public MatterEvent referToStatutoryChannel(String channel, Actor by, Instant now, LocalDate today) {
        permit(by, MatterAction.REFER_STATUTORY);
        String c = required(channel, "reason", 1000);
        return decideAgainst(MatterAction.REFER_STATUTORY, MatterEvent.Type.REFER_STATUTORY, c, by, now, today).text(c);
    }

    /** 检举控告 go to the discipline-inspection organ or the competent body. */
    public MatterEvent forwardAccusation(String organ, Actor by, Instant now, LocalDate today) {
        permit(by, MatterAction.FORWARD_ACCUSATION);
        String o = required(organ, "reason", 1000);
        return decideAgainst(MatterAction.FORWARD_ACCUSATION, MatterEvent.Type.FORWARD_ACCUSATION, o, by, now, today)
                .text(o);
    }

    private MatterEvent decideAgainst(MatterAction action, MatterEvent.Type type, String text, Actor by, Instant now,
                                      LocalDate today) {
        MatterEvent e = step(action, type, by, now);
        acceptance.decision(type, now);
        acceptance.decided(text);
        closure().closed(today);
        return e;
    }

    /** 信访途径受理: the 60-day handling period starts; {@code handlingDue} is computed by the caller's calendar. */
    public MatterEvent accept(LocalDate today, LocalDate handlingDue, Actor by, Instant now) {
        MatterEvent e = step(MatterAction.ACCEPT, MatterEvent.Type.ACCEPT, by, now);
        acceptance.decision(MatterEvent.Type.ACCEPT, now);
        acceptance.accepted(today);
        handling().started(Objects.requireNonNull(handlingDue));
        return e;
    }

    // ------------------------------------------------------------------ accusations (2022 Art 30)

    /**
     * The bureau identifies whom an accusation accuses, or corrects it: {@code unit} the accused
     * unit or the unit of the accused person (null: no unit of this county), {@code party} the
     * accused unit or person as named (kept when blank). From then on the accused unit and every
     * unit within it see nothing of the matter, so it must not be handled by one of them.
     */
    public MatterEvent identifyAccused(Unit unit, String party, Actor by, Instant now) {
        permit(by, MatterAction.IDENTIFY_ACCUSED);
        if (unit != null && (routing().getMainUnit() != null && routing().getMainUnit().isWithin(unit)
                || coUnits.stream().anyMatch(u -> u.isWithin(unit)))) {
            throw BusinessException.onField("accusedUnit", "error.accusation.handledByAccused");
        }
        intake.identifyAccused(unit, party);
        MatterEvent e = new MatterEvent(this, MatterEvent.Type.ACCUSED_IDENTIFIED, now, by.username());
        e.accused(unit, intake.getAccusedParty());
        return e;
    }

    /** Called by the registration of the bureau's staff: the accused unit they named is identified. */
    public void accusedIdentifiedAtRegistration() {
        intake.identifiedAtRegistration();
    }

    // ------------------------------------------------------------------ routing

    /**
     * 交办 / 转办 to a main unit with optional co-handling units; also the re-routing after an
     * objection. An accusation is never routed to the unit it accuses (2022 Art 30).
     */
    public MatterEvent route(RoutingMode mode, Unit main, Collection<Unit> co, LocalDate today,
                             LocalDate objectionDue, Actor by, Instant now) {
        return route(mode, main, co, null, today, objectionDue, by, now);
    }

    /**
     * The same, with the day the co-handling units' contributions are due ({@code coDue}; null:
     * {@link Lifecycle#CO_HANDLING_DAYS} after today, at the latest the handling due day). Units
     * kept from an earlier routing keep their request; units dropped are withdrawn.
     */
    public MatterEvent route(RoutingMode mode, Unit main, Collection<Unit> co, LocalDate coDue, LocalDate today,
                             LocalDate objectionDue, Actor by, Instant now) {
        permit(by, MatterAction.ROUTE);
        if (mode == null) {
            throw BusinessException.onField("mode", "error.required");
        }
        if (main == null || !main.isActive()) {
            throw BusinessException.onField("mainUnit", "error.required");
        }
        Set<Unit> coSet = new HashSet<>(co == null ? Set.of() : co);
        coSet.remove(main);
        if (isConfidentialFor(main) || coSet.stream().anyMatch(this::isConfidentialFor)) {
            throw BusinessException.onField("mainUnit", "error.matter.routeToAccused");
        }
        LocalDate handlingDue = handling().getDue();
        LocalDate due = coDue != null ? coDue : today.plusDays(Lifecycle.CO_HANDLING_DAYS);
        if (coDue == null && handlingDue != null && due.isAfter(handlingDue)) {
            due = handlingDue.isBefore(today) ? today : handlingDue;
        }
        if (!coSet.isEmpty() && handlingDue != null && due.isAfter(handlingDue)) {
            throw BusinessException.onField("coDue", "error.coHandling.dueAfterHandling", handlingDue.toString());
        }
        if (!coSet.isEmpty() && due.isBefore(today)) {
            throw BusinessException.onField("coDue", "error.coHandling.dueInPast");
        }
        MatterEvent e = step(MatterAction.ROUTE, MatterEvent.Type.ROUTE, by, now).routing(mode, main, coSet);
        routing().routed(mode, main, today, objectionDue);
        coUnits.clear();
        coUnits.addAll(coSet);
        for (CoHandling ch : coHandling) {
            if (!coSet.contains(ch.getUnit()) && !ch.isWithdrawn()) {
                ch.withdraw();
            }
        }
        for (Unit u : coSet) {
            Optional<CoHandling> earlier = coHandling.stream().filter(ch -> ch.getUnit().equals(u)).findFirst();
            if (earlier.isEmpty()) {
                coHandling.add(new CoHandling(this, u, today, due));
            } else if (earlier.get().isWithdrawn()) {
                earlier.get().reinstate(today, due);
            }
        }
        return e;
    }

    // ------------------------------------------------------------------ co-handling (协办)

    /** The request of a co-handling unit still asked to contribute (not withdrawn), if any. */
    public Optional<CoHandling> coHandlingOf(Unit unit) {
        return coHandling.stream().filter(ch -> !ch.isWithdrawn() && ch.getUnit().equals(unit)).findFirst();
    }

    /** Every co-handling request, also the withdrawn ones, oldest first. */
    public List<CoHandling> coHandling() {
        return Collections.unmodifiableList(coHandling);
    }

    /**
     * 协办意见: a co-handling unit's clerk or leader records the unit's contribution while the main
     * unit handles the matter; a second record replaces the first (both stay in the history).
     */
    public MatterEvent contribute(String text, Actor by, LocalDate today, Instant now) {
        permit(by, MatterAction.CONTRIBUTE);
        String t = required(text, "opinion", 2000);
        CoHandling ch = coHandlingOf(by.unit()).orElseThrow(NotPermittedException::new);
        ch.contribute(t, today, by.username());
        MatterEvent e = new MatterEvent(this, MatterEvent.Type.CO_OPINION, now, by.username()).text(t);
        e.routing(null, ch.getUnit(), Set.of());
        return e;
    }

    /** The main unit or the bureau moves the day a co-handling unit's contribution is due. */
    public MatterEvent setCoHandlingDue(Unit unit, LocalDate due, Actor by, LocalDate today, Instant now) {
        permit(by, MatterAction.SET_CO_DUE);
        CoHandling ch = coHandlingOf(unit).orElseThrow(() -> BusinessException.onField("coUnit", "error.coHandling.notCoUnit"));
        ch.due(due, today, handling().getDue());
        MatterEvent e = new MatterEvent(this, MatterEvent.Type.CO_DUE, now, by.username()).period(due, null);
        e.routing(null, unit, Set.of());
        return e;
    }

    /** The main unit objects to a wrong routing within 5 working days (2022 Art 23). */
    public MatterEvent object(String reason, LocalDate today, Actor by, Instant now) {
        permit(by, MatterAction.OBJECT);
        if (routing().isObjectionLate(today)) {
            throw new BusinessException("error.matter.objectionLate", routing().getObjectionDue().toString());
        }
        String r = required(reason, "reason", 1000);
        return step(MatterAction.OBJECT, MatterEvent.Type.OBJECT, by, now).text(r);
    }

    // ------------------------------------------------------------------ handling (2022 Art 34)

    public MatterEvent note(String text, Actor by, Instant now) {
        permit(by, MatterAction.NOTE);
        String t = required(text, "note", 2000);
        return step(MatterAction.NOTE, MatterEvent.Type.NOTE, by, now).text(t);
    }

    /**
     * The timeline entry of an attachment (the file name as the document). Not a lifecycle step:
     * files may be attached in every state, the final ones included, and the state stays as it was.
     */
    public MatterEvent attachmentAdded(String fileName, String by, Instant now) {
        return new MatterEvent(this, MatterEvent.Type.ATTACHMENT, now, by).document(Objects.requireNonNull(fileName));
    }

    /** One extension of at most 30 days, granted by the leader of the main unit; the petitioner is told why. */
    public MatterEvent extend(int days, String reason, LocalDate newDue, Actor by, Instant now) {
        permit(by, MatterAction.EXTEND);
        if (days < 1 || days > Lifecycle.MAX_EXTENSION_DAYS) {
            throw BusinessException.onField("days", "error.matter.extensionDays", Lifecycle.MAX_EXTENSION_DAYS);
        }
        String r = required(reason, "reason", 1000);
        MatterEvent e = step(MatterAction.EXTEND, MatterEvent.Type.EXTEND, by, now).days(days).text(r);
        handling().extended(days, r, newDue);
        return e;
    }

    /**
     * A hearing in the current stage (handling, review or re-review): recorded on the timeline. Its
     * days lie within the stage: not before {@code stageStart} (the acceptance for the handling,
     * the request for an appeal), and they begin at most {@link Hearing#MAX_DAYS_AHEAD} days ahead.
     */
    public MatterEvent hearingScheduled(LocalDate from, LocalDate to, LocalDate stageStart, LocalDate today, Actor by,
                                        Instant now) {
        permit(by, MatterAction.HEARING);
        Hearing.checkDays(from, to, stageStart, today);
        return step(MatterAction.HEARING, MatterEvent.Type.HEARING, by, now).period(from, to);
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
    public void pauseHandling(LocalDate from, LocalDate to, Function<List<HearingPause>, LocalDate> dueWithPauses) {
        pauses.add(new HearingPause(from, to));
        handling().moved(dueWithPauses.apply(List.copyOf(pauses)));
    }

    // ------------------------------------------------------------------ reply (2022 Art 32)

    /** The main unit's clerk drafts the written opinion (信访处理意见书). */
    public MatterEvent draftReply(ReplyOutcome outcome, String text, Actor by, Instant now) {
        permit(by, MatterAction.DRAFT_REPLY);
        if (outcome == null) {
            throw BusinessException.onField("outcome", "error.required");
        }
        if (!Reply.fits(intake.getKind(), outcome)) {
            throw BusinessException.onField("outcome", "error.matter.outcomeKind");
        }
        String t = required(text, "replyText", Intake.MAX_CONTENT);
        MatterEvent e = step(MatterAction.DRAFT_REPLY, MatterEvent.Type.DRAFT_REPLY, by, now);
        reply().drafted(outcome, t, by.username());
        return e;
    }

    /** The leader of the main unit approves the opinion; it is issued to the petitioner. */
    public MatterEvent approveReply(LocalDate today, Actor by, Instant now) {
        MatterEvent e = step(MatterAction.APPROVE_REPLY, MatterEvent.Type.APPROVE_REPLY, by, now);
        reply().approved(by.username(), today);
        return e;
    }

    public MatterEvent returnReply(String reason, Actor by, Instant now) {
        permit(by, MatterAction.RETURN_REPLY);
        String r = required(reason, "reason", 1000);
        return step(MatterAction.RETURN_REPLY, MatterEvent.Type.RETURN_REPLY, by, now).text(r);
    }

    /** 交办: the unit reports the result back to the bureau. */
    public MatterEvent reportBack(String text, Actor by, Instant now) {
        permit(by, MatterAction.REPORT_BACK);
        String t = required(text, "note", 2000);
        return step(MatterAction.REPORT_BACK, MatterEvent.Type.REPORT_BACK, by, now).text(t);
    }

    /** The bureau closes the matter: after the report for 交办, after the reply for 转办. */
    public MatterEvent close(LocalDate today, Actor by, Instant now) {
        MatterEvent e = step(MatterAction.CLOSE, MatterEvent.Type.CLOSE, by, now);
        closure().closed(today);
        return e;
    }

    // ------------------------------------------------------------------ the petitioner's rating and the appeal chain

    /**
     * The petitioner's rating of the reply: once, within the evaluation window after the reply.
     * Online the actor is the petitioner; otherwise the staff member who recorded it.
     */
    public MatterEvent evaluate(Rating rating, String comment, RatingVia via, LocalDate today, LocalDate evaluationDue,
                                Actor by, Instant now) {
        if (rating == null) {
            throw BusinessException.onField("rating", "error.required");
        }
        if (via == null) {
            throw BusinessException.onField("ratingVia", "error.required");
        }
        permit(by, MatterAction.EVALUATE);
        if (evaluationDue != null && today.isAfter(evaluationDue)) {
            throw new BusinessException("error.evaluation.late", evaluationDue.toString());
        }
        if (comment != null && comment.strip().length() > Evaluation.MAX_COMMENT) {
            throw BusinessException.onField("ratingComment", "error.tooLong");
        }
        evaluation().rated(rating, comment == null || comment.isBlank() ? null : comment.strip(), via, today,
                by.kind() == Actor.Kind.PETITIONER ? null : by.username());
        return new MatterEvent(this, MatterEvent.Type.EVALUATE, now, by.username()).outcome(rating.name()).via(via);
    }

    /**
     * 复查 / 复核 asked within the window: from {@code windowStart} (the day of the reply, or of the
     * review opinion, that is appealed) to {@code windowEnd}, the last day; late requests are
     * refused with it.
     */
    public MatterEvent requestAppeal(AppealStage stage, LocalDate requestedOn, LocalDate windowStart, LocalDate windowEnd,
                                     LocalDate today, String authority, Actor by, Instant now) {
        MatterAction action = stage == AppealStage.REVIEW ? MatterAction.REQUEST_REVIEW : MatterAction.REQUEST_RE_REVIEW;
        permit(by, action);
        if (requestedOn == null) {
            throw BusinessException.onField("requestedOn", "error.required");
        }
        if (requestedOn.isAfter(today)) {
            throw BusinessException.onField("requestedOn", "error.appeal.requestedInFuture");
        }
        if (requestedOn.isBefore(Objects.requireNonNull(windowStart))) {
            throw BusinessException.onField("requestedOn", stage == AppealStage.REVIEW ? "error.appeal.requestedBeforeReply"
                    : "error.appeal.requestedBeforeReview", windowStart.toString());
        }
        if (requestedOn.isAfter(windowEnd)) {
            throw BusinessException.onField("requestedOn", stage == AppealStage.REVIEW ? "error.appeal.reviewLate"
                    : "error.appeal.reReviewLate", windowEnd.toString());
        }
        return step(action, stage == AppealStage.REVIEW ? MatterEvent.Type.REQUEST_REVIEW
                : MatterEvent.Type.REQUEST_RE_REVIEW, by, now).authority(authority, null).period(requestedOn, null);
    }

    /** The stage of the appeal being decided now, if one is. */
    public Optional<AppealStage> appealStage() {
        return state.appealStage();
    }

    /** The review opinion issued; the re-review opinion issued terminates the matter (三级终结). */
    public MatterEvent appealDecided(AppealStage stage, LocalDate decidedOn, String authority, AppealOutcome outcome,
                                     Actor by, Instant now) {
        boolean review = stage == AppealStage.REVIEW;
        MatterEvent e = step(review ? MatterAction.DECIDE_REVIEW : MatterAction.DECIDE_RE_REVIEW,
                review ? MatterEvent.Type.DECIDE_REVIEW : MatterEvent.Type.DECIDE_RE_REVIEW, by, now)
                .authority(authority, outcome.name()).period(decidedOn, null);
        if (!review) {
            closure().terminated(decidedOn, TerminationReason.RE_REVIEWED);
        }
        return e;
    }

    /** 终结 after the window for the next appeal lapsed unused ({@code windowEnd} is its last day). */
    public MatterEvent terminateLapsed(LocalDate windowEnd, LocalDate today, Actor by, Instant now) {
        permit(by, MatterAction.TERMINATE);
        if (windowEnd == null || !today.isAfter(windowEnd)) {
            throw new BusinessException("error.appeal.windowOpen", windowEnd == null ? "-" : windowEnd.toString());
        }
        TerminationReason reason = state == MatterState.REVIEWED ? TerminationReason.RE_REVIEW_LAPSED
                : TerminationReason.REVIEW_LAPSED;
        MatterEvent e = step(MatterAction.TERMINATE, MatterEvent.Type.TERMINATE, by, now).outcome(reason.name());
        closure().terminated(today, reason);
        closure().closeIfOpen(today);
        return e;
    }

    // ------------------------------------------------------------------ resolution and backlog, apart from the paperwork

    /** 息诉息访: recorded apart from the paperwork; not before the matter was decided on, not before receipt. */
    public MatterEvent resolve(LocalDate on, String note, LocalDate today, Actor by, Instant now) {
        permit(by, MatterAction.RESOLVE);
        if (on == null) {
            throw BusinessException.onField("resolvedOn", "error.required");
        }
        if (on.isAfter(today) || on.isBefore(intake.getReceivedOn())) {
            throw BusinessException.onField("resolvedOn", "error.resolution.date");
        }
        String n = required(note, "resolutionNote", 1000);
        MatterEvent e = step(MatterAction.RESOLVE, MatterEvent.Type.RESOLVE, by, now).period(on, null).text(n);
        closure().resolved(on, n, by.username());
        return e;
    }

    /** 积案 flag set or cleared by hand, with the reason. */
    public MatterEvent flagBacklog(boolean flag, String reason, String by, LocalDate today, Instant now) {
        if (flag == closure().isBacklogFlag()) {
            throw new BusinessException(flag ? "error.backlog.alreadyFlagged" : "error.backlog.notFlagged");
        }
        String r = required(reason, "backlogReason", 500);
        closure().backlog(flag, r);
        if (flag) {
            closure().backlogFrom(today);
        }
        return new MatterEvent(this, flag ? MatterEvent.Type.BACKLOG_FLAG : MatterEvent.Type.BACKLOG_CLEAR, now, by).text(r);
    }

    /**
     * 历史台账导入: the timeline notes that every step before it was brought in from the bureau's
     * old ledger ({@code fileName}, the row's {@code ledgerNumber}), not taken in this system.
     */
    public MatterEvent importedFromLedger(String fileName, String ledgerNumber, String by, Instant now) {
        return new MatterEvent(this, MatterEvent.Type.LEDGER_IMPORTED, now, by).document(ledgerNumber).text(fileName);
    }

    /** The timeline's note of a refused review or re-review request; the state does not change. */
    public MatterEvent appealRefused(AppealRefusal r, String by, Instant now) {
        return new MatterEvent(this, MatterEvent.Type.REFUSE_APPEAL, now, by).authority(r.getAuthorityName(), r.getStage().name())
                .period(r.getRequestedOn(), r.getRefusedOn()).document(r.getNoticeNumber()).text(r.getReason());
    }

    /**
     * The backlog dates follow the rules ({@code backlogNow}, from BacklogRules): marked from
     * {@code since} when the matter is backlog and was not, ended on {@code today} when it no
     * longer is. Returns whether anything changed.
     */
    public boolean markBacklog(boolean backlogNow, LocalDate since, LocalDate today) {
        boolean marked = closure().isMarkedBacklog();
        if (backlogNow && !marked) {
            closure().backlogFrom(since);
            return true;
        }
        if (!backlogNow && marked && !closure().isResolved()) {
            LocalDate ended = closure().getClosedOn() != null ? closure().getClosedOn()
                    : closure().getTerminatedOn() != null ? closure().getTerminatedOn() : today;
            closure().backlogUntil(ended.isAfter(today) ? today : ended);
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ reading

    public boolean isCollective() {
        return intake.isCollective();
    }

    /**
     * The last day of the period the matter is in before its reply: the acceptance decision while
     * registered, the handling (extension and hearing pauses included) from acceptance to the
     * approved reply; null otherwise (an appeal's due day is on the appeal).
     */
    public LocalDate openPeriodDue() {
        return switch (state) {
            case REGISTERED -> acceptance().getDue();
            case ACCEPTED, HANDLING, OBJECTED, REPLY_DRAFTED -> handling().getDue();
            default -> null;
        };
    }

    public boolean isRepeat() {
        return origin != null;
    }

    /** Users of the accused unit must never see who accused it, nor the accusation itself (2022 Art 30). */
    public boolean isConfidentialFor(Unit unit) {
        return intake.isConfidentialFor(unit);
    }

    /** Whether the unit is the main or a co-handling unit (or lies above one). */
    public boolean isHandledBy(Unit unit) {
        if (unit == null) {
            return false;
        }
        Unit main = routing().getMainUnit();
        return main != null && main.isWithin(unit) || coUnits.stream().anyMatch(u -> u.isWithin(unit));
    }

    /** A text a person wrote for a step: not blank, not too long, no control or bidi-override character. */
    static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw BusinessException.onField(field, "error.required");
        }
        if (text.strip().length() > max) {
            throw BusinessException.onField(field, "error.tooLong");
        }
        return TextRules.checked(field, text.strip());
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("state", state == null ? null : state.name());
        m.put("kind", str(intake.getKind()));
        m.put("peopleCount", String.valueOf(intake.getPeopleCount()));
        m.put("crossLevel", str(intake.getCrossLevel()));
        m.put("acceptanceDue", str(acceptance.getDue()));
        Unit main = routing().getMainUnit();
        m.put("mainUnit", main == null ? null : main.getName() + " #" + main.getId());
        m.put("handlingDue", str(handling().getDue()));
        m.put("extensionDays", String.valueOf(handling().getExtensionDays()));
        m.put("replyOutcome", str(reply().getOutcome()));
        m.put("rating", str(evaluation().getRating()));
        m.put("terminatedOn", str(closure().getTerminatedOn()));
        m.put("resolvedOn", str(closure().getResolvedOn()));
        m.put("backlogFlag", String.valueOf(closure().isBacklogFlag()));
        m.put("accusedUnit", intake.getAccusedUnit() == null ? null : intake.getAccusedUnit().getName());
        m.put("accusedIdentified", String.valueOf(intake.isAccusedIdentified()));
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    // The parts. Hibernate leaves an embedded part null when all its columns are null (a matter
    // not yet routed, replied or rated); the accessors give an empty part in its place.

    public Intake intake() {
        return intake;
    }

    public Acceptance acceptance() {
        return acceptance;
    }

    public Routing routing() {
        if (routing == null) {
            routing = new Routing();
        }
        return routing;
    }

    public HandlingPeriod handling() {
        if (handling == null) {
            handling = new HandlingPeriod();
        }
        return handling;
    }

    public Reply reply() {
        if (reply == null) {
            reply = new Reply();
        }
        return reply;
    }

    public Evaluation evaluation() {
        if (evaluation == null) {
            evaluation = new Evaluation();
        }
        return evaluation;
    }

    public Closure closure() {
        if (closure == null) {
            closure = new Closure();
        }
        return closure;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
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

    public Petitioner getPetitioner() {
        return petitioner;
    }

    /** The petitioner's name, phone and address as the matter was registered with them. */
    public RegisteredContact contact() {
        return contact;
    }

    public List<String> getRepresentatives() {
        return List.copyOf(representatives);
    }

    public Matter getOrigin() {
        return origin;
    }

    public MatterState getState() {
        return state;
    }

    public Set<Unit> getCoUnits() {
        return Set.copyOf(coUnits);
    }

    public List<HearingPause> getPauses() {
        return List.copyOf(pauses);
    }

    public String getLookupCodeHash() {
        return lookupCode;
    }

    /** The code issued in this request, or null (a code is never read back). */
    public String getIssuedLookupCode() {
        return issuedLookupCode;
    }

    public long getVersion() {
        return version;
    }

    @PostLoad
    void read() {
        readVersion = version;
    }

    /** The version the matter had when this transaction loaded it (-1 for a matter created in it). */
    public long getReadVersion() {
        return readVersion;
    }
}
