package cn.xinfang.petition.shared.control.migration;

import cn.xinfang.petition.shared.control.PersonalDataSweep;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/** Seals the duty roster's phones already stored (V60 widened their columns), with every other personal-data column. */
public class V60_1__SealDutyPhones extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataSweep.sweep(context.getConnection(), false);
    }
}
