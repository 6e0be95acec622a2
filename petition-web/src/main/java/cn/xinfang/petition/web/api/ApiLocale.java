package cn.xinfang.petition.web.api;

import java.util.Locale;

/** API messages are Chinese unless the client asks for English. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
