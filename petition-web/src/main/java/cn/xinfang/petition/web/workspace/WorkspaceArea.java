package cn.xinfang.petition.web.workspace;

import cn.xinfang.petition.shared.boundary.Roles;

import java.util.Set;

/**
 * The feature areas of the workspace menu and who may open them. web.xml protects the same URL
 * prefixes with the same roles; the EJBs behind each area carry their own role checks.
 */
public enum WorkspaceArea {
    CASES("cases", "pi pi-inbox", Set.of(Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER)),
    RECEPTION("reception", "pi pi-users", Set.of(Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER)),
    ACCOUNTABILITY("accountability", "pi pi-flag", Set.of(Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER)),
    APPRAISAL("appraisal", "pi pi-star", Set.of(Roles.APPRAISER, Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK, Roles.COUNTY_LEADER)),
    STATISTICS("statistics", "pi pi-chart-bar", Set.of(Roles.OFFICER, Roles.APPRAISER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER)),
    ADMIN("admin", "pi pi-cog", Set.of(Roles.ADMIN));

    private final String path;
    private final String icon;
    private final Set<String> roles;

    WorkspaceArea(String path, String icon, Set<String> roles) {
        this.path = path;
        this.icon = icon;
        this.roles = roles;
    }

    public String getPath() {
        return path;
    }

    public String getIcon() {
        return icon;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public String getLabelKey() {
        return "area." + path;
    }

    public String getHomePage() {
        return "/" + path + "/index.xhtml";
    }
}
