package cn.xinfang.petition.web.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected failure becomes an incident: a short id shown to the user and written to the
 * server log with the stack trace, so that support can find it. The browser never sees the trace.
 */
public final class Incidents {

    public static final String ATTRIBUTE = "petition.incident";
    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /**
     * An expected refusal (no role, outside the unit's remit): one INFO line without a stack
     * trace, naming where and what, never the request's data.
     */
    public static void refused(String where, Throwable t) {
        LOG.info(() -> "refused (403) at " + where + ": " + t.getClass().getSimpleName());
    }

    /** A request the container could not read (too many parameters, say): one INFO line without a trace. */
    public static void badRequest(String where, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName();
        LOG.info(() -> "refused (400) at " + where + ": unreadable request (" + what + ")");
    }

    /** A race lost at a database constraint: one INFO line naming the constraint's message, no trace. */
    public static void conflict(String where, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName();
        LOG.info(() -> "conflict (409) at " + where + ": " + what);
    }

    public static String record(String where, Throwable t) {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        String id = HexFormat.of().withUpperCase().formatHex(b);
        LOG.log(Level.SEVERE, "incident " + id + " at " + where, t);
        return id;
    }
}
