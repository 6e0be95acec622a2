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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 领导包案 (五个一): one leader owns one hard or backlog matter with one working group, one plan and
 * one responsible unit, to the end: a target date, milestones and progress reports, until it is
 * resolved (化解) or ended unresolved. 包案化解率 counts these records (see {@code OwnershipRate}).
 */
@Entity
@Table(name = "acc_ownership")
@Audited
@AuditedAs(value = "CASE_OWNERSHIP")
public class CaseOwnership implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_ownership_seq")
    @SequenceGenerator(name = "acc_ownership_seq", sequenceName = "acc_ownership_seq", allocationSize = 50)
    private Long id;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32, updatable = false)
    private String matterNumber;

    @Column(name = "county_id", nullable = false, updatable = false)
    private long countyId;

    @Column(name = "leader", nullable = false, length = 32, updatable = false)
    private String leader;

    @Column(name = "leader_unit_id", nullable = false, updatable = false)
    private long leaderUnitId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "responsible_person", length = 32)
    private String responsiblePerson;

    @Column(name = "working_group", nullable = false, length = 1000)
    private String workingGroup;

    @Column(name = "plan", nullable = false, length = 4000)
    private String plan;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private OwnershipStatus status = OwnershipStatus.ACTIVE;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_note", length = 1000)
    private String endNote;

    @Column(name = "accused_unit_id", updatable = false)
    private Long accusedUnitId;

    @Column(name = "taken_by", nullable = false, length = 32, updatable = false)
    private String takenBy;

    @NotAudited
    @OneToMany(mappedBy = "ownership", cascade = CascadeType.ALL)
    @OrderBy("dueOn, id")
    private List<Milestone> milestones = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "ownership", cascade = CascadeType.ALL)
    @OrderBy("reportedOn DESC, id DESC")
    private List<ProgressReport> reports = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseOwnership() {
    }

    public CaseOwnership(long matterId, String matterNumber, long countyId, String leader, long leaderUnitId, long unitId,
                         String responsiblePerson, String workingGroup, String plan, LocalDate targetDate, Long accusedUnitId,
                         String takenBy, LocalDate today) {
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.countyId = countyId;
        this.leader = leader;
        this.leaderUnitId = leaderUnitId;
        this.unitId = unitId;
        this.responsiblePerson = responsiblePerson;
        this.workingGroup = Texts.required("workingGroup", workingGroup, 1000);
        this.plan = Texts.required("plan", plan, 4000);
        if (targetDate == null || targetDate.isBefore(today)) {
            throw BusinessException.onField("targetDate", "accountability2.error.targetDate");
        }
        this.targetDate = targetDate;
        this.accusedUnitId = accusedUnitId;
        this.takenBy = takenBy;
        this.takenOn = today;
    }

    public Milestone addMilestone(String title, LocalDate dueOn) {
        active();
        if (dueOn == null || dueOn.isBefore(takenOn)) {
            throw BusinessException.onField("dueOn", "accountability2.error.milestoneDue");
        }
        Milestone m = new Milestone(this, Texts.required("title", title, 500), dueOn);
        milestones.add(m);
        return m;
    }

    public Milestone completeMilestone(long milestoneId, String note, String by, LocalDate today) {
        active();
        Milestone m = milestones.stream().filter(x -> x.getId() != null && x.getId() == milestoneId).findFirst()
                .orElseThrow(() -> BusinessException.onField("milestone", "accountability2.error.milestone"));
        m.complete(Texts.optional("note", note, 1000), by, today);
        return m;
    }

    public ProgressReport report(String progress, String by, LocalDate today) {
        active();
        ProgressReport r = new ProgressReport(this, Texts.required("progress", progress, 2000), by, today);
        reports.add(0, r);
        return r;
    }

    /** 化解 (the petitioner stopped petitioning) or ended without it, on a day not before it was taken. */
    public void end(boolean resolved, String note, LocalDate on, LocalDate today) {
        active();
        LocalDate day = on == null ? today : on;
        if (day.isBefore(takenOn) || day.isAfter(today)) {
            throw BusinessException.onField("endedOn", "accountability2.error.endedOn");
        }
        this.endNote = resolved ? Texts.optional("note", note, 1000) : Texts.required("note", note, 1000);
        this.status = resolved ? OwnershipStatus.RESOLVED : OwnershipStatus.UNRESOLVED;
        this.endedOn = day;
    }

    /** Resolved by the given day (the numerator of 包案化解率 at a cut-off). */
    public boolean resolvedBy(LocalDate day) {
        return status == OwnershipStatus.RESOLVED && !endedOn.isAfter(day);
    }

    private void active() {
        if (status != OwnershipStatus.ACTIVE) {
            throw new BusinessException("accountability2.error.ownershipEnded");
        }
    }

    public OwnershipView view(String leaderName, String unitName, String personName, LocalDate today) {
        return new OwnershipView(id, matterId, matterNumber, leader, leaderName, unitId, unitName, responsiblePerson, personName,
                workingGroup, plan, takenOn, targetDate, status, endedOn, endNote,
                status == OwnershipStatus.ACTIVE && targetDate.isBefore(today),
                milestones.stream().map(m -> m.view(today)).toList(), reports.stream().map(ProgressReport::view).toList(),
                version);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("matter", matterNumber);
        m.put("leader", leader);
        m.put("unit", String.valueOf(unitId));
        m.put("responsiblePerson", responsiblePerson);
        m.put("workingGroup", workingGroup);
        m.put("plan", plan);
        m.put("takenOn", String.valueOf(takenOn));
        m.put("targetDate", String.valueOf(targetDate));
        m.put("status", status.name());
        m.put("endedOn", endedOn == null ? null : endedOn.toString());
        m.put("endNote", endNote);
        return m;
    }

    public Long getId() {
        return id;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public long getCountyId() {
        return countyId;
    }

    public String getLeader() {
        return leader;
    }

    public long getLeaderUnitId() {
        return leaderUnitId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public OwnershipStatus getStatus() {
        return status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Long getAccusedUnitId() {
        return accusedUnitId;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public long getVersion() {
        return version;
    }
}
