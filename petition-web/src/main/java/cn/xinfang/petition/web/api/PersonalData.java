package cn.xinfang.petition.web.api;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.util.regex.Pattern;

/**
 * Personal data (ID numbers, phones) stays out of URLs, where proxies, browsers and access logs
 * keep it: a query parameter that looks like one is refused before anything is searched.
 */
final class PersonalData {

    /** 18 characters (or the old 15 digits) of a resident ID number, valid or not. */
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    /** As the search reads a phone: digits, +, - and spaces (a matter number, 6-4-6 digits, is not one). */
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final Pattern MATTER_NUMBER = Pattern.compile("\\d{6}-\\d{4}-\\d{6}");

    private PersonalData() {
    }

    static boolean looksPersonal(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return ID_NUMBER.matcher(t).matches() || (PHONE.matcher(t).matches() && !MATTER_NUMBER.matcher(t).matches());
    }

    /** 400 naming {@code field} and the POST that takes the same question in its body. */
    static void refuseInUrl(String field, String value, String instead) {
        if (looksPersonal(value)) {
            throw BusinessException.onField(field, "api.personalDataInUrl", instead);
        }
    }
}
