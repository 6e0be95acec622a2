package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
import cn.xinfang.petition.appraisal.boundary.Objections;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ObjectionView;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One unit's breakdown item by item, every point with the records behind it; a figure opens the
 * matters behind it (the same condition as the figure, so the list counts what the line says).
 * Without a run and unit it is the caller's own unit's 自查 of the year.
 */
@Named
@ViewScoped
public class UnitResultPage implements Serializable {

    @Inject
    AppraisalRuns runs;

    @Inject
    Objections objections;

    private Long run;
    private Long unit;
    private String figure;
    private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private Breakdown breakdown;
    private List<MatterSummary> matters;
    private long matterCount;

    public void load() {
        if (breakdown != null) {
            return;
        }
        if (run != null && unit != null) {
            breakdown = Messages.call("unitForm", () -> runs.breakdown(run, unit));
        } else {
            List<Breakdown> mine = Messages.call("unitForm", () -> runs.mine(year));
            breakdown = mine == null || mine.isEmpty() ? null : mine.get(0);
        }
        if (breakdown != null && figure != null) {
            long r = breakdown.run().id();
            long u = breakdown.result().unitId();
            matters = Messages.call("unitForm", () -> runs.matters(r, u, figure, 0, 200));
            matterCount = matters == null ? 0 : runs.countMatters(r, u, figure);
        }
    }

    private List<ObjectionView> objectionList;
    private String objectionItem;
    private String objectionReason;
    private String objectionEvidence;
    private BigDecimal decisionScore;
    private String decisionReason;

    /** The unit's objections in this run (who filed, why, the decision with who and why). */
    public List<ObjectionView> getObjections() {
        if (objectionList == null && breakdown != null) {
            long u = breakdown.result().unitId();
            objectionList = objections.list(breakdown.run().id()).stream().filter(o -> o.unitId() == u).toList();
        }
        return objectionList == null ? List.of() : objectionList;
    }

    private boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public boolean isMayObject() {
        return breakdown != null && breakdown.run().stage().name().equals("PROVISIONAL")
                && (role(Roles.UNIT_CLERK) || role(Roles.UNIT_LEADER));
    }

    public boolean isMayDecide() {
        return breakdown != null && breakdown.run().stage().name().equals("PROVISIONAL") && role(Roles.APPRAISER);
    }

    public void object() {
        if (Messages.call("objectionForm", () -> objections.file(breakdown.run().id(), objectionItem, objectionReason, objectionEvidence)) != null) {
            objectionReason = null;
            objectionEvidence = null;
            objectionList = null;
            Messages.info("appraisal.objection.filed");
        }
    }

    public void decide(ObjectionView o, boolean accept) {
        if (Messages.call("decisionForm", () -> objections.decide(o.id(), accept, decisionScore, decisionReason, o.version())) != null) {
            decisionScore = null;
            decisionReason = null;
            objectionList = null;
            long r = breakdown.run().id();
            long u = breakdown.result().unitId();
            breakdown = runs.breakdown(r, u);
            Messages.info(accept ? "appraisal.objection.accepted" : "appraisal.objection.rejected");
        }
    }

    public String getObjectionItem() { return objectionItem; }
    public void setObjectionItem(String objectionItem) { this.objectionItem = objectionItem; }
    public String getObjectionReason() { return objectionReason; }
    public void setObjectionReason(String objectionReason) { this.objectionReason = objectionReason; }
    public String getObjectionEvidence() { return objectionEvidence; }
    public void setObjectionEvidence(String objectionEvidence) { this.objectionEvidence = objectionEvidence; }
    public BigDecimal getDecisionScore() { return decisionScore; }
    public void setDecisionScore(BigDecimal decisionScore) { this.decisionScore = decisionScore; }
    public String getDecisionReason() { return decisionReason; }
    public void setDecisionReason(String decisionReason) { this.decisionReason = decisionReason; }

    public Long getRun() { return run; }
    public void setRun(Long run) { this.run = run; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public String getFigure() { return figure; }
    public void setFigure(String figure) { this.figure = figure; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public Breakdown getBreakdown() { return breakdown; }
    public List<MatterSummary> getMatters() { return matters; }
    public long getMatterCount() { return matterCount; }
}
