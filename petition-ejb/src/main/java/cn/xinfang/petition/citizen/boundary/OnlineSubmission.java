package cn.xinfang.petition.citizen.boundary;

import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;

import java.io.Serializable;

/**
 * 网上信访: what a citizen submits on the public page. Real name and ID number are required; the
 * declaration of truthfulness must be given. {@code earlierNumber} names an earlier matter of the
 * same petitioner that this one raises again (optional). An accusation may name the accused unit
 * ({@code accusedUnitId}) and person ({@code accusedParty}); the unit is kept from the matter at once.
 */
public record OnlineSubmission(String name, String idNumber, String phone, String address, Long problemPlaceId,
                               MatterKind kind, String categoryCode, MatterPurpose purpose, String content,
                               String accusedParty, Long accusedUnitId, String earlierNumber, boolean declaration) implements Serializable {
}
