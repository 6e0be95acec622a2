package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.shared.entity.HolidayDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work calendar of the database's holiday arrangements, loaded once and kept until an
 * administrator changes them (a few hundred rows, read by every deadline).
 */
@ApplicationScoped
public class HolidayCalendar {

    /** Fired by {@link #invalidate()} so that the cache is dropped again once the change commits. */
    record Changed() {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Changed> changed;

    // bumped by every change; a load only caches when no change happened while it ran
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    private record Cached(long generation, WorkCalendar calendar) {
    }

    public WorkCalendar current() {
        long g = generation.get();
        Cached c = cached;
        if (c != null && c.generation() == g) {
            return c.calendar();
        }
        WorkCalendar loaded = load();
        synchronized (this) {
            if (generation.get() == g) {
                cached = new Cached(g, loaded);
            }
        }
        return loaded;
    }

    public Deadlines deadlines() {
        return new Deadlines(current());
    }

    /**
     * Drops the cache now and, through a transactional observer, again after the caller's
     * transaction ends: a reader running before the commit must not keep the old rows.
     */
    public void invalidate() {
        generation.incrementAndGet();
        changed.fire(new Changed());
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed event) {
        generation.incrementAndGet();
    }

    private WorkCalendar load() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (HolidayDate h : em.createNamedQuery(HolidayDate.ALL, HolidayDate.class).getResultList()) {
            days.put(h.getDay(), h.getKind());
        }
        return new WorkCalendar(days);
    }
}
