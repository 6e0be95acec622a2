package cn.xinfang.petition.shared.control.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * 统计报表 at a million matters (issue 10) on PostgreSQL: a covering index of the matters by
 * receipt date that holds every column the statistics' conditions, scoping and tables read
 * (casehandling.control.FigureConditions, MatterAccess, MatterFigures.cube), so that a period's
 * figures are one index-only pass over its receipt dates instead of reading the wide matter rows
 * (content, reply, search terms) from the heap. {@code INCLUDE} is PostgreSQL's; H2 (the demo and
 * the tests) needs no index for its few thousand matters. The schema history is the same on both
 * databases: version 66 is applied everywhere.
 */
public class V66__StatisticsIndex extends BaseJavaMigration {

    /** The columns beside the receipt date, in no particular order (INCLUDE columns are not searched). */
    static final String COLUMNS = "id, channel_code, category_code, problem_place_id, main_unit_id, registering_unit_id,"
            + " people_count, cross_level, kind, accused_unit_id, accused_identified, origin_id, decision, decided_at,"
            + " acceptance_due, handling_due, replied_on, rating, rated_on, backlog_since, backlog_ended_on, resolved_on";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection con = context.getConnection();
        if (!"PostgreSQL".equals(con.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = con.createStatement()) {
            s.execute("CREATE INDEX ix_matter_statistics ON matter (received_on) INCLUDE (" + COLUMNS + ")");
        }
    }
}
