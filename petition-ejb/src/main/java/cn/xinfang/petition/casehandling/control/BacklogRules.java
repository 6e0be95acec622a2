package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 积案 (backlog): a matter not yet resolved (息诉息访) that was flagged by hand, or is still open
 * longer than the configured days since receipt, or has been raised again at least the configured
 * number of times. The same condition serves the list (JPQL) and the single matter.
 */
@Dependent
public class BacklogRules {

    /** States in which nothing is pending any more. */
    public static final List<MatterState> ENDED = List.of(MatterState.NOT_ACCEPTED, MatterState.STATUTORY_CHANNEL,
            MatterState.FORWARDED, MatterState.CLOSED, MatterState.TERMINATED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseSettings settings;

    @Inject
    Clock clock;

    /** The JPQL condition on alias {@code m}; its parameters go into {@code params}. */
    public String condition(Map<String, Object> params) {
        params.put("blEnded", ENDED);
        params.put("blCutoff", LocalDate.now(clock).minusDays(settings.backlogOpenDays()));
        params.put("blRepeats", (long) settings.backlogRepeats());
        return "(m.closure.resolvedOn IS NULL AND (m.closure.backlogFlag = TRUE"
                + " OR (m.state NOT IN :blEnded AND m.intake.receivedOn < :blCutoff)"
                + " OR (m.origin IS NULL AND m.state <> cn.xinfang.petition.casehandling.entity.MatterState.TERMINATED"
                + " AND (SELECT COUNT(r) FROM Matter r WHERE r.origin = m) >= :blRepeats)))";
    }

    public boolean isBacklog(Matter m) {
        if (m.closure().getResolvedOn() != null) {
            return false;
        }
        if (m.closure().isBacklogFlag()) {
            return true;
        }
        if (!ENDED.contains(m.getState()) && m.intake().getReceivedOn().isBefore(LocalDate.now(clock).minusDays(settings.backlogOpenDays()))) {
            return true;
        }
        if (m.getOrigin() != null || m.getState() == MatterState.TERMINATED || m.getId() == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(r) FROM Matter r WHERE r.origin = :m", Long.class).setParameter("m", m)
                .getSingleResult() >= settings.backlogRepeats();
    }
}
