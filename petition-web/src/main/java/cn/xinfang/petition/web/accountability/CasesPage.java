package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.accountability.entity.CaseFilter;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * /accountability/cases.xhtml: 责任追究 — the accountability cases the caller may see (a unit only its
 * own), the bureau's form to open one on a matter (by number) on a ground of the regulation's list,
 * and the overdue rule run by hand (it runs daily on its own and only proposes).
 */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    @Inject
    AccountabilityCases cases;

    @Inject
    Petitions petitions;

    private CaseStatus status;
    private List<CaseView> list;
    private String matterNumber;
    private CaseGround ground = CaseGround.MISSED_DEADLINE;
    private String facts;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        list = Messages.call(null, () -> cases.list(new CaseFilter(status, null, null, null, null), 0, 500));
    }

    public String open() {
        Long matter = matterNumber == null ? null : petitions.idOfNumber(matterNumber.strip()).orElse(null);
        if (matter == null) {
            Messages.show("openForm", BusinessException.onField("matterNumber", "acc.error.matterNumber"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        CaseView c = Messages.call("openForm", () -> cases.open(matter, ground, facts));
        return c == null ? null : "/accountability/case?faces-redirect=true&id=" + c.id();
    }

    public void propose() {
        Integer n = Messages.call(null, cases::proposeNow);
        if (n != null) {
            Messages.info("accountability2.cases.proposed", n);
            search();
        }
    }

    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("officer");
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseGround[] getGrounds() {
        return CaseGround.values();
    }

    public List<CaseView> getList() {
        return list;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public void setMatterNumber(String matterNumber) {
        this.matterNumber = matterNumber;
    }

    public CaseGround getGround() {
        return ground;
    }

    public void setGround(CaseGround ground) {
        this.ground = ground;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }
}
