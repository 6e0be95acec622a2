package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** The decision of an accountability case: the measure, its date, the document number, a note. */
public record DecisionForm(DecisionKind decision, LocalDate decidedOn, String documentNumber, String note)
        implements Serializable {
}
