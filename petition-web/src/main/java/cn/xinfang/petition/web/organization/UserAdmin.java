package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.boundary.UserForm;
import cn.xinfang.petition.organization.boundary.UserView;
import cn.xinfang.petition.organization.boundary.Users;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** 系统管理 → 用户管理: a lazily paged list of accounts and the actions on them. */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    @Inject
    Users users;

    @Inject
    Units units;

    private String text;
    private Long unitFilter;
    private List<UnitView> unitChoices;
    private LazyDataModel<UserView> model;

    // dialog
    private Long editingId;
    private long editingVersion;
    private String username;
    private String displayName;
    private Long unitId;
    private List<Role> roles;
    private String password;
    private UserView target;

    @PostConstruct
    void init() {
        unitChoices = units.directory().stream().filter(UnitView::active).toList();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) users.count(text, unitFilter);
            }

            @Override
            public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return users.page(text, unitFilter, first, pageSize);
            }

            @Override
            public String getRowKey(UserView u) {
                return String.valueOf(u.id());
            }

            @Override
            public UserView getRowData(String rowKey) {
                return users.get(Long.parseLong(rowKey));
            }
        };
    }

    public void startCreate() {
        editingId = null;
        username = displayName = password = null;
        unitId = null;
        roles = new ArrayList<>();
    }

    public void startEdit(UserView u) {
        editingId = u.id();
        editingVersion = u.version();
        username = u.username();
        displayName = u.displayName();
        unitId = u.unitId();
        roles = new ArrayList<>(u.roles());
        password = null;
    }

    public void save() {
        UserForm form = new UserForm(username, displayName, unitId,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), password);
        UserView saved = Messages.call("userDialogForm", () -> editingId == null
                ? users.create(form) : users.update(editingId, form, editingVersion));
        if (saved != null) {
            Messages.info("user.saved", saved.username());
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public void startReset(UserView u) {
        target = u;
        password = null;
    }

    public void resetPassword() {
        if (target == null) {
            // the dialog opens from a row of the list; a post without one names nobody
            Messages.error(null, Bundle.text("error.noSelection"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        UserView saved = Messages.call("resetDialogForm", () -> users.resetPassword(target.id(), password, target.version()));
        if (saved != null) {
            Messages.info("user.passwordReset", saved.username());
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        }
        password = null;
    }

    public void disable(UserView u) {
        if (Messages.run(null, () -> users.disable(u.id(), u.version()))) {
            Messages.info("user.disabled", u.username());
        }
    }

    public void enable(UserView u) {
        if (Messages.run(null, () -> users.enable(u.id(), u.version()))) {
            Messages.info("user.enabled.done", u.username());
        }
    }

    public void unlock(UserView u) {
        if (Messages.run(null, () -> users.unlock(u.id(), u.version()))) {
            Messages.info("user.unlocked", u.username());
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<UserView> getModel() {
        return model;
    }

    public List<UnitView> getUnitChoices() {
        return unitChoices;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getUnitFilter() {
        return unitFilter;
    }

    public void setUnitFilter(Long unitFilter) {
        this.unitFilter = unitFilter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public UserView getTarget() {
        return target;
    }
}
