package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.boundary.Appraisals;
import cn.xinfang.petition.appraisal.control.SchemeTemplates;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
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
import java.time.ZoneId;
import java.util.List;

/** 年终考核's first page: the county's schemes; the appraisal office starts a new one or copies last year's. */
@Named
@ViewScoped
public class AppraisalHome implements Serializable {

    @Inject
    Appraisals appraisals;

    private List<SchemeView> schemes;
    private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private UnitGroup group = UnitGroup.TOWNSHIP;

    public List<SchemeView> getSchemes() {
        if (schemes == null) {
            schemes = Messages.call("homeForm", () -> appraisals.schemes());
        }
        return schemes;
    }

    public boolean isAppraiser() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.APPRAISER);
    }

    public boolean isCountyWide() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return isAppraiser() || fc.getExternalContext().isUserInRole(Roles.OFFICER) || fc.getExternalContext().isUserInRole(Roles.COUNTY_LEADER);
    }

    /** A new draft from the 达川-shaped template. */
    public void create() throws IOException {
        SchemeView s = Messages.call("homeForm", () -> appraisals.create(year, group, new BigDecimal("10"), 7, SchemeTemplates.dachuan()));
        open(s);
    }

    public void copy(SchemeView from) throws IOException {
        open(Messages.call("homeForm", () -> appraisals.copy(from.id(), from.year() + 1)));
    }

    private static void open(SchemeView s) throws IOException {
        if (s != null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().getFlash().setKeepMessages(true);
            fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/appraisal/scheme.xhtml?id=" + s.id());
        }
    }

    public UnitGroup[] getGroups() {
        return UnitGroup.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public UnitGroup getGroup() {
        return group;
    }

    public void setGroup(UnitGroup group) {
        this.group = group;
    }
}
