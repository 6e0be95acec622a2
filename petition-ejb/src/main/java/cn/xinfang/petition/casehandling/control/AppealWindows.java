package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Appeal;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** The windows of one matter after its reply, from the current holiday calendar and settings. */
@Dependent
public class AppealWindows {

    @PersistenceContext
    EntityManager em;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings settings;

    public AppealPeriods periods() {
        return settings.periods(calendar.deadlines());
    }

    public List<Appeal> appeals(Matter m) {
        return em.createNamedQuery(Appeal.OF_MATTER, Appeal.class).setParameter("matter", m).getResultList();
    }

    /** The day the review opinion was issued, or null. */
    public static LocalDate reviewedOn(List<Appeal> appeals) {
        return appeals.stream().filter(a -> a.getStage() == AppealStage.REVIEW && a.getOutcome() != null)
                .map(Appeal::getDecidedOn).findFirst().orElse(null);
    }

    /** The last day to ask for the next appeal of a replied or reviewed matter. */
    public LocalDate nextAppealEnd(Matter m) {
        AppealPeriods p = periods();
        return m.getState() == MatterState.REVIEWED ? p.reReviewRequestEnd(reviewedOn(appeals(m)))
                : p.reviewRequestEnd(m.reply().getRepliedOn());
    }
}
