package cn.xinfang.petition.it.http;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What refusals leave in the server log: one short line each, never a stack trace. The test
 * server runs on this machine, so its server.log is read directly (jboss.home, set by Failsafe).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ServerLogIT {

    @ArquillianResource
    URL base;

    static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    /** What the server log gained since it was {@code from} bytes long. */
    static String logSince(long from) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(serverLog().toFile(), "r")) {
            long length = f.length();
            if (length <= from) {
                return "";
            }
            byte[] b = new byte[(int) (length - from)];
            f.seek(from);
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    @Test
    void refusedCallsLogOneShortLineWithoutAStackTrace() throws Exception {
        Http http = new Http(base);
        // warm up: the first request of a deployment may log its own start-up lines
        assertEquals(403, http.call("GET", "matters/1/attachments", "admin", null).status());
        assertTrue(Files.isRegularFile(serverLog()), "server log at " + serverLog());
        Thread.sleep(500);
        long before = Files.size(serverLog());
        for (int i = 0; i < 10; i++) {
            // no case-handling role: refused by @RolesAllowed in the EJB container
            assertEquals(403, http.call("GET", "matters/1/attachments", "admin", null).status());
        }
        Thread.sleep(500);
        String added = logSince(before);
        assertFalse(added.contains("WFLYEJB0034"), "no EJB invocation error for a refusal:\n" + added);
        assertFalse(added.contains("\tat "), "no stack trace for a refusal:\n" + added);
        assertFalse(added.contains(" ERROR "), "no ERROR for a refusal:\n" + added);
        assertTrue(added.length() < 10 * 400, "ten refusals add at most ten short lines, got " + added.length()
                + " bytes:\n" + added);
    }
}
