package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.DeadlineWatch;
import cn.xinfang.petition.accountability.boundary.Supervision;
import cn.xinfang.petition.accountability.entity.NoticeCategory;
import cn.xinfang.petition.accountability.entity.NoticeFilter;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticePriority;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.UnitRecord;
import cn.xinfang.petition.accountability.entity.UrgeForm;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * /accountability/index.xhtml: 督办 — the notices the caller may see (filtered), the 挂牌督办 list,
 * each unit's record over a period, and for the bureau's officers the 催办 form and the watch by hand.
 */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {

    @Inject
    Supervision supervision;

    @Inject
    DeadlineWatch watch;

    @Inject
    Petitions petitions;

    private NoticeLevel level;
    private NoticeStatus status;
    private boolean openOnly = true;
    private List<NoticeView> notices;
    private List<NoticeView> flagged;
    private LocalDate from;
    private LocalDate to;
    private List<UnitRecord> records;

    private String matterNumber;
    private NoticeCategory category = NoticeCategory.WORK;
    private NoticePriority priority = NoticePriority.NORMAL;
    private LocalDate replyBy;
    private String requirement;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        from = today.withDayOfYear(1);
        to = today;
        replyBy = today.plusDays(3);
        search();
        flagged = supervision.list(NoticeFilter.FLAGGED, 0, 200);
        records = supervision.records(from, to);
    }

    public void search() {
        notices = supervision.list(new NoticeFilter(null, level, status, openOnly, null, null, null), 0, 200);
    }

    public void showRecords() {
        List<UnitRecord> r = Messages.call("tabs:recordsForm", () -> supervision.records(from, to));
        if (r != null) {
            records = r;
        }
    }

    public String urge() {
        Long matter = matterNumber == null ? null : petitions.idOfNumber(matterNumber.strip()).orElse(null);
        if (matter == null) {
            Messages.show("tabs:urgeForm", BusinessException.onField("matterNumber", "acc.error.matterNumber"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        NoticeView n = Messages.call("tabs:urgeForm", () -> supervision.urge(matter,
                new UrgeForm(category, priority, requirement, replyBy)));
        return n == null ? null : "/accountability/notice?faces-redirect=true&id=" + n.id();
    }

    public void runWatch() {
        DeadlineWatch.Result r = Messages.call("tabs:watchForm", () -> watch.runNow());
        if (r != null) {
            Messages.info("acc.watch.ran", r.clocks(), r.changes());
            search();
            flagged = supervision.list(NoticeFilter.FLAGGED, 0, 200);
        }
    }

    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("officer");
    }

    public NoticeLevel[] getLevels() {
        return NoticeLevel.values();
    }

    public NoticeStatus[] getStatuses() {
        return NoticeStatus.values();
    }

    public NoticeCategory[] getCategories() {
        return NoticeCategory.values();
    }

    public NoticePriority[] getPriorities() {
        return NoticePriority.values();
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public List<NoticeView> getFlagged() {
        return flagged;
    }

    public List<UnitRecord> getRecords() {
        return records;
    }

    public NoticeLevel getLevel() {
        return level;
    }

    public void setLevel(NoticeLevel level) {
        this.level = level;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public void setMatterNumber(String matterNumber) {
        this.matterNumber = matterNumber;
    }

    public NoticeCategory getCategory() {
        return category;
    }

    public void setCategory(NoticeCategory category) {
        this.category = category;
    }

    public NoticePriority getPriority() {
        return priority;
    }

    public void setPriority(NoticePriority priority) {
        this.priority = priority;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }
}
