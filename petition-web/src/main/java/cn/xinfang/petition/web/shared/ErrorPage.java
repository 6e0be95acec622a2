package cn.xinfang.petition.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.regex.Pattern;

/** The error page shows the incident id it was given, and nothing that merely looks like one. */
@Named
@RequestScoped
public class ErrorPage {

    private static final Pattern ID = Pattern.compile("[0-9A-F]{10}");

    public String getIncident() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        Object attr = ec.getRequestMap().get(Incidents.ATTRIBUTE);
        String id = attr != null ? attr.toString() : ec.getRequestParameterMap().get("incident");
        return id != null && ID.matcher(id).matches() ? id : "—";
    }
}
