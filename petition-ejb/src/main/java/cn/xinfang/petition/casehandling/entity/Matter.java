package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.audit.entity.Auditable;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
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
@NamedQuery(name = Matter.OF_PETITIONER, query = "SELECT m FROM Matter m JOIN FETCH m.channel WHERE m.petitioner = :petitioner ORDER BY m.receivedOn DESC, m.id DESC")
public class Matter implements Auditable {

    public static final String BY_NUMBER = "Matter.byNumber";
    public static final String OF_PETITIONER = "Matter.ofPetitioner";

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
        return m;
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
