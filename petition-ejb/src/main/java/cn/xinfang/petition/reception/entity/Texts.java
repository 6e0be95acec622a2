package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

/** The input checks the reception entities share: stripped, required or optional, bounded. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.onField(field, "error.required");
        }
        return bounded(field, value.strip(), max);
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : bounded(field, value.strip(), max);
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw BusinessException.onField(field, "error.tooLong");
        }
        return value;
    }
}
