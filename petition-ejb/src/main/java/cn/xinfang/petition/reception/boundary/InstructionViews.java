package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Instruction;

import java.time.LocalDate;

/** 批示件 → the row the lists show. */
final class InstructionViews {

    private InstructionViews() {
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
