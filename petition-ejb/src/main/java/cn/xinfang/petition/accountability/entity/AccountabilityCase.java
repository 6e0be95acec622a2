package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 责任追究: an accountability case on a mishandled matter. Opened by an officer on a ground of the
 * regulation's list, or proposed by a rule (a matter overdue by more than N days) and then opened
 * or dismissed by a person. It starts with the 倒查 suggestion ({@link TraceBack}) as its parties;
 * the officer marks who is concerned, adds people or units, and records the decision with its
 * date and document number.
 */
@Entity
@Table(name = "acc_case")
@Audited
@AuditedAs(value = "ACCOUNTABILITY_CASE", naturalKey = "number")
public class AccountabilityCase implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_case_seq")
    @SequenceGenerator(name = "acc_case_seq", sequenceName = "acc_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_number", length = 40, unique = true)
    private String number;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32, updatable = false)
    private String matterNumber;

    @Column(name = "county_id", nullable = false, updatable = false)
    private long countyId;

    /** The unit that handled the matter (the responsible unit), if it was routed. */
    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "accused_unit_id", updatable = false)
    private Long accusedUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 24)
    private CaseGround ground;

    @Column(name = "facts", length = 2000)
    private String facts;

    @Column(name = "automatic", nullable = false, updatable = false)
    private boolean automatic;

    @Column(name = "overdue_days", updatable = false)
    private Integer overdueDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, length = 32, updatable = false)
    private String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    private DecisionKind decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @NotAudited
    @OneToMany(mappedBy = "accountabilityCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseParty> parties = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountabilityCase() {
    }

    private AccountabilityCase(long matterId, String matterNumber, long countyId, Long unitId, Long accusedUnitId,
                               CaseGround ground, String facts, boolean automatic, Integer overdueDays, CaseStatus status,
                               String by, LocalDate today) {
        if (ground == null) {
            throw BusinessException.onField("ground", "accountability2.error.ground");
        }
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.countyId = countyId;
        this.unitId = unitId;
        this.accusedUnitId = accusedUnitId;
        this.ground = ground;
        this.facts = Texts.optional("facts", facts, 2000);
        this.automatic = automatic;
        this.overdueDays = overdueDays;
        this.status = status;
        this.openedBy = by;
        this.openedOn = today;
    }

    /** Opened by an officer. */
    public static AccountabilityCase open(long matterId, String matterNumber, long countyId, Long unitId, Long accusedUnitId,
                                          CaseGround ground, String facts, String by, LocalDate today) {
        return new AccountabilityCase(matterId, matterNumber, countyId, unitId, accusedUnitId, ground, facts, false, null,
                CaseStatus.OPEN, by, today);
    }

    /** Proposed by the overdue rule; a person opens or dismisses it. */
    public static AccountabilityCase propose(long matterId, String matterNumber, long countyId, Long unitId, Long accusedUnitId,
                                             int overdueDays, String by, LocalDate today) {
        return new AccountabilityCase(matterId, matterNumber, countyId, unitId, accusedUnitId, CaseGround.MISSED_DEADLINE,
                null, true, overdueDays, CaseStatus.PROPOSED, by, today);
    }

    /** The 倒查 suggestion becomes the first parties, all concerned until the officer says otherwise. */
    public void suggested(List<TraceBack.Suggestion> suggestions) {
        for (TraceBack.Suggestion s : suggestions) {
            parties.add(new CaseParty(this, s.username(), s.unitId(), s.basis(), true));
        }
    }

    public CaseParty addParty(String username, Long unitId) {
        undecided();
        if (username == null && unitId == null) {
            throw BusinessException.onField("username", "accountability2.error.party");
        }
        boolean dup = parties.stream().anyMatch(p -> java.util.Objects.equals(p.getUsername(), username)
                && java.util.Objects.equals(p.getUnitId(), unitId));
        if (dup) {
            throw BusinessException.onField("username", "accountability2.error.partyTwice");
        }
        CaseParty p = new CaseParty(this, username, unitId, PartyBasis.ADDED, false);
        parties.add(p);
        return p;
    }

    public void concern(long partyId, boolean concerned) {
        undecided();
        parties.stream().filter(p -> p.getId() != null && p.getId() == partyId).findFirst()
                .orElseThrow(() -> BusinessException.onField("party", "accountability2.error.party"))
                .concerned(concerned);
    }

    /** A proposed case becomes an open one (a person agreed), possibly on another ground, with the facts. */
    public void accept(CaseGround ground, String facts) {
        if (status != CaseStatus.PROPOSED) {
            throw new BusinessException("accountability2.error.status");
        }
        if (ground != null) {
            this.ground = ground;
        }
        this.facts = Texts.optional("facts", facts, 2000);
        this.status = CaseStatus.OPEN;
    }

    public void dismiss(String why, String by, LocalDate today) {
        if (status != CaseStatus.PROPOSED && status != CaseStatus.OPEN) {
            throw new BusinessException("accountability2.error.status");
        }
        this.decisionNote = Texts.required("note", why, 2000);
        this.decidedBy = by;
        this.decidedOn = today;
        this.status = CaseStatus.DISMISSED;
    }

    public void decide(DecisionKind kind, LocalDate on, String document, String note, String by, LocalDate today) {
        if (status != CaseStatus.OPEN) {
            throw new BusinessException("accountability2.error.status");
        }
        if (kind == null) {
            throw BusinessException.onField("decision", "accountability2.error.decision");
        }
        if (on == null || on.isAfter(today) || on.isBefore(openedOn)) {
            throw BusinessException.onField("decidedOn", "accountability2.error.decidedOn");
        }
        String doc = Texts.optional("documentNumber", document, 60);
        if (doc == null && kind != DecisionKind.NONE) {
            throw BusinessException.onField("documentNumber", "accountability2.error.required");
        }
        if (parties.stream().noneMatch(CaseParty::isConcerned) && kind != DecisionKind.NONE) {
            throw BusinessException.onField("party", "accountability2.error.noneConcerned");
        }
        this.decision = kind;
        this.decidedOn = on;
        this.documentNumber = doc;
        this.decisionNote = Texts.optional("note", note, 2000);
        this.decidedBy = by;
        this.status = CaseStatus.DECIDED;
    }

    private void undecided() {
        if (status == CaseStatus.DECIDED || status == CaseStatus.DISMISSED) {
            throw new BusinessException("accountability2.error.status");
        }
    }

    /** 责〔year〕N号, once the id is known. */
    public void numbered() {
        if (number == null && id != null) {
            number = "责〔" + openedOn.getYear() + "〕" + id + "号";
        }
    }

    public CaseView view(Function<Long, String> unitNames, Function<String, String> userNames) {
        return new CaseView(id, number, matterId, matterNumber, unitId, unitId == null ? null : unitNames.apply(unitId), ground,
                facts, automatic, overdueDays, status, openedOn, openedBy, decision, decidedOn, documentNumber, decidedBy,
                decisionNote, parties.stream().map(p -> p.view(unitNames, userNames)).toList(), version);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("matter", matterNumber);
        m.put("unit", unitId == null ? null : unitId.toString());
        m.put("ground", ground.name());
        m.put("facts", facts);
        m.put("automatic", String.valueOf(automatic));
        m.put("status", status.name());
        m.put("decision", decision == null ? null : decision.name());
        m.put("decidedOn", decidedOn == null ? null : decidedOn.format(DateTimeFormatter.ISO_DATE));
        m.put("documentNumber", documentNumber);
        m.put("decidedBy", decidedBy);
        m.put("decisionNote", decisionNote);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getMatterId() {
        return matterId;
    }

    public long getCountyId() {
        return countyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getAccusedUnitId() {
        return accusedUnitId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public DecisionKind getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public List<CaseParty> getParties() {
        return parties;
    }

    public long getVersion() {
        return version;
    }
}
