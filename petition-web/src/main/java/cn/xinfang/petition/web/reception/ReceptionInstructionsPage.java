package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.Instructions;
import cn.xinfang.petition.reception.boundary.Outreach;
import cn.xinfang.petition.reception.entity.FollowUpVisit;
import cn.xinfang.petition.reception.entity.OutreachViews.FollowUpRow;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * /reception/instructions/index.xhtml: 批示件. A leader sees their own with the state and
 * deadlines of each ("mine"); the bureau routes them to the responsible unit (overdue routing
 * flagged); the unit reports the result back to the leader and follows the matter up (回访: who,
 * when, how, the petitioner's attitude). What each sees is decided by
 * {@link Instructions}.
 */
@Named
@ViewScoped
public class ReceptionInstructionsPage implements Serializable {

    @Inject
    Instructions instructions;

    @Inject
    Units units;

    @Inject
    Outreach outreach;

    private boolean mine;
    private boolean overdueOnly;
    private List<DayViews.InstructionRow> rows = List.of();
    private List<UnitView> unitChoices;

    private Long selectedId;
    private Long mainUnitId;
    private String reportText;
    private boolean resolved;

    // 回访 of a reported 批示件
    private List<FollowUpRow> followUps = List.of();
    private String visitedOn;
    private String visitors;
    private FollowUpVisit.Method method = FollowUpVisit.Method.HOME_VISIT;
    private FollowUpVisit.Attitude attitude = FollowUpVisit.Attitude.SATISFIED;
    private String followUpNote;

    @PostConstruct
    void init() {
        mine = has(Roles.COUNTY_LEADER);
    }

    public void load() {
        List<DayViews.InstructionRow> r = Messages.call(null, () -> mine ? instructions.mine() : instructions.list(overdueOnly));
        rows = r == null ? List.of() : r;
    }

    public void select(DayViews.InstructionRow row) {
        selectedId = row.id();
        mainUnitId = row.mainUnitId();
        reportText = null;
        resolved = false;
        visitedOn = java.time.LocalDate.now(cn.xinfang.petition.shared.control.Clocks.ZONE).toString();
        visitors = followUpNote = null;
        loadFollowUps(row);
    }

    private void loadFollowUps(DayViews.InstructionRow row) {
        List<FollowUpRow> f = row.stage() == cn.xinfang.petition.reception.entity.Instruction.Stage.REPORTED
                ? Messages.call(null, () -> outreach.followUps(row.id())) : List.of();
        followUps = f == null ? List.of() : f;
    }

    /** 回访: the unit records its follow-up visit of the reported matter. */
    public void recordFollowUp() {
        DayViews.InstructionRow s = getSelected();
        if (s != null && Messages.call("actionForm", () -> outreach.recordFollowUp(s.id(), new Forms.FollowUpForm(
                Inputs.date("visitedOn", visitedOn), visitors, method, attitude, followUpNote))) != null) {
            Messages.info("reception3.followUp.recorded", s.matterNumber());
            visitors = followUpNote = null;
            loadFollowUps(s);
        }
    }

    public List<FollowUpRow> getFollowUps() { return followUps; }
    public FollowUpVisit.Method[] getMethods() { return FollowUpVisit.Method.values(); }
    public FollowUpVisit.Attitude[] getAttitudes() { return FollowUpVisit.Attitude.values(); }
    public String getVisitedOn() { return visitedOn; }
    public void setVisitedOn(String v) { visitedOn = v; }
    public String getVisitors() { return visitors; }
    public void setVisitors(String v) { visitors = v; }
    public FollowUpVisit.Method getMethod() { return method; }
    public void setMethod(FollowUpVisit.Method v) { method = v; }
    public FollowUpVisit.Attitude getAttitude() { return attitude; }
    public void setAttitude(FollowUpVisit.Attitude v) { attitude = v; }
    public String getFollowUpNote() { return followUpNote; }
    public void setFollowUpNote(String v) { followUpNote = v; }

    public DayViews.InstructionRow getSelected() {
        return selectedId == null ? null : rows.stream().filter(r -> r.id() == selectedId).findFirst().orElse(null);
    }

    public void route() {
        DayViews.InstructionRow s = getSelected();
        if (s != null && Messages.call("actionForm", () -> instructions.route(s.id(), s.version(), mainUnitId, List.of())) != null) {
            Messages.info("receptionday.instruction.routed");
            load();
        }
    }

    public void reportBack() {
        DayViews.InstructionRow s = getSelected();
        if (s != null && Messages.call("actionForm", () -> instructions.reportBack(s.id(), s.version(), reportText, resolved)) != null) {
            Messages.info("receptionday.instruction.reported");
            selectedId = null;
            load();
        }
    }

    public boolean isOfficer() {
        return has(Roles.OFFICER);
    }

    public boolean isUnitStaff() {
        return has(Roles.UNIT_CLERK) || has(Roles.UNIT_LEADER);
    }

    public boolean isLeader() {
        return has(Roles.COUNTY_LEADER) || has(Roles.UNIT_LEADER) || has(Roles.OFFICER);
    }

    private static boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public List<UnitView> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.directory().stream().filter(UnitView::active).toList();
        }
        return unitChoices;
    }

    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public List<DayViews.InstructionRow> getRows() { return rows; }
    public Long getMainUnitId() { return mainUnitId; }
    public void setMainUnitId(Long mainUnitId) { this.mainUnitId = mainUnitId; }
    public String getReportText() { return reportText; }
    public void setReportText(String reportText) { this.reportText = reportText; }
    public boolean isResolved() { return resolved; }
    public void setResolved(boolean resolved) { this.resolved = resolved; }
}
