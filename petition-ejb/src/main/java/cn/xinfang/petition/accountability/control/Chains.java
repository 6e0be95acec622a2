package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.ChainView;
import cn.xinfang.petition.accountability.entity.HoldingBasis;
import cn.xinfang.petition.accountability.entity.Responsibility;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.organization.entity.AppUser;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The responsibility chain's records: 首问负责 (the first contact, from the registration), the
 * handovers, the responsible leader; the unit's part is read from the matter's routing.
 */
@Dependent
public class Chains {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private static final String MISSING_FIRST_CONTACTS = "INSERT INTO acc_responsibility (id, matter_id, role, holder,"
            + " held_since, held_until, basis, reason, recorded_by, version)"
            + " SELECT -m.id, m.id, 'PERSON', m.registered_by, m.registered_at, NULL, 'FIRST_CONTACT', NULL, m.registered_by, 0"
            + " FROM matter m WHERE NOT EXISTS (SELECT 1 FROM acc_responsibility r WHERE r.id = -m.id)";

    /** Records the first contact of every matter that has none yet (the same statement as migration V35); returns how many. */
    public int recordMissingFirstContacts() {
        return em.createNativeQuery(MISSING_FIRST_CONTACTS).executeUpdate();
    }

    /** The holdings of a matter, oldest first, its first contact recorded if it was not yet. */
    public List<Responsibility> holdings(long matterId) {
        List<Responsibility> rows = read(matterId);
        if (rows.stream().noneMatch(r -> r.getRole() == ResponsibilityRole.PERSON)) {
            em.createNativeQuery(MISSING_FIRST_CONTACTS + " AND m.id = ?1").setParameter(1, matterId).executeUpdate();
            rows = read(matterId);
        }
        return rows;
    }

    public Optional<Responsibility> current(long matterId, ResponsibilityRole role) {
        return holdings(matterId).stream().filter(r -> r.getRole() == role && r.current()).findFirst();
    }

    /** Hands a role to someone: ends the current holding (if any) and starts the next with its reason. */
    public Responsibility hand(long matterId, ResponsibilityRole role, String to, String reason, HoldingBasis basis, String by) {
        Instant now = clock.instant();
        Optional<Responsibility> current = current(matterId, role);
        Responsibility next = current.isPresent() ? current.get().handOver(to, reason, basis, by, now)
                : new Responsibility(matterId, role, to, now, basis, reason, by);
        em.persist(next);
        em.flush();
        return next;
    }

    public ChainView view(MatterDetail d, UserNames names) {
        List<Responsibility> rows = holdings(d.summary().id());
        List<ChainView.Holding> history = new ArrayList<>();
        // the responsible unit: each routing, until the next one
        List<TimelineEntry> routes = d.timeline().stream().filter(e -> e.type() == MatterEvent.Type.ROUTE
                && e.params() != null && e.params().unitId() != null).sorted(Comparator.comparing(TimelineEntry::at)).toList();
        ChainView.Holding unit = null;
        for (int i = 0; i < routes.size(); i++) {
            TimelineEntry e = routes.get(i);
            Instant until = i + 1 < routes.size() ? routes.get(i + 1).at() : null;
            unit = new ChainView.Holding("UNIT", String.valueOf(e.params().unitId()), e.params().unitName(), e.at(), until,
                    HoldingBasis.ROUTING, null, e.username());
            history.add(unit);
        }
        if (unit != null && unit.until() != null) {
            unit = null;
        }
        ChainView.Holding leader = null;
        ChainView.Holding person = null;
        ChainView.Holding first = null;
        for (Responsibility r : rows) {
            ChainView.Holding h = new ChainView.Holding(r.getRole().name(), r.getHolder(), names.of(r.getHolder()), r.getSince(),
                    r.getUntil(), r.getBasis(), r.getReason(), r.getRecordedBy());
            history.add(h);
            if (r.getBasis() == HoldingBasis.FIRST_CONTACT) {
                first = h;
            }
            if (r.current() && r.getRole() == ResponsibilityRole.LEADER) {
                leader = h;
            }
            if (r.current() && r.getRole() == ResponsibilityRole.PERSON) {
                person = h;
            }
        }
        history.sort(Comparator.comparing(ChainView.Holding::since));
        return new ChainView(d.summary().id(), d.summary().number(), unit, leader, person, first, history);
    }

    /** Display names of usernames (the username itself when unknown). */
    public interface UserNames {
        String of(String username);
    }

    public UserNames names() {
        return username -> username == null ? null : em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username).getResultStream().findFirst().map(AppUser::getDisplayName).orElse(username);
    }

    private List<Responsibility> read(long matterId) {
        return em.createNamedQuery(Responsibility.OF_MATTER, Responsibility.class).setParameter("matter", matterId).getResultList();
    }
}
