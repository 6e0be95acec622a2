package cn.xinfang.petition.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs code as a user, authenticated by the application's real Elytron security domain
 * (jdbc-realm over the database), exactly as a login would.
 */
public final class Identities {

    private Identities() {
    }

    public static <T> T as(String username, String password, Callable<T> action) throws Exception {
        SecurityIdentity identity = login(username, password);
        return identity.runAs(action);
    }

    public static void as(String username, String password, ThrowingRunnable action) throws Exception {
        as(username, password, () -> {
            action.run();
            return null;
        });
    }

    /** Authenticates against the realm; throws SecurityException when the realm refuses. */
    public static SecurityIdentity login(String username, String password) throws Exception {
        return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
    }

    public static boolean canLogin(String username, String password) {
        try {
            login(username, password);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
