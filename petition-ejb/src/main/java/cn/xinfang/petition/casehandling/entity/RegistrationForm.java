package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the registrar enters (登记). {@code repeatOfNumber} links the matter to an earlier one of
 * the same petitioner (重复信访); null registers a new matter.
 */
public record RegistrationForm(
        String channelCode, LocalDate receivedOn, String transferLevel, String transferDocument,
        String petitionerName, String idNumber, String phone, String address,
        int peopleCount, List<String> representatives, CrossLevel crossLevel, Long problemPlaceId,
        String content, MatterKind kind, String categoryCode, MatterPurpose purpose,
        String accusedParty, Long accusedUnitId, String repeatOfNumber) implements Serializable {
}
