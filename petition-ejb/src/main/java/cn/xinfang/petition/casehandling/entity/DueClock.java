package cn.xinfang.petition.casehandling.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static cn.xinfang.petition.casehandling.entity.MatterState.ACCEPTED;
import static cn.xinfang.petition.casehandling.entity.MatterState.OBJECTED;
import static cn.xinfang.petition.casehandling.entity.MatterState.REGISTERED;
import static cn.xinfang.petition.casehandling.entity.MatterState.REPLIED;
import static cn.xinfang.petition.casehandling.entity.MatterState.REPLY_DRAFTED;
import static cn.xinfang.petition.casehandling.entity.MatterState.UNDER_RE_REVIEW;
import static cn.xinfang.petition.casehandling.entity.MatterState.UNDER_REVIEW;

/**
 * The clocks a matter runs against (2022 信访工作条例 Art 22–36), each with the states in which it
 * runs and the due day it is compared with. A matter is overdue on a clock when the clock still
 * runs (the matter is in one of its states) and its due day lies before today.
 */
public enum DueClock {
    /** Art 22: the acceptance decision, due within 15 days of receipt. */
    ACCEPTANCE(EnumSet.of(REGISTERED), Due.ACCEPTANCE),
    /** Art 22/23: the bureau registers and routes within the same 15 days: accepted, not routed yet. */
    ROUTING(EnumSet.of(ACCEPTED), Due.ACCEPTANCE),
    /** Art 23: the unit's 5 working days to object to the routing (running while it handles the matter). */
    OBJECTION(EnumSet.of(MatterState.HANDLING), Due.OBJECTION),
    /** Art 34: the handling period (extension and hearing pauses included) from acceptance to the approved reply. */
    HANDLING(EnumSet.of(ACCEPTED, MatterState.HANDLING, OBJECTED, REPLY_DRAFTED), Due.HANDLING),
    /** The drafted reply waits for the unit leader's approval, within the handling period. */
    REPLY_APPROVAL(EnumSet.of(REPLY_DRAFTED), Due.HANDLING),
    /** 交办: the unit reports the result back to the bureau within the handling period. */
    REPORT_BACK(EnumSet.of(REPLIED), Due.HANDLING),
    /** Art 35: the review (复查) decided within 30 days of the request (the open appeal's due day). */
    REVIEW_DECISION(EnumSet.of(UNDER_REVIEW), Due.APPEAL),
    /** Art 36: the re-review (复核) decided within 30 days of the request. */
    RE_REVIEW_DECISION(EnumSet.of(UNDER_RE_REVIEW), Due.APPEAL);

    /** The due day a clock is compared with: a column of the matter, or the open appeal's. */
    public enum Due {
        /** matter.acceptance_due */
        ACCEPTANCE,
        /** matter.objection_due */
        OBJECTION,
        /** matter.handling_due */
        HANDLING,
        /** appeal.due_on of the matter's undecided appeal of the stage the state names */
        APPEAL
    }

    private final Set<MatterState> runsIn;
    private final Due due;

    DueClock(Set<MatterState> runsIn, Due due) {
        this.runsIn = Collections.unmodifiableSet(runsIn);
        this.due = due;
    }

    /** The states in which this clock runs. */
    public Set<MatterState> runsIn() {
        return runsIn;
    }

    public Due due() {
        return due;
    }

    /**
     * Whether the clock is a right's window rather than a duty (the unit's objection to the
     * routing): it runs while open and ends unused when it lapses; it is never late, never
     * announced as overdue and never on a to-do list as overdue. (The search's "overdue" filter
     * for it still finds the matters whose window has lapsed.)
     */
    public boolean window() {
        return this == OBJECTION;
    }

    /** Only 交办 matters are reported back; a 转办 matter's reply ends the unit's part. */
    public RoutingMode routingMode() {
        return this == REPORT_BACK ? RoutingMode.ASSIGN : null;
    }

    /** The appeal stage whose due day the clock reads, if it reads one. */
    public AppealStage appealStage() {
        return switch (this) {
            case REVIEW_DECISION -> AppealStage.REVIEW;
            case RE_REVIEW_DECISION -> AppealStage.RE_REVIEW;
            default -> null;
        };
    }
}
