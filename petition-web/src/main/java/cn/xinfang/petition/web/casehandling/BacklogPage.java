package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** /cases/backlog.xhtml: 积案, flagged by hand or by the configured rules, oldest first, paged in the database. */
@Named
@ViewScoped
public class BacklogPage implements Serializable {

    @Inject
    Appeals appeals;

    private LazyDataModel<MatterSummary> model;
    private Appeals.BacklogRule rule;

    @PostConstruct
    void init() {
        rule = appeals.backlogRule();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) appeals.backlogCount();
            }

            @Override
            public List<MatterSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return appeals.backlog(first, pageSize);
            }

            @Override
            public String getRowKey(MatterSummary m) {
                return String.valueOf(m.id());
            }
        };
    }

    public LazyDataModel<MatterSummary> getModel() {
        return model;
    }

    public int getOpenDays() {
        return rule.openDays();
    }

    public int getRepeats() {
        return rule.repeats();
    }
}
