package cn.xinfang.petition.shared.boundary;

import cn.xinfang.petition.shared.control.PersonalDataSweep;
import java.sql.Connection;
import java.sql.SQLException;

import cn.xinfang.petition.shared.control.Migrations;
import cn.xinfang.petition.shared.control.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs at deployment, before anything else touches the database: applies the versioned
 * migrations (Flyway; Hibernate never creates the schema), then, in one transaction, the
 * first-start data of whoever observes {@link SchemaMigrated} (organization: the first
 * administrator from the environment, or the demo county).
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Inject
    Event<SchemaMigrated> schemaMigrated;

    @PostConstruct
    void setUp() {
        Flyway flyway = Migrations.configure(DatabaseSetup.class.getClassLoader(), dataSource, Migrations.LOCATION).load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "database schema at version " + (current == null ? "none" : current.getVersion())
                + " (" + result.migrationsExecuted + " migrations applied now)");
        if (Boolean.getBoolean("petition.reseal-on-start")) {
            // a key rotation (docs/reliability.md): every value under an older key sealed under the current one
            try (Connection con = dataSource.getConnection()) {
                PersonalDataSweep.sweep(con, Boolean.getBoolean("petition.reindex-on-start"));
            } catch (SQLException e) {
                throw new IllegalStateException("personal data could not be sealed again", e);
            }
        }
        try {
            tx.begin();
            schemaMigrated.fire(new SchemaMigrated(current == null ? null : current.getVersion().toString()));
            tx.commit();
        } catch (Exception e) {
            try {
                tx.rollback();
            } catch (Exception ignored) {
                // the original failure is what matters
            }
            throw new IllegalStateException("first-start data could not be loaded", e);
        }
    }
}
