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

/**
 * The abuse limits of the public pages, counted in the database so that they hold across a
 * cluster and restarts. Attempts are recorded in their own transaction: a failed lookup is
 * counted even though the lookup itself rolls back.
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reached(PublicAttempt.Kind kind, String subject, Limit limit) {
        long n = em.createQuery("SELECT COUNT(a) FROM PublicAttempt a WHERE a.kind = :kind AND a.subject = :subject"
                        + " AND a.attemptedAt > :since", Long.class)
                .setParameter("kind", kind).setParameter("subject", subject)
                .setParameter("since", clock.instant().minus(limit.window())).getSingleResult();
        return n >= limit.count();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(PublicAttempt.Kind kind, String subject) {
        em.persist(new PublicAttempt(kind, subject, clock.instant()));
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
