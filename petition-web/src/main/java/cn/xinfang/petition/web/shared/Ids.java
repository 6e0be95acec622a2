package cn.xinfang.petition.web.shared;

/** Record ids typed into URLs by hand: a positive number, or nothing. */
public final class Ids {

    private Ids() {
    }

    public static Long parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            return v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
