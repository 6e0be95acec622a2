package cn.xinfang.petition.web.shared;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} for a download whose name may be Chinese: an ASCII {@code filename}
 * for old clients and the exact name as {@code filename*} (RFC 6266 with RFC 5987 encoding).
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";
    private static final String HEX = "0123456789ABCDEF";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Printable ASCII only, without quotes or backslashes; everything else becomes "_". */
    static String asciiFallback(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return b.toString();
    }

    /** RFC 5987 value-chars: attr-char as is, every other UTF-8 byte as %XX (so a space is %20, never +). */
    static String encode(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return b.toString();
    }
}
