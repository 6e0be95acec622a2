package cn.xinfang.petition.web.api;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read as a business refusal naming the field (a 422 JSON), never a 500. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField(field, "acc.error.choice");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "api.date");
        }
    }
}
