package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
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
