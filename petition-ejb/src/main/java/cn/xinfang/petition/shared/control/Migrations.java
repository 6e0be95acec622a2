package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.control.migration.V11__StructuredTimeline;
import cn.xinfang.petition.shared.control.migration.V20_3__SearchTermsBackfill;
import cn.xinfang.petition.shared.control.migration.V18__HashLookupCodes;
import cn.xinfang.petition.shared.control.migration.V46__SealPersonalData;
import cn.xinfang.petition.shared.control.migration.V66__StatisticsIndex;
import cn.xinfang.petition.shared.control.migration.V9__TextSearchIndexes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;

/**
 * The product's schema migrations: the SQL scripts under {@code db/migration} and the Java
 * migrations listed here (registered by hand, so that class-path scanning inside the server
 * never decides whether they run).
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static FluentConfiguration configure(ClassLoader loader, DataSource dataSource, String location) {
        return Flyway.configure(loader).dataSource(dataSource).locations(location)
                .javaMigrations(new V9__TextSearchIndexes(), new V11__StructuredTimeline(), new V20_3__SearchTermsBackfill(),
                        new V18__HashLookupCodes(), new V46__SealPersonalData(), new V66__StatisticsIndex());
    }
}
