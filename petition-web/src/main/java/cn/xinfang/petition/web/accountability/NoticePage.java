package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.Supervision;
import cn.xinfang.petition.accountability.entity.Assessment;
import cn.xinfang.petition.accountability.entity.EscalationForm;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.ReportFrequency;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /accountability/notice.xhtml?id=…: one 督办 notice with its reports; the unit signs for and
 * answers it, the bureau assesses, escalates, suspends, resumes and closes it; the 督办单 PDF.
 * Which actions show follows the caller's role and the notice's status; the EJB decides.
 */
@Named
@ViewScoped
public class NoticePage implements Serializable {

    @Inject
    Supervision supervision;

    private Long id;
    private NoticeView notice;
    private String progress;
    private Assessment assessment = Assessment.SATISFACTORY;
    private String note;
    private NoticeLevel escalateTo = NoticeLevel.FLAGGED;
    private String leader;
    private String reason;
    private String stateReason;
    private ReportFrequency frequency = ReportFrequency.WEEKLY;
    private String jointBodies;
    private LocalDate replyBy;
    private Map<String, String> leaders;

    public void load() {
        if (notice == null && id != null) {
            notice = Messages.call("noticeForm", () -> supervision.get(id));
            replyBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7);
        }
    }

    private void act(String form, Supplier<NoticeView> action, String doneKey) {
        NoticeView n = Messages.call(form, action);
        if (n != null) {
            notice = n;
            progress = null;
            note = null;
            reason = null;
            stateReason = null;
            Messages.info(doneKey);
        }
    }

    public void sign() {
        act("actionsForm", () -> supervision.sign(id, notice.version()), "acc.notice.signed");
    }

    public void answer() {
        act("actionsForm", () -> supervision.answer(id, progress, notice.version()), "acc.notice.answered");
    }

    public void assess() {
        act("actionsForm", () -> supervision.assess(id, assessment, note, notice.version()), "acc.notice.assessed");
    }

    public String escalate() {
        NoticeView next = Messages.call("actionsForm", () -> supervision.escalate(id,
                new EscalationForm(escalateTo, leader, reason, frequency, jointBodies, replyBy), notice.version()));
        return next == null ? null : "/accountability/notice?faces-redirect=true&id=" + next.id();
    }

    public void suspend() {
        act("actionsForm", () -> supervision.suspend(id, stateReason, notice.version()), "acc.notice.suspended");
    }

    public void resume() {
        act("actionsForm", () -> supervision.resume(id, stateReason, replyBy, notice.version()), "acc.notice.resumed");
    }

    public void close() {
        act("actionsForm", () -> supervision.close(id, note, notice.version()), "acc.notice.closed");
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name("supervision-" + id + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(supervision.pdf(id))).build();
    }

    private boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public boolean isBureau() {
        return role("officer");
    }

    public boolean isUnit() {
        return (role("unit_clerk") || role("unit_leader")) && notice != null && !role("officer");
    }

    public boolean isMaySign() {
        return isUnit() && notice.status() == NoticeStatus.ISSUED;
    }

    public boolean isMayAnswer() {
        return isUnit() && (notice.status() == NoticeStatus.ISSUED || notice.status() == NoticeStatus.SIGNED
                || notice.flagged() && notice.status() == NoticeStatus.ANSWERED);
    }

    public boolean isMayAssess() {
        return isBureau() && notice != null && notice.status() == NoticeStatus.ANSWERED;
    }

    public boolean isMayEscalate() {
        return isBureau() && notice != null && notice.status().open() && notice.status() != NoticeStatus.SUSPENDED;
    }

    public boolean isMaySuspend() {
        return isMayEscalate();
    }

    public boolean isMayResume() {
        return isBureau() && notice != null && notice.status() == NoticeStatus.SUSPENDED;
    }

    public boolean isMayClose() {
        return isBureau() && notice != null && notice.status().open();
    }

    public Map<String, String> getLeaders() {
        if (leaders == null) {
            leaders = isBureau() ? supervision.leaders() : Map.of();
        }
        return leaders;
    }

    public Assessment[] getAssessments() {
        return Assessment.values();
    }

    public NoticeLevel[] getEscalationLevels() {
        return new NoticeLevel[] {NoticeLevel.FLAGGED, NoticeLevel.JOINT};
    }

    public ReportFrequency[] getFrequencies() {
        return ReportFrequency.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeView getNotice() {
        return notice;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public void setAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public NoticeLevel getEscalateTo() {
        return escalateTo;
    }

    public void setEscalateTo(NoticeLevel escalateTo) {
        this.escalateTo = escalateTo;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStateReason() {
        return stateReason;
    }

    public void setStateReason(String stateReason) {
        this.stateReason = stateReason;
    }

    public ReportFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(ReportFrequency frequency) {
        this.frequency = frequency;
    }

    public String getJointBodies() {
        return jointBodies;
    }

    public void setJointBodies(String jointBodies) {
        this.jointBodies = jointBodies;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }
}
