package cn.xinfang.petition.web.workspace;

import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.MyAccount;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import cn.xinfang.petition.web.shared.Bundle;

/** The signed-in user as the workspace shows it: header, menu areas, forced password change. */
@Named
@SessionScoped
public class CurrentAccount implements Serializable {

    @Inject
    Accounts accounts;

    private MyAccount account;

    public void set(MyAccount account) {
        this.account = account;
    }

    public void clear() {
        this.account = null;
    }

    public MyAccount get() {
        if (account == null && request().getUserPrincipal() != null) {
            account = accounts.me();
        }
        return account;
    }

    public boolean isSignedIn() {
        return get() != null;
    }

    public boolean isMustChangePassword() {
        return account != null && account.mustChangePassword();
    }

    public void passwordChanged() {
        account = accounts.me();
    }

    public String getRoleNames() {
        MyAccount a = get();
        if (a == null) {
            return "";
        }
        return a.roles().stream().map(r -> Bundle.text("role." + r.roleName()))
                .collect(Collectors.joining("、"));
    }

    public boolean has(String roleName) {
        return request().isUserInRole(roleName);
    }

    /** The menu areas this user may open, in menu order. */
    public List<WorkspaceArea> getAreas() {
        HttpServletRequest req = request();
        return Arrays.stream(WorkspaceArea.values())
                .filter(a -> a.getRoles().stream().anyMatch(req::isUserInRole))
                .toList();
    }

    public boolean may(WorkspaceArea area) {
        return area.getRoles().stream().anyMatch(request()::isUserInRole);
    }

    /** For the menu: whether the area with this path ("cases", "admin", …) is open to the user. */
    public boolean mayOpen(String path) {
        return Arrays.stream(WorkspaceArea.values()).filter(a -> a.getPath().equals(path)).anyMatch(this::may);
    }

    public boolean isAdmin() {
        MyAccount a = get();
        return a != null && a.roles().contains(Role.ADMIN);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
