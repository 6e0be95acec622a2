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

    public static String record(String where, Throwable t) {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        String id = HexFormat.of().withUpperCase().formatHex(b);
        LOG.log(Level.SEVERE, "incident " + id + " at " + where, t);
        return id;
    }
}
