package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.LedgerWriter;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerReport;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.util.logging.Logger;

/**
 * 历史台账导入: the administrator brings in the bureau's old ledger so that 同比 has its comparison
 * period from the first day. The dry run writes every row exactly as the real run would and rolls
 * it all back, so it reports the same problems; the real run keeps the matters only when no row
 * has a problem (all or nothing). Rows imported before (by ledger number) are skipped, so the same
 * file twice creates nothing new. The matters' creation is in the change history (Envers) under
 * the administrator's name, and each matter's timeline ends with the import.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LedgerImport {

    private static final Logger LOG = Logger.getLogger(LedgerImport.class.getName());

    @Resource
    SessionContext context;

    @Inject
    MatterAccess access;

    @Inject
    LedgerWriter writer;

    /** 试导入: what the ledger would create and every problem; nothing is kept. */
    public LedgerReport check(@NotNull Ledger ledger) {
        AppUser me = access.caller();
        LedgerReport report = writer.write(ledger, me, true);
        context.setRollbackOnly();
        return report;
    }

    /** 正式导入: every row's matter, or (with any problem) none. */
    public LedgerReport run(@NotNull Ledger ledger) {
        AppUser me = access.caller();
        LedgerReport report = writer.write(ledger, me, false);
        if (!report.committed()) {
            context.setRollbackOnly();
        } else {
            // counts only: no name, number or content of a petitioner in the log
            LOG.info(() -> "ledger import by " + me.getUsername() + ": " + report.count(LedgerReport.Status.NEW)
                    + " matters created, " + report.count(LedgerReport.Status.EXISTS) + " rows imported before");
        }
        return report;
    }

    /** The most rows one file may have. */
    @RolesAllowed(Roles.ADMIN)
    public int maxRows() {
        return LedgerWriter.MAX_ROWS;
    }
}
