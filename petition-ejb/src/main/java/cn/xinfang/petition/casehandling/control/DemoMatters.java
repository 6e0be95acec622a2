package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A county that looks lived-in on the first start: when the demo county has just been created
 * ({@link DemoCountyReady}) and the database holds no matter yet, {@link SyntheticMatters} writes
 * two years of matters up to today into it, in the first start's transaction, naming the demo
 * accounts on the timeline where they took the step. Setting {@code petition.demo.matters}
 * (environment {@code PETITION_DEMO_MATTERS}): how many, default {@value #DEFAULT_COUNT}, 0 for none.
 */
@Dependent
public class DemoMatters {

    static final int DEFAULT_COUNT = 3000;
    /** The demo data are a function of the seed and today. */
    static final long SEED = 20240501L;

    private static final Logger LOG = Logger.getLogger(DemoMatters.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    BacklogRules backlog;

    void onDemoCountyReady(@Observes DemoCountyReady county) {
        int count = settings.integer("petition.demo.matters", DEFAULT_COUNT);
        if (count <= 0 || em.createQuery("SELECT COUNT(m) FROM Matter m", Long.class).getSingleResult() > 0) {
            return;
        }
        SyntheticMatters.Result r = generate(county, count, LocalDate.now(clock));
        // the statistics read the day each matter became backlog: the rules' matters are marked now, as every night
        int marked = backlog.markAll();
        LOG.info(() -> "demo matters: backlog dates of " + marked + " matters marked");
        LOG.info(String.format(Locale.ROOT, "demo matters: %,d matters, %,d petitioners, %,d events, %,d appeals, "
                + "%,d ratings in %.1f s", r.matters(), r.petitioners(), r.events(), r.appeals(), r.ratings(), r.seconds()));
    }

    /**
     * Writes {@code count} matters received over the two years up to {@code today} into the county,
     * in the caller's transaction. The county may hold matters already: numbers go on from its
     * counters.
     */
    public SyntheticMatters.Result generate(DemoCountyReady county, int count, LocalDate today) {
        em.flush();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var options = new SyntheticMatters.Options(count, SEED, today.minusYears(2).plusDays(1), today,
                today.equals(now.toLocalDate()) ? now : null, county.countyCode(), 1000, true, county.accounts(), null);
        return em.unwrap(Session.class).doReturningWork(con -> new SyntheticMatters(con, options).run());
    }
}
