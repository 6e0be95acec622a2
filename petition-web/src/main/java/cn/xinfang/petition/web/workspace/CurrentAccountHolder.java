package cn.xinfang.petition.web.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Lets the servlet filter read the session's account without a FacesContext. */
@ApplicationScoped
public class CurrentAccountHolder {

    @Inject
    CurrentAccount currentAccount;

    boolean mustChangePassword() {
        return currentAccount.isMustChangePassword();
    }
}
