package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.CaseOwnerships;
import cn.xinfang.petition.accountability.entity.OwnershipStatus;
import cn.xinfang.petition.accountability.entity.OwnershipView;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * /accountability/ownership.xhtml?id=…: one 包案 (五个一: leader, working group, plan, responsible
 * unit, to the end) with its milestones and progress reports; the leader, the bureau and the
 * responsible unit report and complete milestones; the leader or the bureau ends it. The EJB decides.
 */
@Named
@ViewScoped
public class OwnershipPage implements Serializable {

    @Inject
    CaseOwnerships ownerships;

    private Long id;
    private OwnershipView ownership;
    private String progress;
    private String milestoneTitle;
    private LocalDate milestoneDue;
    private String milestoneNote;
    private boolean resolved = true;
    private String endNote;
    private LocalDate endedOn;

    public void load() {
        if (ownership == null && id != null) {
            ownership = Messages.call("ownershipForm", () -> ownerships.get(id));
        }
    }

    private void act(Supplier<OwnershipView> action, String doneKey) {
        OwnershipView o = Messages.call("actionsForm", action);
        if (o != null) {
            ownership = o;
            progress = null;
            milestoneTitle = null;
            milestoneDue = null;
            milestoneNote = null;
            endNote = null;
            Messages.info(doneKey);
        }
    }

    public void report() {
        act(() -> ownerships.report(id, progress, ownership.version()), "accountability2.ownership.reported");
    }

    public void addMilestone() {
        act(() -> ownerships.addMilestone(id, milestoneTitle, milestoneDue, ownership.version()), "accountability2.milestone.added");
    }

    public void complete(long milestoneId) {
        act(() -> ownerships.completeMilestone(id, milestoneId, milestoneNote, ownership.version()),
                "accountability2.milestone.completed");
    }

    public void end() {
        act(() -> ownerships.end(id, resolved, endNote, endedOn, ownership.version()), "accountability2.ownership.ended");
    }

    private static boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public boolean isActive() {
        return ownership != null && ownership.status() == OwnershipStatus.ACTIVE;
    }

    public boolean isMayEnd() {
        return isActive() && (role("officer") || role("county_leader") || role("unit_leader"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OwnershipView getOwnership() {
        return ownership;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public String getMilestoneNote() {
        return milestoneNote;
    }

    public void setMilestoneNote(String milestoneNote) {
        this.milestoneNote = milestoneNote;
    }

    public boolean isResolved() {
        return resolved;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
