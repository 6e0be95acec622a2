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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 督办 notice on one matter to the unit handling it: a 催办单 with a reply-by day, or a flagged
 * (挂牌) or joint (联合) supervision that replaced an unanswered or unsatisfactorily answered one.
 * The unit signs for it (签收) and reports its progress ({@link SupervisionReport}); the bureau
 * assesses each report, escalates, suspends and resumes with a reason, and closes. Each method
 * refuses a step the notice's status does not allow ({@code acc.error.status}).
 */
@Entity
@Table(name = "supervision_notice")
@Audited
@AuditedAs(value = "SUPERVISION", naturalKey = "number")
public class SupervisionNotice implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_notice_seq")
    @SequenceGenerator(name = "supervision_notice_seq", sequenceName = "supervision_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "notice_number", length = 40, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 10, updatable = false)
    private NoticeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 10)
    private NoticeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private NoticePriority priority;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32, updatable = false)
    private String matterNumber;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "county_id", nullable = false, updatable = false)
    private long countyId;

    @Column(name = "requirement", length = 2000)
    private String requirement;

    @Column(name = "issued_by", nullable = false, length = 32, updatable = false)
    private String issuedBy;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "reply_by", nullable = false)
    private LocalDate replyBy;

    @Column(name = "automatic", nullable = false, updatable = false)
    private boolean automatic;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private NoticeStatus status = NoticeStatus.ISSUED;

    /**
     * The matter's id while the notice is open (not closed, not replaced by an escalation), else
     * null: the unique index uq_supervision_open_notice keeps one open notice per matter, also when
     * two are issued at the same moment (both passed NoticeDesk.hasOpenNotice before either committed).
     */
    @NotAudited
    @Column(name = "open_matter_id")
    private Long openMatterId;

    @Column(name = "signed_by", length = 32)
    private String signedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "escalated_from_id", updatable = false)
    private Long escalatedFromId;

    /**
     * The notice that replaced this one: linked in the same step as {@link #replaced()}, once the
     * new notice has its id, so it does not count as a second change of the version.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "escalated_to_id")
    private Long escalatedToId;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_ground", length = 16, updatable = false)
    private EscalationGround escalationGround;

    @Column(name = "leader", length = 32)
    private String leader;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_frequency", length = 10)
    private ReportFrequency reportFrequency;

    @Column(name = "joint_bodies", length = 500)
    private String jointBodies;

    @Column(name = "suspension_reason", length = 1000)
    private String suspensionReason;

    @Column(name = "closed_by", length = 32)
    private String closedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_note", length = 1000)
    private String closeNote;

    @NotAudited
    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SupervisionReport> reports = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SupervisionNotice() {
    }

    /** A 催办单: to {@code unitId} on one matter, answered by {@code replyBy} (not before today). */
    public static SupervisionNotice urge(long matterId, String matterNumber, long unitId, long countyId, NoticeCategory category,
                                         NoticePriority priority, String requirement, LocalDate replyBy, String by,
                                         LocalDate today, boolean automatic) {
        SupervisionNotice n = new SupervisionNotice();
        n.level = NoticeLevel.URGE;
        n.init(matterId, matterNumber, unitId, countyId, category, priority, requirement, replyBy, by, today, automatic);
        return n;
    }

    private void init(long matterId, String matterNumber, long unitId, long countyId, NoticeCategory category,
                      NoticePriority priority, String requirement, LocalDate replyBy, String by, LocalDate today,
                      boolean automatic) {
        if (replyBy == null || replyBy.isBefore(today)) {
            throw BusinessException.onField("replyBy", "acc.error.replyBy");
        }
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.unitId = unitId;
        this.countyId = countyId;
        this.category = category == null ? NoticeCategory.WORK : category;
        this.priority = priority == null ? NoticePriority.NORMAL : priority;
        this.requirement = text(requirement, 2000, "requirement", false);
        this.replyBy = replyBy;
        this.issuedBy = by;
        this.issuedOn = today;
        this.automatic = automatic;
    }

    /**
     * 挂牌督办 (or 联合督办 with {@code jointBodies}) replacing this notice: a named supervising
     * leader, a reason, how often the unit reports, the next report due by {@code replyBy}.
     */
    public SupervisionNotice escalate(EscalationGround ground, NoticeLevel to, String leaderName, String why,
                                      ReportFrequency frequency, String joint, LocalDate replyBy, String by, LocalDate today,
                                      boolean auto) {
        if (!status.open() || status == NoticeStatus.SUSPENDED) {
            throw new BusinessException("acc.error.status");
        }
        if (to == NoticeLevel.URGE || to == null) {
            throw BusinessException.onField("level", "acc.error.level");
        }
        if (leaderName == null || leaderName.isBlank()) {
            throw BusinessException.onField("leader", "acc.error.leader");
        }
        if (to == NoticeLevel.JOINT && (joint == null || joint.isBlank())) {
            throw BusinessException.onField("jointBodies", "acc.error.jointBodies");
        }
        SupervisionNotice n = new SupervisionNotice();
        n.level = to;
        n.init(matterId, matterNumber, unitId, countyId, category,
                priority == NoticePriority.NORMAL ? NoticePriority.HIGH : priority, requirement, replyBy, by, today, auto);
        n.escalatedFromId = id;
        n.escalationGround = ground;
        n.leader = leaderName.strip();
        n.reason = text(why, 1000, "reason", ground == EscalationGround.BY_DECISION);
        n.reportFrequency = frequency == null ? ReportFrequency.WEEKLY : frequency;
        n.jointBodies = to == NoticeLevel.JOINT ? text(joint, 500, "jointBodies", true) : null;
        return n;
    }

    @PrePersist
    @PreUpdate
    void markOpen() {
        openMatterId = status.open() ? matterId : null;
    }

    /** Replaced by an escalated notice: no longer the matter's open one (written before the new one is). */
    public void replaced() {
        this.status = NoticeStatus.ESCALATED;
    }

    /** Links this notice to the one that replaced it (once the new one has its id). */
    public void escalatedTo(SupervisionNotice next) {
        this.status = NoticeStatus.ESCALATED;
        this.escalatedToId = next.id;
    }

    /** 签收 by the unit. */
    public void sign(String by, LocalDate today) {
        if (status != NoticeStatus.ISSUED) {
            throw new BusinessException("acc.error.status");
        }
        status = NoticeStatus.SIGNED;
        signedBy = by;
        signedOn = today;
    }

    /** The unit reports its progress (signing for the notice too if it had not). */
    public SupervisionReport answer(String progress, String by, LocalDate today) {
        if (status != NoticeStatus.ISSUED && status != NoticeStatus.SIGNED && !(flagged() && status == NoticeStatus.ANSWERED)) {
            throw new BusinessException("acc.error.status");
        }
        if (status == NoticeStatus.ISSUED) {
            sign(by, today);
        }
        SupervisionReport r = new SupervisionReport(this, text(progress, 2000, "progress", true), by, today);
        reports.add(r);
        status = NoticeStatus.ANSWERED;
        if (flagged() && reportFrequency != null) {
            // a flagged matter reports on: the next report is due a period later
            replyBy = today.plusDays(reportFrequency.days());
        }
        return r;
    }

    /**
     * The bureau's assessment of the latest report: satisfactory closes a 催办 (a flagged notice
     * goes on until it is closed); unsatisfactory sends it back to the unit, for escalation by the
     * bureau.
     */
    public void assess(Assessment a, String note, String by, LocalDate today) {
        if (status != NoticeStatus.ANSWERED || reports.isEmpty()) {
            throw new BusinessException("acc.error.status");
        }
        if (a == null) {
            throw BusinessException.onField("assessment", "acc.error.assessment");
        }
        SupervisionReport last = reports.get(reports.size() - 1);
        last.assess(a, text(note, 1000, "note", a == Assessment.UNSATISFACTORY), by, today);
        if (a == Assessment.SATISFACTORY && level == NoticeLevel.URGE) {
            close(null, by, today);
        } else if (a == Assessment.UNSATISFACTORY) {
            status = NoticeStatus.SIGNED;
        }
    }

    public void suspend(String why, LocalDate today) {
        if (!status.open() || status == NoticeStatus.SUSPENDED) {
            throw new BusinessException("acc.error.status");
        }
        suspensionReason = text(why, 1000, "reason", true);
        status = NoticeStatus.SUSPENDED;
    }

    /** Resumes a suspended notice with a reason; it waits for the unit again, by {@code replyBy}. */
    public void resume(String why, LocalDate replyBy, LocalDate today) {
        if (status != NoticeStatus.SUSPENDED) {
            throw new BusinessException("acc.error.status");
        }
        if (replyBy == null || replyBy.isBefore(today)) {
            throw BusinessException.onField("replyBy", "acc.error.replyBy");
        }
        suspensionReason = text(why, 1000, "reason", true);
        this.replyBy = replyBy;
        status = signedOn == null ? NoticeStatus.ISSUED : NoticeStatus.SIGNED;
    }

    public void close(String note, String by, LocalDate today) {
        if (!status.open()) {
            throw new BusinessException("acc.error.status");
        }
        status = NoticeStatus.CLOSED;
        closedBy = by;
        closedOn = today;
        closeNote = text(note, 1000, "note", false);
    }

    /** Waiting for the unit past its reply-by day. */
    public boolean unansweredPast(LocalDate today) {
        return (status == NoticeStatus.ISSUED || status == NoticeStatus.SIGNED) && replyBy.isBefore(today);
    }

    /** The first report came after the reply-by day, or none came and the day has passed (an ignored notice). */
    public boolean lateReply(LocalDate today) {
        if (reports.isEmpty()) {
            return replyBy.isBefore(today) && status != NoticeStatus.CLOSED && status != NoticeStatus.SUSPENDED;
        }
        return reports.get(0).getReportedOn().isAfter(replyBy);
    }

    /** Answered (a report made) by the end of {@code asOf}. */
    public boolean answeredBy(LocalDate asOf) {
        return reports.stream().anyMatch(r -> !r.getReportedOn().isAfter(asOf));
    }

    /**
     * {@link #lateReply} as it stood at the end of {@code asOf}: the first report made by then came
     * after the reply-by day, or there was none by then and the reply-by day had passed (a notice
     * closed by then is not waiting; a suspension keeps no date, so a notice suspended now counts as
     * suspended then).
     */
    public boolean lateReplyAt(LocalDate asOf) {
        return reports.stream().filter(r -> !r.getReportedOn().isAfter(asOf)).findFirst()
                .map(r -> r.getReportedOn().isAfter(replyBy))
                .orElseGet(() -> replyBy.isBefore(asOf) && (closedOn == null || closedOn.isAfter(asOf)) && status != NoticeStatus.SUSPENDED);
    }

    public boolean flagged() {
        return level != NoticeLevel.URGE;
    }

    /** Assigns the number once the id is known (just after persist; written by the update that follows the insert): 催/督〔year〕id号. */
    public void numbered() {
        if (number == null) {
            number = (level == NoticeLevel.URGE ? "催" : "督") + "〔" + issuedOn.getYear() + "〕" + id + "号";
        }
    }

    private static String text(String s, int max, String field, boolean required) {
        String t = s == null ? null : s.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                throw BusinessException.onField(field, "acc.error.required");
            }
            return null;
        }
        if (t.length() > max) {
            throw BusinessException.onField(field, "acc.error.tooLong", max);
        }
        return t;
    }

    public NoticeView view(String unitName, String leaderName, LocalDate today) {
        return new NoticeView(id, number, level, category, priority, matterId, matterNumber, unitId, unitName, requirement,
                issuedBy, issuedOn, replyBy, automatic, status, signedBy, signedOn, escalatedFromId, escalatedToId,
                escalationGround, leader, leaderName, reason, reportFrequency, jointBodies, suspensionReason, closedBy, closedOn,
                closeNote, lateReply(today), reports.stream().map(SupervisionReport::view).toList(), version);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("level", String.valueOf(level));
        m.put("category", String.valueOf(category));
        m.put("priority", String.valueOf(priority));
        m.put("matter", matterNumber);
        m.put("unit", String.valueOf(unitId));
        m.put("requirement", requirement);
        m.put("replyBy", String.valueOf(replyBy));
        m.put("status", String.valueOf(status));
        m.put("signedBy", signedBy);
        m.put("leader", leader);
        m.put("reason", reason);
        m.put("reportFrequency", reportFrequency == null ? null : reportFrequency.name());
        m.put("jointBodies", jointBodies);
        m.put("suspensionReason", suspensionReason);
        m.put("closedBy", closedBy);
        m.put("closeNote", closeNote);
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public NoticeLevel getLevel() {
        return level;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getCountyId() {
        return countyId;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public String getLeader() {
        return leader;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getRequirement() {
        return requirement;
    }

    public NoticeCategory getCategory() {
        return category;
    }

    public NoticePriority getPriority() {
        return priority;
    }

    public String getReason() {
        return reason;
    }

    public ReportFrequency getReportFrequency() {
        return reportFrequency;
    }

    public String getJointBodies() {
        return jointBodies;
    }

    public EscalationGround getEscalationGround() {
        return escalationGround;
    }

    public List<SupervisionReport> getReports() {
        return reports;
    }

    public long getVersion() {
        return version;
    }
}
