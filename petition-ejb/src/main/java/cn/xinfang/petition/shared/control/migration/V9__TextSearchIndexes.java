package cn.xinfang.petition.shared.control.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Trigram indexes for the search box on PostgreSQL: a petitioner's name (prefix) and words of a
 * matter's content are LIKE patterns no B-tree serves, so without them every text search reads
 * every matter. {@code pg_trgm} ships with PostgreSQL and is a trusted extension (13+): the owner
 * of the database may create it. Where it cannot be created the search still works, only slower,
 * and the log says so. H2 (the demo and the tests) needs no index for its few thousand matters.
 * The schema history is the same on both databases: version 9 is applied everywhere.
 */
public class V9__TextSearchIndexes extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V9__TextSearchIndexes.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection con = context.getConnection();
        if (!"PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
            return;
        }
        Savepoint before = con.setSavepoint();
        try (Statement s = con.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        } catch (SQLException e) {
            con.rollback(before);
            LOG.warning("pg_trgm could not be created (" + e.getMessage() + "): text search in matters will read"
                    + " the whole table; ask the database administrator for CREATE EXTENSION pg_trgm, then"
                    + " create the indexes of " + getClass().getSimpleName() + " by hand");
            return;
        }
        try (Statement s = con.createStatement()) {
            s.execute("CREATE INDEX ix_matter_content_trgm ON matter USING gin (content gin_trgm_ops)");
            s.execute("CREATE INDEX ix_petitioner_name_trgm ON petitioner USING gin (name gin_trgm_ops)");
        }
    }
}
