package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What follows the reply: the lookup code (for the bureau only; null otherwise), the rating and
 * its window, review and re-review with their windows, hearings, termination, 息诉息访 and the
 * backlog (积案) flag.
 */
public record FollowUpView(String lookupCode, Rating rating, String ratingComment, LocalDate ratedOn, String ratedBy,
                           RatingVia ratingVia, LocalDate evaluationDue, boolean evaluationOverdue,
                           LocalDate reviewRequestEnd, LocalDate reReviewRequestEnd, List<AppealView> appeals,
                           List<HearingView> hearings, LocalDate terminatedOn, TerminationReason terminationReason,
                           LocalDate resolvedOn, String resolutionNote, String resolvedBy, boolean backlog,
                           boolean backlogFlag, String backlogReason, AuthorityLevel deploymentLevel)
        implements Serializable {

    public AppealView review() {
        return appeals.stream().filter(a -> a.stage() == AppealStage.REVIEW)
                .findFirst().orElse(null);
    }

    public AppealView reReview() {
        return appeals.stream().filter(a -> a.stage() == AppealStage.RE_REVIEW)
                .findFirst().orElse(null);
    }
}
