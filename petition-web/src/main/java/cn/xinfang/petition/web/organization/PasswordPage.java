package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.organization.boundary.Accounts;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Messages;
import cn.xinfang.petition.web.workspace.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 修改密码: the user's own password, required after an administrator's reset. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount currentAccount;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void change() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Messages.error("passwordForm:repeatPassword", Bundle.text("error.password.repeat"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (Messages.run("passwordForm", () -> accounts.changePassword(currentPassword, newPassword))) {
            currentAccount.passwordChanged();
            Messages.info("password.changed");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
