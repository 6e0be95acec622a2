package cn.xinfang.petition.citizen.control;

import cn.xinfang.petition.citizen.entity.PublicAttempt;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The abuse limits of the public pages, counted in the database so that they hold across a
 * cluster and restarts. A request takes its place before it acts ({@link #take}): under a row
 * lock on its kind's row of {@code public_limit_lock} it counts the attempts in the window and
 * records its own, in one short transaction of its own, so concurrent requests (on any node)
 * queue there and exactly {@code count} of them pass. A request that turns out not to count (a
 * submission refused for its content, a lookup that matched) gives its place back
 * ({@link #release}); a failed lookup keeps it, even though the lookup itself rolls back.
 */
@Stateless
@PermitAll
public class AbuseGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public record Limit(int count, Duration window) {
    }

    public Limit submissionsPerAddress() {
        return new Limit(settings.integer("petition.public.submissions-per-address-hour", 5), Duration.ofHours(1));
    }

    public Limit submissionsPerPerson() {
        return new Limit(settings.integer("petition.public.submissions-per-person-day", 3), Duration.ofDays(1));
    }

    public Limit lookupFailuresPerAddress() {
        return new Limit(settings.integer("petition.public.lookup-failures-per-address", 20), Duration.ofMinutes(15));
    }

    public Limit lookupFailuresPerNumber() {
        return new Limit(settings.integer("petition.public.lookup-failures-per-number", 5), Duration.ofMinutes(15));
    }

    /**
     * One place within the limit for {@code subject}, taken atomically: the recorded attempt's id,
     * or null when the limit is reached (nothing recorded then).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long take(PublicAttempt.Kind kind, String subject, Limit limit) {
        // every check of this kind waits here for the one before it to commit
        List<?> locked = em.createNativeQuery("SELECT kind FROM public_limit_lock WHERE kind = ? FOR UPDATE")
                .setParameter(1, kind.name()).getResultList();
        if (locked.isEmpty()) {
            throw new IllegalStateException("no public_limit_lock row for " + kind);
        }
        PublicAttempt attempt = new PublicAttempt(kind, subject, clock.instant());
        long n = em.createQuery("SELECT COUNT(a) FROM PublicAttempt a WHERE a.kind = :kind AND a.subject = :subject"
                        + " AND a.attemptedAt > :since", Long.class)
                .setParameter("kind", kind).setParameter("subject", attempt.getSubject())
                .setParameter("since", clock.instant().minus(limit.window())).getSingleResult();
        if (n >= limit.count()) {
            return null;
        }
        em.persist(attempt);
        em.flush();
        return attempt.getId();
    }

    /** Gives a place back: the request it was taken for does not count after all. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Long attemptId) {
        if (attemptId != null) {
            em.createQuery("DELETE FROM PublicAttempt a WHERE a.id = :id").setParameter("id", attemptId).executeUpdate();
        }
    }

    /** Drops attempts older than two days (run nightly). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prune() {
        return em.createQuery("DELETE FROM PublicAttempt a WHERE a.attemptedAt < :before")
                .setParameter("before", clock.instant().minus(Duration.ofDays(2))).executeUpdate();
    }

    /** A one-way hash to count per person without storing the ID number. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("petition-limit:" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
