package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;

/** A row of a co-handling unit's to-do list: the matter and its own part in it. */
public record CoInboxRow(MatterSummary matter, CoHandlingView part) implements Serializable {
}
