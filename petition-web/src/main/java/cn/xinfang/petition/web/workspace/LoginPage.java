package cn.xinfang.petition.web.workspace;

import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.organization.boundary.LoginState;
import cn.xinfang.petition.organization.boundary.MyAccount;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.LocaleSettings;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The login form. The container (Elytron jdbc-realm) checks the password through
 * {@link HttpServletRequest#login}; this page adds what the realm cannot: telling a locked or
 * disabled user why, and counting failures towards the lockout.
 */
@Named
@RequestScoped
public class LoginPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);

    @NotBlank
    @Size(max = 32)
    private String username;

    @NotBlank
    @Size(max = 64)
    private String password;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    LocaleSettings localeSettings;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String name = username.strip().toLowerCase(Locale.ROOT);

        LoginState state = accounts.loginState(name);
        if (refused(state)) {
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            if (!refused(accounts.recordFailedLogin(name))) {
                Messages.error(null, Bundle.text("login.failed"));
            }
            fc.validationFailed();
            return;
        }
        request.changeSessionId();
        MyAccount me = accounts.recordSuccessfulLogin();
        currentAccount.set(me);
        localeSettings.apply(me.locale());
        ec.redirect(ec.getRequestContextPath() + (me.mustChangePassword() ? "/account/password.xhtml" : "/index.xhtml"));
    }

    private boolean refused(LoginState state) {
        switch (state.status()) {
            case LOCKED -> Messages.error(null, Bundle.text("login.locked", TIME.format(state.lockedUntil())));
            case DISABLED -> Messages.error(null, Bundle.text("login.disabled"));
            default -> {
                return false;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    /** The hint about demo accounts appears only on a demonstration server. */
    public boolean isDemo() {
        return Boolean.getBoolean("petition.demo");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
