package cn.xinfang.petition.shared.control.migration;

import cn.xinfang.petition.shared.control.PersonalDataSweep;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/**
 * Seals the ID numbers and phones already stored (AES-256-GCM under the configured key) and fills
 * the blind indexes V45 added, in every table holding them and in their change history.
 */
public class V46__SealPersonalData extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataSweep.sweep(context.getConnection(), false);
    }
}
