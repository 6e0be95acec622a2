package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.entity.OwnershipFilter;
import cn.xinfang.petition.accountability.entity.OwnershipForm;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
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
import java.util.ArrayList;
import java.util.List;

/**
 * /accountability/ownerships.xhtml: 领导包案 — the caller's own 包案 (a leader's page), every 包案 the
 * caller may see, taking a matter (by its number) with the first milestones, and 包案化解率 per
 * leader, per unit or overall over a period, its definition shown and each row's drill-down listing
 * exactly the 包案 it counted.
 */
@Named
@ViewScoped
public class OwnershipsPage implements Serializable {

    @Inject
    CaseOwnerships ownerships;

    @Inject
    Petitions petitions;

    private List<OwnershipView> mine;
    private List<OwnershipView> all;
    private OwnershipStatus status;

    private String matterNumber;
    private String leader;
    private String responsiblePerson;
    private String workingGroup;
    private String plan;
    private LocalDate targetDate;
    private String milestone1;
    private LocalDate milestone1Due;
    private String milestone2;
    private LocalDate milestone2Due;

    private LocalDate from;
    private LocalDate to;
    private CaseOwnerships.Grouping grouping = CaseOwnerships.Grouping.LEADER;
    private List<OwnershipRate> rates;
    private OwnershipRate drilled;
    private List<OwnershipView> drill;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        from = today.withDayOfYear(1);
        to = today;
        targetDate = today.plusDays(90);
        if (isLeaderRole()) {
            mine = Messages.call(null, ownerships::mine);
        }
        search();
        showRates();
    }

    public void search() {
        all = Messages.call(null, () -> ownerships.list(new OwnershipFilter(null, null, status, null, null, null), 0, 500));
    }

    public String take() {
        Long matter = matterNumber == null ? null : petitions.idOfNumber(matterNumber.strip()).orElse(null);
        if (matter == null) {
            Messages.show("tabs:takeForm", BusinessException.onField("matterNumber", "acc.error.matterNumber"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        List<OwnershipForm.MilestoneForm> ms = new ArrayList<>();
        if (milestone1 != null && !milestone1.isBlank() || milestone1Due != null) {
            ms.add(new OwnershipForm.MilestoneForm(milestone1, milestone1Due));
        }
        if (milestone2 != null && !milestone2.isBlank() || milestone2Due != null) {
            ms.add(new OwnershipForm.MilestoneForm(milestone2, milestone2Due));
        }
        OwnershipView o = Messages.call("tabs:takeForm", () -> ownerships.take(matter, new OwnershipForm(
                leader == null || leader.isBlank() ? null : leader, null, responsiblePerson, workingGroup, plan, targetDate, ms)));
        return o == null ? null : "/accountability/ownership?faces-redirect=true&id=" + o.id();
    }

    public void showRates() {
        drilled = null;
        drill = null;
        rates = Messages.call("tabs:rateForm", () -> ownerships.rates(from, to, grouping));
    }

    public void drillDown(OwnershipRate r) {
        drilled = r;
        drill = Messages.call("tabs:rateForm", () -> ownerships.rateDetail(from, to, grouping, r.groupKey()));
    }

    public boolean resolvedIn(OwnershipView o) {
        return drilled != null && drilled.resolvedIds().contains(o.id());
    }

    private static boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public boolean isLeaderRole() {
        return role("county_leader") || role("unit_leader");
    }

    public boolean isMayTake() {
        return isLeaderRole() || role("officer");
    }

    public boolean isOfficer() {
        return role("officer");
    }

    public OwnershipStatus[] getStatuses() {
        return OwnershipStatus.values();
    }

    public CaseOwnerships.Grouping[] getGroupings() {
        return CaseOwnerships.Grouping.values();
    }

    public List<OwnershipView> getMine() {
        return mine;
    }

    public List<OwnershipView> getAll() {
        return all;
    }

    public OwnershipStatus getStatus() {
        return status;
    }

    public void setStatus(OwnershipStatus status) {
        this.status = status;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public void setMatterNumber(String matterNumber) {
        this.matterNumber = matterNumber;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getWorkingGroup() {
        return workingGroup;
    }

    public void setWorkingGroup(String workingGroup) {
        this.workingGroup = workingGroup;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getMilestone1() {
        return milestone1;
    }

    public void setMilestone1(String milestone1) {
        this.milestone1 = milestone1;
    }

    public LocalDate getMilestone1Due() {
        return milestone1Due;
    }

    public void setMilestone1Due(LocalDate milestone1Due) {
        this.milestone1Due = milestone1Due;
    }

    public String getMilestone2() {
        return milestone2;
    }

    public void setMilestone2(String milestone2) {
        this.milestone2 = milestone2;
    }

    public LocalDate getMilestone2Due() {
        return milestone2Due;
    }

    public void setMilestone2Due(LocalDate milestone2Due) {
        this.milestone2Due = milestone2Due;
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

    public CaseOwnerships.Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(CaseOwnerships.Grouping grouping) {
        this.grouping = grouping;
    }

    public List<OwnershipRate> getRates() {
        return rates;
    }

    public OwnershipRate getDrilled() {
        return drilled;
    }

    public List<OwnershipView> getDrill() {
        return drill;
    }
}
