package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;

import java.time.LocalDate;
import java.util.List;

/** What the registrar records about a new matter, resolved to entities, before the matter exists. */
public record IntakeForm(Channel channel, LocalDate receivedOn, String transferLevel, String transferDocument,
                     int peopleCount, List<String> representatives, CrossLevel crossLevel, Unit problemPlace,
                     String content, MatterKind kind, IssueCategory category, MatterPurpose purpose,
                     String accusedParty, Unit accusedUnit, Matter repeatOf) {
}
