package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.organization.boundary.ApiTokenView;
import cn.xinfang.petition.organization.boundary.ApiTokens;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 系统管理 → API 令牌: issue a token for a machine client's account (shown once), list them with their last use, revoke. */
@Named
@ViewScoped
public class TokenAdmin implements Serializable {

    static final String FORM = "tokenForm";

    @Inject
    ApiTokens tokens;

    private List<ApiTokenView> list;
    private String name;
    private String username;
    private List<Role> roles;
    private String issued;

    @PostConstruct
    void load() {
        list = Messages.call(null, tokens::list);
    }

    public void issue() {
        Set<Role> r = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        ApiTokens.Issued done = Messages.call(FORM, () -> tokens.issue(name, username, r));
        if (done != null) {
            issued = done.token();
            name = null;
            username = null;
            roles = null;
            Messages.info("token.issued");
            load();
        }
    }

    public void revoke(long id) {
        if (Messages.call(null, () -> tokens.revoke(id)) != null) {
            Messages.info("token.revoked");
            load();
        }
    }

    /** The roles a token may carry (not the administrator's). */
    public List<Role> getGrantableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList();
    }

    public List<ApiTokenView> getList() {
        return list;
    }

    public String getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
