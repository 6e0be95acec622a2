package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Dates and times as the reception pages take them: yyyy-MM-dd and HH:mm; a bad one is a message on its field. */
final class Inputs {

    private Inputs() {
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "reception.error.date");
        }
    }

    static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, "reception.error.time");
        }
    }
}
