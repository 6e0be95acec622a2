package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/** A run: its progress while it computes (polled), then the ranking; the appraisal office publishes it. */
@Named
@ViewScoped
public class RunPage implements Serializable {

    @Inject
    AppraisalRuns runs;

    @Inject
    cn.xinfang.petition.appraisal.boundary.Objections objections;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Printing printing;

    private Long id;
    private RunView run;
    private List<ResultView> results;

    public void load() {
        if (run == null && id != null) {
            refresh();
        }
    }

    public void refresh() {
        run = Messages.call("runForm", () -> runs.run(id));
        results = run != null && run.status() == RunStatus.DONE ? runs.results(id) : List.of();
    }

    public boolean isRunning() {
        return run != null && (run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING);
    }

    public boolean isMayPublish() {
        return run != null && run.status() == RunStatus.DONE && !run.stage().name().equals("PUBLISHED")
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.APPRAISER);
    }

    public void publish() {
        RunView r = Messages.call("runForm", () -> runs.publish(id, run.lockVersion()));
        if (r != null) {
            refresh();
            Messages.info("appraisal.publishedDone");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    /** The results as .xlsx, the same workbook as GET /api/appraisal/runs/{id}/results.xlsx. */
    public StreamedContent getXlsx() {
        long runId = id;
        return DefaultStreamedContent.builder().name("appraisal-" + run.year() + "-" + runId + ".xlsx").contentType(ResultWorkbook.XLSX)
                .stream(() -> {
                    List<ResultView> ranking = runs.results(runId);
                    return new ByteArrayInputStream(new ResultWorkbook().xlsx(runs.run(runId), ranking,
                            ranking.stream().map(r -> runs.breakdown(runId, r.unitId())).toList()));
                }).build();
    }

    /** The 考核结果通报 as PDF, the same document as GET /api/appraisal/runs/{id}/report.pdf. */
    public StreamedContent getPdf() {
        long runId = id;
        return DefaultStreamedContent.builder().name("appraisal-" + run.year() + "-" + runId + ".pdf").contentType(ResultReport.PDF)
                .stream(() -> {
                    List<ResultView> ranking = runs.results(runId);
                    return new ByteArrayInputStream(new ResultReport().pdf(printing, runs.run(runId), ranking,
                            ranking.stream().map(r -> runs.breakdown(runId, r.unitId())).toList(), objections.list(runId)));
                }).build();
    }

    public RunView getRun() { return run; }
    public List<ResultView> getResults() { return results; }
}
