package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.boundary.AppraisalRuns;
import cn.xinfang.petition.appraisal.boundary.Appraisals;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.IndicatorView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.UnitView;
import cn.xinfang.petition.appraisal.entity.EmptyPolicy;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.SamplePolicy;
import cn.xinfang.petition.appraisal.entity.Scoring;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheme editor (appraisal office): the items as an editable table saved as a new version
 * with a note, the earlier versions, the inspection scores and counted events per unit, and the
 * runs (start one; open its ranking). Others read it.
 */
@Named
@ViewScoped
public class SchemePage implements Serializable {

    @Inject
    Appraisals appraisals;

    @Inject
    AppraisalRuns runs;

    private Long id;
    private SchemeView scheme;
    private List<ItemRow> rows;
    private String note;
    private List<IndicatorView> indicators;
    private List<UnitView> units;
    private List<RunView> runList;
    private LocalDate from;
    private LocalDate to;
    private LocalDate cutOff;
    private Long entryUnit;
    private String entryItem;
    private BigDecimal entryScore;
    private Long entryEvents;
    private String entryComment;
    private String entryEvidence;

    public void load() {
        if (scheme == null && id != null) {
            show(Messages.call("schemeForm", () -> appraisals.scheme(id)));
        }
    }

    private void show(SchemeView s) {
        if (s == null) {
            return;
        }
        scheme = s;
        rows = new ArrayList<>(s.items().stream().map(ItemRow::new).toList());
        indicators = appraisals.indicators();
        units = appraisals.units(s.id());
        runList = runs.runs(s.id());
        if (from == null) {
            from = LocalDate.of(s.year(), 1, 1);
            to = LocalDate.of(s.year(), 12, 31);
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            if (to.isAfter(today.minusDays(1))) {
                to = today.minusDays(1);
            }
            cutOff = to;
        }
    }

    public boolean isEditable() {
        return scheme != null && scheme.status().name().equals("DRAFT")
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.APPRAISER);
    }

    public void addRow() {
        ItemRow r = new ItemRow();
        r.setCode("N" + (rows.size() + 1));
        rows.add(r);
    }

    public void removeRow(ItemRow r) {
        rows.remove(r);
    }

    public void save() {
        List<ItemForm> items = rows.stream().map(ItemRow::form).toList();
        SchemeView s = Messages.call("schemeForm", () -> appraisals.revise(id, scheme.lockVersion(), items, note));
        if (s != null) {
            note = null;
            show(s);
            Messages.info("appraisal.saved", s.version());
        }
    }

    public void enter() {
        if (Messages.call("entryForm", () -> appraisals.enter(id, entryUnit == null ? -1 : entryUnit, entryItem, entryScore, entryEvents,
                entryComment, entryEvidence)) != null) {
            entryScore = null;
            entryEvents = null;
            entryComment = null;
            entryEvidence = null;
            Messages.info("appraisal.entered");
        }
    }

    public List<Appraisals.EntryView> getEntries() {
        return scheme == null ? List.of() : appraisals.entries(id);
    }

    public void start() throws IOException {
        RunView r = Messages.call("runForm", () -> runs.start(id, from, to, cutOff));
        if (r != null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/appraisal/run.xhtml?id=" + r.id());
        }
    }

    /** The items the appraiser enters: inspection items and items counted by hand. */
    public List<ItemForm> getEnteredItems() {
        return scheme == null ? List.of() : scheme.items().stream()
                .filter(f -> f.kind() == ItemKind.INSPECTION || f.indicators().contains("manual")).toList();
    }

    public String unitName(long unitId) {
        return units.stream().filter(u -> u.id() == unitId).map(UnitView::name).findFirst().orElse(String.valueOf(unitId));
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    public Scoring[] getScorings() {
        return Scoring.values();
    }

    public SamplePolicy[] getSamplePolicies() {
        return SamplePolicy.values();
    }

    public EmptyPolicy[] getEmptyPolicies() {
        return EmptyPolicy.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SchemeView getScheme() { return scheme; }
    public List<ItemRow> getRows() { return rows; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<IndicatorView> getIndicators() { return indicators; }
    public List<UnitView> getUnits() { return units; }
    public List<RunView> getRunList() { return runList; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public LocalDate getCutOff() { return cutOff; }
    public void setCutOff(LocalDate cutOff) { this.cutOff = cutOff; }
    public Long getEntryUnit() { return entryUnit; }
    public void setEntryUnit(Long entryUnit) { this.entryUnit = entryUnit; }
    public String getEntryItem() { return entryItem; }
    public void setEntryItem(String entryItem) { this.entryItem = entryItem; }
    public BigDecimal getEntryScore() { return entryScore; }
    public void setEntryScore(BigDecimal entryScore) { this.entryScore = entryScore; }
    public Long getEntryEvents() { return entryEvents; }
    public void setEntryEvents(Long entryEvents) { this.entryEvents = entryEvents; }
    public String getEntryComment() { return entryComment; }
    public void setEntryComment(String entryComment) { this.entryComment = entryComment; }
    public String getEntryEvidence() { return entryEvidence; }
    public void setEntryEvidence(String entryEvidence) { this.entryEvidence = entryEvidence; }
}
