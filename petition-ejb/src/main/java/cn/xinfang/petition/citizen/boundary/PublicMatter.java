package cn.xinfang.petition.citizen.boundary;

import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Rating;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A matter as its petitioner sees it with the lookup code: the dates of every step meant for
 * them and the documents issued to them, nothing internal (no notes, no staff names, no other
 * petitioner's data).
 */
public record PublicMatter(String number, LocalDate receivedOn, String channelName, MatterKind kind, String categoryPath,
                           MatterState state, String petitionerName, String handlingUnitName, List<Step> steps,
                           List<DocumentKind> documents, Rating rating, String ratingComment, LocalDate ratedOn,
                           boolean canEvaluate, LocalDate evaluationDue, boolean evaluationOverdue,
                           LocalDate reviewRequestEnd, LocalDate reReviewRequestEnd, LocalDate terminatedOn)
        implements Serializable {

    /** One step: its day, what happened, and for routing and appeals the unit or authority concerned. */
    public record Step(LocalDate on, MatterEvent.Type type, TimelineEntry detail) implements Serializable {
    }

    /** A dissatisfied petitioner may still ask for review (or re-review) until this day; null if not. */
    public LocalDate appealUntil() {
        return state == MatterState.REVIEWED ? reReviewRequestEnd
                : (state == MatterState.REPLIED || state == MatterState.REPORTED || state == MatterState.CLOSED)
                ? reviewRequestEnd : null;
    }
}
