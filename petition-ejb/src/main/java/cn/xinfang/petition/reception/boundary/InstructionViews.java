package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Instruction;

import java.time.LocalDate;

/** 批示件 → the row the lists show. */
final class InstructionViews {

    private InstructionViews() {
    }

    /** Who may read a 批示件: the county-wide roles, its leader, the unit it was routed to (or above), the session's unit (or above). */
    static boolean mayRead(Instruction i, AppUser me) {
        if (me.isCountyWide()) {
            return true;
        }
        boolean own = i.getLeader().getUser() != null && i.getLeader().getUser().getId().equals(me.getId());
        boolean unit = i.getMainUnit() != null && i.getMainUnit().isWithin(me.getUnit());
        boolean session = i.getSession().getUnit().isWithin(me.getUnit());
        return own || unit || session;
    }

    static DayViews.InstructionRow row(Instruction i, LocalDate today) {
        return new DayViews.InstructionRow(i.getId(), i.getVersion(), i.getSession().getId(), i.getSession().getDay(),
                i.getLeader().getName(), i.getVisit().getName(), i.getVisit().getSubject(), i.getVisit().getOutcome(), i.getText(),
                i.getInstructedOn(), i.getMatterId(), i.getMatterNumber(), i.isLinked(), i.getRoutingDue(), i.getRoutedOn(),
                i.routingOverdue(today), i.getMainUnit() == null ? null : i.getMainUnit().getName(),
                i.getMainUnit() == null ? null : i.getMainUnit().getId(), i.getReplyDue(), i.replyOverdue(today), i.stage(),
                i.getReportText(), i.getReportResolved(), i.getReportedOn(), i.getReportedBy());
    }
}
