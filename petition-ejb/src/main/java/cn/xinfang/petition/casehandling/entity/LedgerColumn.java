package cn.xinfang.petition.casehandling.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the historical ledger (历史台账) the bureau brings in, in the template's order.
 * A file names them in its header row by their Chinese or English heading (the web bundles'
 * {@code statistics2.ledger.col.<key>}) or by {@link #key()}. Choice columns hold codes (the
 * reader of the file turns the labels of the template into them).
 */
public enum LedgerColumn {
    LEDGER_NUMBER("ledgerNumber", true),
    RECEIVED_ON("receivedOn", true),
    CHANNEL("channel", true),
    TRANSFER_LEVEL("transferLevel", false),
    TRANSFER_DOCUMENT("transferDocument", false),
    PEOPLE_COUNT("peopleCount", false),
    REPRESENTATIVES("representatives", false),
    CROSS_LEVEL("crossLevel", false),
    PETITIONER_NAME("petitionerName", true),
    ID_NUMBER("idNumber", false),
    PHONE("phone", false),
    ADDRESS("address", false),
    CONTENT("content", true),
    KIND("kind", false),
    PURPOSE("purpose", false),
    CATEGORY("category", true),
    PROBLEM_PLACE("problemPlace", true),
    ACCUSED_PARTY("accusedParty", false),
    REPEAT_OF("repeatOf", false),
    OUTCOME("outcome", false),
    DECIDED_ON("decidedOn", false),
    DECISION_TEXT("decisionText", false),
    MAIN_UNIT("mainUnit", false),
    REPLIED_ON("repliedOn", false),
    REPLY_OUTCOME("replyOutcome", false),
    REPLY_TEXT("replyText", false),
    RATING("rating", false),
    RATED_ON("ratedOn", false),
    BACKLOG_SINCE("backlogSince", false),
    REVIEW_REQUESTED_ON("reviewRequestedOn", false),
    REVIEW_OUTCOME("reviewOutcome", false),
    REVIEW_DECIDED_ON("reviewDecidedOn", false),
    RE_REVIEW_REQUESTED_ON("reReviewRequestedOn", false),
    RE_REVIEW_OUTCOME("reReviewOutcome", false),
    RE_REVIEW_DECIDED_ON("reReviewDecidedOn", false);

    /** The acceptance outcomes a ledger row may record (blank: not decided yet). */
    public enum Outcome { ACCEPTED, REFUSED, STATUTORY, FORWARDED }

    /** What became of a review or re-review request: not accepted, or the opinion's outcome (blank: in progress). */
    public static final String APPEAL_REFUSED = "REFUSED";

    private final String key;
    private final boolean required;

    LedgerColumn(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    public static Optional<LedgerColumn> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The choice columns and their codes, for the template's notes and the reader of labels. */
    public List<String> codes() {
        return switch (this) {
            case CROSS_LEVEL -> names(CrossLevel.values());
            case KIND -> names(MatterKind.values());
            case PURPOSE -> names(MatterPurpose.values());
            case OUTCOME -> names(Outcome.values());
            case REPLY_OUTCOME -> names(ReplyOutcome.values());
            case RATING -> names(Rating.values());
            case REVIEW_OUTCOME, RE_REVIEW_OUTCOME -> List.of(APPEAL_REFUSED, AppealOutcome.UPHELD.name(),
                    AppealOutcome.REVISED.name(), AppealOutcome.REDO.name());
            default -> List.of();
        };
    }

    /** Whether the column holds a date (yyyy-MM-dd). */
    public boolean isDate() {
        return key.endsWith("On") || this == BACKLOG_SINCE;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
