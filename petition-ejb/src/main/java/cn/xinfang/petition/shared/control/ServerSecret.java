package cn.xinfang.petition.shared.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * The server's secret key for keyed hashes (HMAC-SHA-256 of the citizens' lookup codes, 查询码).
 * Production sets MicroProfile Config {@code petition.secret-key} (system property, the
 * environment variable {@code PETITION_SECRET_KEY}, or any other config source of the server), at
 * least 32 characters, the same on every node. Without it (the demo) a random key is generated
 * once and kept in the database table {@code server_secret}, so restarts and every node of a
 * cluster use the same one. Changing the key later makes every lookup code issued before it
 * useless: the bureau then issues new codes to the petitioners who ask.
 */
@ApplicationScoped
public class ServerSecret {

    public static final String KEY = "petition.secret-key";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource dataSource;

    private volatile byte[] key;

    /** The key of this server (read once). */
    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            try (Connection con = dataSource.getConnection()) {
                k = resolve(con);
            } catch (SQLException e) {
                throw new IllegalStateException("the server's secret key could not be read", e);
            }
            key = k;
        }
        return k.clone();
    }

    /** The configured key, if any: MicroProfile Config in the server, system property or environment elsewhere. */
    public static Optional<String> configured() {
        String v = null;
        try {
            v = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(null);
        } catch (LinkageError | RuntimeException e) {
            // outside the server (the data generator): no MicroProfile Config on the class path
        }
        if (v == null || v.isBlank()) {
            v = System.getProperty(KEY);
        }
        if (v == null || v.isBlank()) {
            v = System.getenv("PETITION_SECRET_KEY");
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * The key: the configured one, else the one kept in {@code server_secret}, created there
     * (once, whichever node comes first) when missing.
     */
    public static byte[] resolve(Connection con) throws SQLException {
        Optional<String> c = configured();
        if (c.isPresent()) {
            return c.get().getBytes(StandardCharsets.UTF_8);
        }
        String kept = read(con);
        if (kept == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            try (PreparedStatement p = con.prepareStatement(
                    "INSERT INTO server_secret (name, secret) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, KEY);
                p.setString(2, Base64.getEncoder().encodeToString(random));
                p.executeUpdate();
            }
            kept = read(con);
        }
        return kept.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Connection con) throws SQLException {
        try (PreparedStatement p = con.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            p.setString(1, KEY);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
