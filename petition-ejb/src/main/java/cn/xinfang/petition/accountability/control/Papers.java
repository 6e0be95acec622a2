package cn.xinfang.petition.accountability.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of accountability's printed documents (the 督办单 and the 责任追究决定 / 通报), from the
 * bundle {@code accountability/control/Papers*.properties} (keys {@code accountability3.paper.*}).
 * Official documents print in Chinese whatever the reader's language; {@code Papers_en} holds the
 * same keys in English for reference and for a future English print.
 */
public final class Papers {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle words;

    private Papers(Locale locale) {
        this.words = ResourceBundle.getBundle("cn.xinfang.petition.accountability.control.Papers", locale, NO_FALLBACK);
    }

    /** The Chinese words (the base bundle). */
    public static Papers chinese() {
        return new Papers(Locale.ROOT);
    }

    public static Papers of(Locale locale) {
        return new Papers(locale);
    }

    public String text(String key, Object... args) {
        String pattern = words.getString("accountability3.paper." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, words.getLocale()).format(args);
    }

    public String date(LocalDate d) {
        return d == null ? "" : text("date", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()), String.valueOf(d.getDayOfMonth()));
    }
}
