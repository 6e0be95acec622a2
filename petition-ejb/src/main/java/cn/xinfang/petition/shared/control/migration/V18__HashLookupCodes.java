package cn.xinfang.petition.shared.control.migration;

import cn.xinfang.petition.shared.control.ServerSecret;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Lookup codes (查询码) kept as HMAC-SHA-256 hashes with the server's secret key, no longer in
 * clear: creates {@code server_secret} (and the generated key when {@code petition.secret-key} is
 * not configured, see {@link ServerSecret}), widens {@code lookup_code} to the 64 hex digits of a
 * hash and hashes every code already issued, in the matters and in their audit trail. The
 * hashing must stay the same as {@code casehandling.control.LookupCodes.hash}.
 */
public class V18__HashLookupCodes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection con = context.getConnection();
        try (Statement s = con.createStatement()) {
            s.execute("CREATE TABLE server_secret (name VARCHAR(64) PRIMARY KEY, secret VARCHAR(200) NOT NULL)");
            s.execute("ALTER TABLE matter ALTER COLUMN lookup_code SET DATA TYPE VARCHAR(64)");
            s.execute("ALTER TABLE matter_aud ALTER COLUMN lookup_code SET DATA TYPE VARCHAR(64)");
        }
        byte[] key = ServerSecret.resolve(con);
        hashAll(con, key, "SELECT id, lookup_code FROM matter WHERE lookup_code IS NOT NULL",
                "UPDATE matter SET lookup_code = ? WHERE id = ?", false);
        hashAll(con, key, "SELECT id, rev, lookup_code FROM matter_aud WHERE lookup_code IS NOT NULL",
                "UPDATE matter_aud SET lookup_code = ? WHERE id = ? AND rev = ?", true);
    }

    private static void hashAll(Connection con, byte[] key, String select, String update, boolean withRev) throws SQLException {
        try (Statement s = con.createStatement(); ResultSet r = s.executeQuery(select);
             PreparedStatement u = con.prepareStatement(update)) {
            int batch = 0;
            while (r.next()) {
                String code = r.getString(withRev ? 3 : 2);
                if (code.length() > 12) {
                    continue;
                }
                u.setString(1, hash(key, code));
                u.setLong(2, r.getLong(1));
                if (withRev) {
                    u.setLong(3, r.getLong(2));
                }
                u.addBatch();
                if (++batch % 500 == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
    }

    /** As LookupCodes.hash at the time of this migration (a migration never changes once released). */
    public static String hash(byte[] key, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("lookup-code:" + code.toUpperCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
