package cn.xinfang.petition.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the product's strings (zh_CN by default, en) for the current view's locale. */
public final class Bundle {

    public static final String NAME = "cn.xinfang.petition.web.i18n.messages";

    private Bundle() {
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    /** The session's language (LocaleSettings), which is what every page renders in. */
    public static Locale currentLocale() {
        try {
            return CDI.current().select(LocaleSettings.class).get().getLocale();
        } catch (RuntimeException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            return fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : LocaleSettings.DEFAULT;
        }
    }

    /** An enum constant in the user's language: key "matterState.HANDLING" for MatterState.HANDLING, say. */
    public static String label(Enum<?> constant) {
        return label(currentLocale(), constant);
    }

    public static String label(Locale locale, Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
        String text = text(locale, key);
        if (text.equals(key) && "MatterAction".equals(type)) {
            // actions are labelled like the timeline events they leave
            text = text(locale, "event." + constant.name());
        }
        return text.startsWith("event.") || text.equals(key) ? constant.name() : text;
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(NAME, locale, Bundle.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
