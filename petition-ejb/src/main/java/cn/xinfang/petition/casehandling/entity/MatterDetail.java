package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one matter the caller may see, with its timeline. {@code accusedIdentified}: the
 * bureau has identified whom an accusation accuses ({@code accusedUnitId} null then: no unit of
 * this county).
 */
public record MatterDetail(MatterSummary summary, PetitionerView petitioner, List<String> representatives,
                           Long originId, String originNumber, String registeredBy, Instant registeredAt,
                           String registeringUnitName, String problemPlaceName, String content, MatterPurpose purpose,
                           String accusedParty, String accusedUnitName, Long accusedUnitId, boolean accusedIdentified,
                           String transferLevel, String transferDocument,
                           List<TimelineEntry> timeline, long version, HandlingView handling,
                           FollowUpView followUp) implements Serializable {
}
