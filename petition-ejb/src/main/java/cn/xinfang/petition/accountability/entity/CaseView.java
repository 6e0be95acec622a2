package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An accountability case as its pages and the API show it (no accusation material: the matter by number only). */
public record CaseView(long id, String number, long matterId, String matterNumber, Long unitId, String unitName,
                       CaseGround ground, String facts, boolean automatic, Integer overdueDays, CaseStatus status,
                       LocalDate openedOn, String openedBy, DecisionKind decision, LocalDate decidedOn,
                       String documentNumber, String decidedBy, String decisionNote, List<CaseParty.View> parties,
                       long version) implements Serializable {
}
