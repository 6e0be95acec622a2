package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.entity.CountingMode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The windows after the reply, all computed by {@link Deadlines} from their trigger day in the
 * configured counting mode (2022 信访工作条例 Art 35, 36):
 * <ul>
 *   <li>the petitioner rates the reply within the evaluation window (configuration), else it
 *   counts as 逾期未评价;</li>
 *   <li>a review is asked within 30 days of the reply, and decided within 30 days of the request;</li>
 *   <li>a re-review is asked within 30 days of the review opinion, and decided within 30 days;</li>
 *   <li>hearing days do not count against a decision period.</li>
 * </ul>
 */
public final class AppealPeriods {

    private final Deadlines deadlines;
    private final CountingMode mode;
    private final int evaluationDays;

    public AppealPeriods(Deadlines deadlines, CountingMode mode, int evaluationDays) {
        this.deadlines = Objects.requireNonNull(deadlines);
        this.mode = Objects.requireNonNull(mode);
        if (evaluationDays < 1) {
            throw new IllegalArgumentException("evaluation window must be at least one day");
        }
        this.evaluationDays = evaluationDays;
    }

    /** The last day to rate the reply issued on {@code repliedOn}. */
    public LocalDate evaluationDue(LocalDate repliedOn) {
        return repliedOn == null ? null : deadlines.due(repliedOn, evaluationDays, mode);
    }

    /**
     * The latest reply day whose evaluation window closed before {@code today}: a reply issued on
     * or before it and still not rated counts as 逾期未评价. The window's end never moves back
     * when the reply is later, so the answer is found by stepping back from today.
     */
    public LocalDate lastReplyWithLapsedEvaluation(LocalDate today) {
        LocalDate replied = today.minusDays(1);
        while (!evaluationDue(replied).isBefore(today)) {
            replied = replied.minusDays(1);
        }
        return replied;
    }

    /** The last day to ask for review (复查) of the reply issued on {@code repliedOn}. */
    public LocalDate reviewRequestEnd(LocalDate repliedOn) {
        return repliedOn == null ? null : deadlines.due(repliedOn, Lifecycle.APPEAL_REQUEST_DAYS, mode);
    }

    /** The last day to ask for re-review (复核) of the review opinion issued on {@code reviewedOn}. */
    public LocalDate reReviewRequestEnd(LocalDate reviewedOn) {
        return reviewedOn == null ? null : deadlines.due(reviewedOn, Lifecycle.APPEAL_REQUEST_DAYS, mode);
    }

    /** The day a review or re-review asked on {@code requestedOn} must be decided by, hearing days excluded. */
    public LocalDate decisionDue(LocalDate requestedOn, List<Deadlines.Pause> hearings) {
        return deadlines.due(requestedOn, Lifecycle.APPEAL_DECISION_DAYS, mode, hearings);
    }

    public CountingMode mode() {
        return mode;
    }
}
