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

    /**
     * Brings the backlog dates of {@code m} up to date with the rules ({@link Matter#markBacklog}):
     * the day it became backlog is the earliest day a rule held — the day it was flagged, the day
     * it had been open the configured days, the receipt of the repeat that reached the configured
     * number. Returns whether anything changed.
     */
    public boolean mark(Matter m) {
        LocalDate today = LocalDate.now(clock);
        boolean now = isBacklog(m);
        return m.markBacklog(now, now ? since(m, today) : null, today);
    }

    /** Marks every matter whose backlog dates are behind the rules (the nightly job); returns how many changed. */
    public int markAll() {
        Map<String, Object> params = new java.util.HashMap<>();
        String backlog = condition(params);
        List<Matter> entering = em.createQuery("SELECT m FROM Matter m WHERE " + backlog
                + " AND (m.closure.backlogSince IS NULL OR m.closure.backlogEndedOn IS NOT NULL)", Matter.class)
                .setParameter("blEnded", params.get("blEnded")).setParameter("blCutoff", params.get("blCutoff"))
                .setParameter("blRepeats", params.get("blRepeats")).getResultList();
        List<Matter> leaving = em.createQuery("SELECT m FROM Matter m WHERE m.closure.backlogSince IS NOT NULL"
                + " AND m.closure.backlogEndedOn IS NULL AND m.closure.resolvedOn IS NULL AND NOT " + backlog, Matter.class)
                .setParameter("blEnded", params.get("blEnded")).setParameter("blCutoff", params.get("blCutoff"))
                .setParameter("blRepeats", params.get("blRepeats")).getResultList();
        int n = 0;
        for (Matter m : entering) {
            n += mark(m) ? 1 : 0;
        }
        for (Matter m : leaving) {
            n += mark(m) ? 1 : 0;
        }
        return n;
    }

    private LocalDate since(Matter m, LocalDate today) {
        LocalDate since = today;
        LocalDate openRule = m.intake().getReceivedOn().plusDays(settings.backlogOpenDays());
        if (!ENDED.contains(m.getState()) && openRule.isBefore(since)) {
            since = openRule;
        }
        if (m.getOrigin() == null && m.getId() != null) {
            List<LocalDate> repeats = em.createQuery("SELECT r.intake.receivedOn FROM Matter r WHERE r.origin = :m"
                    + " ORDER BY r.intake.receivedOn", LocalDate.class).setParameter("m", m).getResultList();
            int n = settings.backlogRepeats();
            if (n > 0 && repeats.size() >= n && repeats.get(n - 1).isBefore(since)) {
                since = repeats.get(n - 1);
            }
        }
        return since;
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
