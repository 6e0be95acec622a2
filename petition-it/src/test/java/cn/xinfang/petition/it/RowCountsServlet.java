package cn.xinfang.petition.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test deployment only (this package is added to the web module by {@link Deployments}): the row
 * count of every table and the number of rows a half-done write would leave, for the tests that
 * talk to the server from outside ({@code FormFuzzIT}) and cannot open the H2 file the server
 * holds. Behind the product's login like every page; only an administrator's session reads it.
 * One line per table ({@code name count}), then {@code orphans N}.
 */
@WebServlet("/it-row-counts")
public class RowCountsServlet extends HttpServlet {

    /** Rows a half-done write would leave: a matter without its timeline, an attachment without bytes, a petitioner without a matter. */
    public static final String ORPHANS = "SELECT (SELECT COUNT(*) FROM matter m WHERE NOT EXISTS (SELECT 1 FROM matter_event e WHERE e.matter_id = m.id))"
            + " + (SELECT COUNT(*) FROM attachment a WHERE NOT EXISTS (SELECT 1 FROM attachment_content c WHERE c.attachment_id = a.id))"
            + " + (SELECT COUNT(*) FROM petitioner p WHERE NOT EXISTS (SELECT 1 FROM matter m WHERE m.petitioner_id = p.id))";

    @Resource(lookup = "java:jboss/datasources/PetitionDS")
    DataSource ds;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!req.isUserInRole("admin")) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StringBuilder out = new StringBuilder();
        try {
            counts(ds).forEach((t, n) -> out.append(t).append(' ').append(n).append('\n'));
            try (Connection con = ds.getConnection(); Statement s = con.createStatement(); ResultSet r = s.executeQuery(ORPHANS)) {
                r.next();
                out.append("orphans ").append(r.getLong(1)).append('\n');
            }
        } catch (SQLException e) {
            res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        res.setContentType("text/plain;charset=UTF-8");
        res.getWriter().write(out.toString());
    }

    static Map<String, Long> counts(DataSource ds) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection con = ds.getConnection()) {
            DatabaseMetaData md = con.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = md.getTables(null, con.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            try (Statement s = con.createStatement()) {
                for (String t : tables) {
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                        r.next();
                        counts.put(t.toLowerCase(Locale.ROOT), r.getLong(1));
                    }
                }
            }
        }
        return counts;
    }
}
