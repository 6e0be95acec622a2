package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * What a text typed by a person may contain: every printable character (Chinese, rare CJK,
 * emoji …), tabs and line breaks, but no other control character (C0, DEL, C1) and no
 * bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which make a text read
 * differently from what it says. Checked at the door, with a message on the field.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The first forbidden code point in the text, or -1. */
    public static int forbidden(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isForbidden(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    public static boolean isForbidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return true;
        }
        // a lone surrogate: what is left of invalid UTF-8 or a broken string
        return Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    /** The text unchanged, or a refusal on the field naming the character's code point. */
    public static String checked(String field, String text) {
        int c = forbidden(text);
        if (c >= 0) {
            throw BusinessException.onField(field, "error.text.control", String.format("U+%04X", c));
        }
        return text;
    }

    /**
     * Every text of a form record (its String components, and lists of strings) checked, each
     * refusal on the component's name: one call covers a form however many fields it grows.
     */
    public static <R extends Record> R checkedRecord(R form) {
        if (form == null) {
            return null;
        }
        for (RecordComponent rc : form.getClass().getRecordComponents()) {
            Object value;
            try {
                value = rc.getAccessor().invoke(form);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof String text) {
                checked(rc.getName(), text);
            } else if (value instanceof Collection<?> list) {
                for (Object o : list) {
                    if (o instanceof String text) {
                        checked(rc.getName(), text);
                    }
                }
            }
        }
        return form;
    }
}
