package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

/** The checks of the words people type into accountability records: required or not, and a length limit. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String text, int max) {
        String t = optional(field, text, max);
        if (t == null) {
            throw BusinessException.onField(field, "accountability2.error.required");
        }
        return t;
    }

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > max) {
            throw BusinessException.onField(field, "accountability2.error.tooLong", max);
        }
        return t;
    }
}
