package cn.xinfang.petition.casehandling.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What the citizen keeps after submitting: the matter number and the lookup code (查询码). */
public record Receipt(String number, String lookupCode, LocalDate receivedOn, LocalDate acceptanceDue) implements Serializable {
}
