package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** How a matter is being handled, and which steps the caller may take now. */
public record HandlingView(LocalDate acceptedOn, String decisionText, RoutingMode routingMode, Long mainUnitId,
                           String mainUnitName, List<String> coUnitNames, LocalDate routedOn, LocalDate objectionDue,
                           LocalDate handlingDue, int extensionDays, String extensionReason, ReplyOutcome replyOutcome,
                           String replyText, String replyDraftedBy, String replyApprovedBy, LocalDate repliedOn,
                           LocalDate closedOn, Set<MatterAction> allowed, List<LowerLevelMatter> handledBelow)
        implements Serializable {

    public boolean may(String action) {
        return allowed.stream().anyMatch(a -> a.name().equals(action));
    }
}
