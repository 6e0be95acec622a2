package cn.xinfang.petition.appraisal.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What stands behind a line's points: {@code count} records of a {@code kind} selected by
 * {@code key}. Kinds: {@code figure} (the statistics figure {@code key} sliced to the unit as main
 * handling unit: the matter list behind it), {@code notices} (the unit's 督办 notices, {@code key}
 * ignored or late), {@code entry} (what the appraiser entered, with its evidence). Stored on the
 * line as {@code kind:key=count;…}.
 */
public record Evidence(String kind, String key, long count) implements Serializable {

    public String encode() {
        return kind + ":" + key + "=" + count;
    }

    public static String encode(List<Evidence> list) {
        return list.isEmpty() ? null : String.join(";", list.stream().map(Evidence::encode).toList());
    }

    public static List<Evidence> decode(String text) {
        List<Evidence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            int eq = part.lastIndexOf('=');
            if (colon > 0 && eq > colon) {
                out.add(new Evidence(part.substring(0, colon), part.substring(colon + 1, eq), Long.parseLong(part.substring(eq + 1))));
            }
        }
        return out;
    }
}
