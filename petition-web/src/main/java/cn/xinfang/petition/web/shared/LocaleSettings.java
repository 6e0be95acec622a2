package cn.xinfang.petition.web.shared;

import cn.xinfang.petition.organization.boundary.Accounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;

/** The language of the session: Chinese unless the user chose English (kept with the account). */
@Named
@SessionScoped
public class LocaleSettings implements Serializable {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = DEFAULT;

    @Inject
    Accounts accounts;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    /** Applies the language stored with the account, after login. */
    public void apply(String stored) {
        locale = "en".equals(stored) ? Locale.ENGLISH : DEFAULT;
    }

    /** Switches the language and reloads the current page; remembered for the account when signed in. */
    public void switchTo(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : DEFAULT;
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc.getExternalContext().getUserPrincipal() != null) {
            accounts.preferLocale("en".equals(language) ? "en" : "zh_CN");
        }
        fc.getViewRoot().setLocale(locale);
        // The link posts back to the page without its GET parameters (a matter's id). A page shown
        // by a GET sends its query string along; one shown after a form was posted has none, and
        // the page's view parameters (f:viewParam, kept in the view's state) name it again.
        String query = fc.getExternalContext().getRequestParameterMap().get("returnQuery");
        if (query != null && !query.isBlank() && !"null".equals(query) && query.indexOf('\n') < 0 && query.indexOf('\r') < 0) {
            String uri = ((HttpServletRequest) fc.getExternalContext().getRequest()).getRequestURI();
            fc.getExternalContext().redirect(uri + "?" + query);
        } else {
            fc.getApplication().getNavigationHandler().handleNavigation(fc, null,
                    fc.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true");
        }
    }
}
