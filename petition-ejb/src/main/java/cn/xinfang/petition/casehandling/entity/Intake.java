package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.List;

/** What was raised, by which channel and when (登记): fixed at registration. */
@Embeddable
public class Intake {

    /** 2022 Art 20: a collective visit is five or more people, with at most five representatives. */
    public static final int COLLECTIVE_SIZE = 5;
    public static final int MAX_REPRESENTATIVES = 5;
    public static final int MAX_CONTENT = 5000;
    /**
     * The earliest receipt date a deployment may configure. Dates from 1901 on are stored and read
     * back unchanged through {@code java.sql.Date} on H2 and PostgreSQL; earlier ones fall into
     * the zone's local mean time (Asia/Shanghai: +08:05:43) or the Julian calendar and come back
     * shifted by a day or more.
     */
    public static final LocalDate EARLIEST_CONFIGURABLE = LocalDate.of(1950, 1, 1);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_code", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "transfer_level", length = 20)
    private String transferLevel;

    @Column(name = "transfer_document", length = 60)
    private String transferDocument;

    @Column(name = "people_count", nullable = false)
    private int peopleCount;

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

    /**
     * Whether the bureau has identified whom an accusation accuses (the accused unit, or the unit of
     * an accused person, or that none of this county's units is concerned). Until then an
     * accusation is seen by the bureau only: a citizen's own words cannot be trusted to name the
     * unit that must not see them.
     */
    @Column(name = "accused_identified", nullable = false)
    private boolean accusedIdentified;

    protected Intake() {
    }

    /** The registrar's form, checked field by field; the representatives are checked by the matter that keeps them. */
    static Intake of(IntakeForm in, LocalDate today, LocalDate earliest) {
        if (in.channel() == null) {
            throw BusinessException.onField("channel", "error.required");
        }
        checkReceivedOn(in.receivedOn(), today, earliest);
        if (in.channel().isTransfer() && (blank(in.transferLevel()) || blank(in.transferDocument()))) {
            throw BusinessException.onField("transferDocument", "error.matter.transferRequired");
        }
        if (in.peopleCount() < 1 || in.peopleCount() > 100_000) {
            throw BusinessException.onField("peopleCount", "error.matter.peopleCount");
        }
        representatives(in);
        if (in.problemPlace() == null || !UnitKind.PLACES.contains(in.problemPlace().getKind())) {
            throw BusinessException.onField("problemPlace", "error.matter.problemPlace");
        }
        Intake i = new Intake();
        i.content = Matter.required(in.content(), "content", MAX_CONTENT);
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
        i.channel = in.channel();
        i.receivedOn = in.receivedOn();
        i.transferLevel = in.channel().isTransfer() ? in.transferLevel().strip() : null;
        i.transferDocument = in.channel().isTransfer() ? in.transferDocument().strip() : null;
        i.peopleCount = in.peopleCount();
        i.crossLevel = in.crossLevel() == null ? CrossLevel.NONE : in.crossLevel();
        i.problemPlace = in.problemPlace();
        i.kind = in.kind();
        i.category = in.category();
        i.purpose = in.purpose();
        i.accusedParty = blank(in.accusedParty()) ? null : in.accusedParty().strip();
        i.accusedUnit = in.accusedUnit();
        return i;
    }

    /**
     * The receipt date: required, not after today and not before {@code earliest}, the earliest
     * date this deployment registers (its setting). Checked before anything is computed from it
     * (the acceptance due date, the year of the number).
     */
    public static void checkReceivedOn(LocalDate receivedOn, LocalDate today, LocalDate earliest) {
        if (receivedOn == null) {
            throw BusinessException.onField("receivedOn", "error.required");
        }
        if (receivedOn.isAfter(today)) {
            throw BusinessException.onField("receivedOn", "error.matter.receivedInFuture");
        }
        if (receivedOn.isBefore(earliest)) {
            throw BusinessException.onField("receivedOn", "error.matter.receivedTooEarly", earliest.toString());
        }
    }

    /** 2022 Art 20: a collective visit names one to five representatives; blank names are dropped. */
    static List<String> representatives(IntakeForm in) {
        List<String> reps = in.representatives() == null ? List.of()
                : in.representatives().stream().filter(r -> !blank(r)).map(String::strip).toList();
        if (in.peopleCount() >= COLLECTIVE_SIZE && (reps.isEmpty() || reps.size() > MAX_REPRESENTATIVES)) {
            throw BusinessException.onField("representatives", "error.matter.representatives", MAX_REPRESENTATIVES);
        }
        if (reps.stream().anyMatch(r -> r.length() > 50)) {
            throw BusinessException.onField("representatives", "error.tooLong");
        }
        return reps;
    }

    public boolean isCollective() {
        return peopleCount >= COLLECTIVE_SIZE;
    }

    /**
     * Users of the accused unit, or of a unit within it (its offices, its villages), must never see
     * who accused it, nor the accusation itself (2022 Art 30).
     */
    public boolean isConfidentialFor(Unit unit) {
        return kind == MatterKind.ACCUSATION && accusedUnit != null && unit != null && unit.isWithin(accusedUnit);
    }

    /** An accusation whose accused unit the bureau has not identified yet: the bureau's alone until then. */
    public boolean isUnidentifiedAccusation() {
        return kind == MatterKind.ACCUSATION && !accusedIdentified;
    }

    public boolean isAccusedIdentified() {
        return accusedIdentified;
    }

    /** The bureau identifies (or corrects) the accused unit and party; {@code unit} null: no unit of this county. */
    void identifyAccused(Unit unit, String party) {
        if (party != null && party.strip().length() > 100) {
            throw BusinessException.onField("accusedParty", "error.tooLong");
        }
        if (unit == null && blank(party) && blank(accusedParty)) {
            throw BusinessException.onField("accusedParty", "error.matter.accusedRequired");
        }
        this.accusedUnit = unit;
        if (!blank(party)) {
            this.accusedParty = TextRules.checked("accusedParty", party.strip());
        }
        this.accusedIdentified = true;
    }

    /** A registration by the bureau's staff that names the accused unit identifies it. */
    void identifiedAtRegistration() {
        this.accusedIdentified = kind == MatterKind.ACCUSATION && accusedUnit != null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getTransferLevel() {
        return transferLevel;
    }

    public String getTransferDocument() {
        return transferDocument;
    }

    public int getPeopleCount() {
        return peopleCount;
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
}
