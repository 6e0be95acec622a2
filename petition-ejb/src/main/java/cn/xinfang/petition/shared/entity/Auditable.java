package cn.xinfang.petition.shared.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * An audited entity describes itself as field → display value so that the audit trail can
 * show what changed between two revisions without knowing each entity.
 */
public interface Auditable {

    Map<String, String> auditSnapshot();

    /** Which one of several parts of a record this is, as the history names it (a unit, a file name); null for the record itself. */
    default String auditLabel() {
        return null;
    }

    /** Instants in the history as the users read them: China Standard Time, to the second. */
    static String time(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai")).format(instant);
    }
}
