package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.casehandling.boundary.LedgerImport;
import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerReport;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * 系统管理 → 历史数据导入: the administrator uploads the old ledger; the dry run shows per row what
 * will be created and every problem; once it has none, 正式导入 brings in the same file, all or
 * nothing.
 */
@Named
@ViewScoped
public class LedgerImportPage implements Serializable {

    static final String FORM = "ledgerForm";

    @Inject
    LedgerImport imports;

    private transient Part file;
    /** The file the last dry run read, imported by {@link #run()}. */
    private Ledger checked;
    private LedgerReport report;
    private List<LedgerReport.Problem> fileProblems = List.of();

    /** 试导入: reads the chosen file and reports what it would create. */
    public void check() throws IOException {
        checked = null;
        report = null;
        fileProblems = List.of();
        String field = FORM + ":file";
        if (file == null || file.getSize() == 0) {
            Messages.error(field, Bundle.text("statistics2.ledger.error.noFile"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (file.getSize() > LedgerFiles.MAX_BYTES) {
            Messages.error(field, Bundle.text("statistics2.ledger.error.tooLarge", LedgerFiles.MAX_BYTES / 1024 / 1024));
            FacesContext.getCurrentInstance().validationFailed();
            file.delete();
            return;
        }
        byte[] data;
        try (InputStream in = file.getInputStream()) {
            data = in.readAllBytes();
        } finally {
            file.delete();
        }
        String name = file.getSubmittedFileName();
        file = null;
        Ledger ledger;
        try {
            ledger = LedgerFiles.read(name, data);
        } catch (LedgerFiles.Unreadable e) {
            fileProblems = e.problems();
            return;
        }
        report = Messages.call(FORM, () -> imports.check(ledger));
        if (report != null && !report.hasProblems() && report.count(LedgerReport.Status.NEW) > 0) {
            checked = ledger;
        }
    }

    /** 正式导入 of the file the dry run found without problems. */
    public void run() {
        if (checked == null) {
            return;
        }
        Ledger ledger = checked;
        LedgerReport r = Messages.call(FORM, () -> imports.run(ledger));
        if (r != null) {
            report = r;
            checked = null;
            if (r.committed()) {
                Messages.info("statistics2.ledger.imported", r.count(LedgerReport.Status.NEW),
                        r.count(LedgerReport.Status.EXISTS));
            }
        }
    }

    public String problemText(LedgerReport.Problem p) {
        return LedgerMessages.text(Bundle.currentLocale(), p);
    }

    public String columnText(String key) {
        return LedgerMessages.column(Bundle.currentLocale(), key);
    }

    public String statusText(LedgerReport.Row r) {
        return Bundle.text("statistics2.ledger.status." + r.status().name());
    }

    public String outcomeText(String code) {
        return code == null ? Bundle.text("statistics2.ledger.undecided")
                : Bundle.text("statistics2.ledger.outcome." + code);
    }

    public long count(String status) {
        return report == null ? 0 : report.count(LedgerReport.Status.valueOf(status));
    }

    public boolean isMayRun() {
        return checked != null;
    }

    public int getMaxRows() {
        return imports.maxRows();
    }

    public int getMaxMegabytes() {
        return LedgerFiles.MAX_BYTES / 1024 / 1024;
    }

    public LedgerReport getReport() {
        return report;
    }

    public List<LedgerReport.Problem> getFileProblems() {
        return fileProblems;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
