package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;

/** A channel or an issue category for a form's choice list. */
public record ChoiceView(String code, String label, String group, boolean needsTransfer) implements Serializable {
}
