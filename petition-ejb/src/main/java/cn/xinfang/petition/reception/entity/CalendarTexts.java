package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a leader's calendar entries in the reader's language, from the web bundles:
 * {@code summary} a pattern of the leader's name {0} and the form {1} (words from {@code forms}
 * by {@link ReceptionForm} name), {@code description} of post {0}, portfolio {1}, capacity {2}
 * and free places {3}.
 */
public record CalendarTexts(String summary, String description, Map<String, String> forms, Locale locale) implements Serializable {
}
