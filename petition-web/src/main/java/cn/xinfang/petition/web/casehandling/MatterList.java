package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Messages;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.CoInboxRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import cn.xinfang.petition.casehandling.boundary.Handling;
import jakarta.faces.context.FacesContext;

/** 信访事项: the searchable list of the matters the caller may see, paged in the database. */
@Named
@ViewScoped
public class MatterList implements Serializable {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Units units;

    private List<MatterSummary> inbox;

    private String text;
    private String channelCode;
    private MatterKind kind;
    private MatterState state;
    private LocalDate from;
    private LocalDate to;
    private DueClock overdue;
    private Long unitId;
    private List<UnitView> unitChoices;
    private boolean evaluationOverdueOnly;
    private List<ChoiceView> channels;
    private LazyDataModel<MatterSummary> model;

    /** The statistics figure whose matters the list shows (the drill-down of 统计报表), or null. */
    private FigureCriteria figure;

    @PostConstruct
    void init() {
        figure = drillDown(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        channels = petitions.searchChannels();
        unitChoices = units.directory();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                try {
                    return (int) petitions.count(filter());
                } catch (BusinessException e) {
                    // a drill-down link naming an unknown unit or slice: said, and the list is empty
                    Messages.show(null, e);
                    figure = null;
                    return 0;
                }
            }

            @Override
            public List<MatterSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return petitions.search(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(MatterSummary m) {
                return String.valueOf(m.id());
            }
        };
    }

    private MatterFilter filter() {
        return new MatterFilter(text, channelCode, kind, null, state, from, to, false, evaluationOverdueOnly, unitId, overdue,
                figure);
    }

    /**
     * {@code ?figure=KEY&from=…&to=…&asOf=…[&slice=…][&unit=ID]}: the matters behind a figure. A
     * link that does not parse shows the message and the list without it.
     */
    private FigureCriteria drillDown(Map<String, String> p) {
        String key = p.get("figure");
        if (key == null || key.isBlank()) {
            return null;
        }
        if (Figure.ofKey(key.strip()).filter(f -> !f.isRate() && !f.isReception()).isEmpty()) {
            Messages.error(null, Bundle.text("error.statistics.figure"));
            return null;
        }
        try {
            FigureCriteria f = new FigureCriteria(key.strip(), LocalDate.parse(p.get("from")), LocalDate.parse(p.get("to")),
                    LocalDate.parse(p.get("asOf")), p.get("slice"));
            String unit = p.get("unit");
            if (unit != null && !unit.isBlank()) {
                unitId = Long.valueOf(unit.strip());
            }
            return f;
        } catch (RuntimeException e) {
            Messages.error(null, Bundle.text("error.statistics.figure"));
            return null;
        }
    }

    /** How many matters the list holds with its criteria (the drill-down says it beside the figure). */
    public long getTotal() {
        try {
            return petitions.count(filter());
        } catch (BusinessException e) {
            return 0;
        }
    }

    /** The slice of the drill-down as the user reads it: the channel's, category's or unit's name. */
    public String getFigureSliceName() {
        if (figure == null || figure.slice() == null) {
            return "";
        }
        List<String> names = new java.util.ArrayList<>();
        for (String part : figure.slice().split(",")) {
            // a channel group is named by the bundle, the rest by their code tables
            names.add(part.startsWith("group:") ? Bundle.text("channelGroup." + part.substring(6)) : petitions.sliceName(part));
        }
        return String.join("，", names);
    }

    public FigureCriteria getFigure() {
        return figure;
    }

    /** The list without the figure: every matter again. */
    public void clearFigure() {
        figure = null;
    }

    /** 本单位待办 for unit staff: the open matters their unit handles, most urgent first. */
    public List<MatterSummary> getInbox() {
        if (inbox == null) {
            var request = FacesContext.getCurrentInstance().getExternalContext();
            inbox = request.isUserInRole("unit_clerk") || request.isUserInRole("unit_leader") ? handling.inbox(0, 50) : List.of();
        }
        return inbox;
    }

    /** 协办待办: the matters the unit is asked to contribute to. */
    public List<CoInboxRow> getCoInbox() {
        if (coInbox == null) {
            var request = FacesContext.getCurrentInstance().getExternalContext();
            coInbox = request.isUserInRole("unit_clerk") || request.isUserInRole("unit_leader") ? handling.coInbox(0, 50) : List.of();
        }
        return coInbox;
    }

    private List<CoInboxRow> coInbox;

    /** A text search that reached the cap: the list ranks the newest {@link Petitions#TEXT_SEARCH_CAP} matches only. */
    public boolean isCapped() {
        return text != null && !text.isBlank() && model.getRowCount() >= Petitions.TEXT_SEARCH_CAP;
    }

    public int getTextSearchCap() {
        return Petitions.TEXT_SEARCH_CAP;
    }

    public LazyDataModel<MatterSummary> getModel() {
        return model;
    }

    public List<ChoiceView> getChannels() {
        return channels;
    }

    public MatterKind[] getKinds() {
        return MatterKind.values();
    }

    public MatterState[] getStates() {
        return MatterState.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    public MatterKind getKind() {
        return kind;
    }

    public void setKind(MatterKind kind) {
        this.kind = kind;
    }

    public MatterState getState() {
        return state;
    }

    public void setState(MatterState state) {
        this.state = state;
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

    public DueClock[] getClocks() {
        return DueClock.values();
    }

    public DueClock getOverdue() {
        return overdue;
    }

    public void setOverdue(DueClock overdue) {
        this.overdue = overdue;
    }

    public List<UnitView> getUnitChoices() {
        return unitChoices;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isEvaluationOverdueOnly() {
        return evaluationOverdueOnly;
    }

    public void setEvaluationOverdueOnly(boolean evaluationOverdueOnly) {
        this.evaluationOverdueOnly = evaluationOverdueOnly;
    }
}
