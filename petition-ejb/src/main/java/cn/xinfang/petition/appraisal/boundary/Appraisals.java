package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.control.ScoreRules;
import cn.xinfang.petition.appraisal.entity.AppraisalEntry;
import cn.xinfang.petition.appraisal.entity.AppraisalScheme;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.IndicatorView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.SchemeView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.UnitView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.VersionView;
import cn.xinfang.petition.appraisal.entity.Indicator;
import cn.xinfang.petition.appraisal.entity.ItemForm;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.SchemeVersion;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schemes (考核细则) of the caller's county: read by everyone the appraisal concerns (a unit
 * reads the scheme it is scored by), written by the appraisal office only. Every change of the
 * items is kept as a version; a locked (published) scheme refuses changes; a scheme is copied from
 * the previous year's. The appraiser also enters the inspection scores and the events a person
 * records (a mass incident, a practice adopted above) per unit.
 */
@Stateless
@RolesAllowed({Roles.APPRAISER, Roles.COUNTY_LEADER, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
public class Appraisals {

    /** One entered score or count, as the scheme editor and REST show it. */
    public record EntryView(long unitId, String itemCode, BigDecimal score, Long events, String comment, String evidence,
                            String enteredBy) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<IndicatorSource> sources;

    /** The catalogue, each indicator with whether an area provides it now. */
    public List<IndicatorView> indicators() {
        Set<String> available = available();
        return Arrays.stream(Indicator.values()).map(i -> new IndicatorView(i.key(), i.isRate(), available.contains(i.key()))).toList();
    }

    Set<String> available() {
        Set<String> keys = new HashSet<>();
        for (IndicatorSource s : sources) {
            keys.addAll(s.keys());
        }
        keys.add(Indicator.MANUAL.key());
        return keys;
    }

    public List<SchemeView> schemes() {
        return em.createNamedQuery(AppraisalScheme.OF_COUNTY, AppraisalScheme.class).setParameter("county", county(me()))
                .getResultList().stream().map(Appraisals::view).toList();
    }

    public SchemeView scheme(long id) {
        return view(find(id));
    }

    @RolesAllowed(Roles.APPRAISER)
    public SchemeView create(int year, UnitGroup group, BigDecimal weight, int objectionDays, List<ItemForm> items) {
        AppUser me = me();
        long county = county(me);
        requireAvailable(items);
        requireNew(county, year, group);
        AppraisalScheme s = new AppraisalScheme(county, year, group, weight, objectionDays, items, me.getUsername(), clock.instant(), null);
        em.persist(s);
        em.flush();
        return view(s);
    }

    /** A new draft from the 达川-shaped starting scheme (control.SchemeTemplates). */
    @RolesAllowed(Roles.APPRAISER)
    public SchemeView createFromTemplate(int year, UnitGroup group) {
        return create(year, group, new BigDecimal("10"), 7, cn.xinfang.petition.appraisal.control.SchemeTemplates.dachuan());
    }

    /** The scheme's current items as next year's (or any other year's) draft. */
    @RolesAllowed(Roles.APPRAISER)
    public SchemeView copy(long fromId, int toYear) {
        AppraisalScheme from = find(fromId);
        requireNew(from.getCountyId(), toYear, from.getGroup());
        AppraisalScheme s = from.copyTo(toYear, me().getUsername(), clock.instant());
        em.persist(s);
        em.flush();
        return view(s);
    }

    /** Saves the items as the scheme's next version (send the version last read). */
    @RolesAllowed(Roles.APPRAISER)
    public SchemeView revise(long id, long lockVersion, List<ItemForm> items, String note) {
        AppraisalScheme s = find(id);
        s.requireDraft();
        StaleDataException.unlessAt(s.getVersion(), lockVersion);
        requireAvailable(items);
        s.revise(items, me().getUsername(), clock.instant(), note);
        Versions.advance(em, s, s::getVersion, lockVersion);
        return view(s);
    }

    @RolesAllowed(Roles.APPRAISER)
    public SchemeView settings(long id, long lockVersion, BigDecimal weight, int objectionDays) {
        AppraisalScheme s = find(id);
        s.requireDraft();
        StaleDataException.unlessAt(s.getVersion(), lockVersion);
        s.settings(weight, objectionDays);
        Versions.advance(em, s, s::getVersion, lockVersion);
        return view(s);
    }

    /** The items of an earlier version (every change is kept). */
    public List<ItemForm> items(long id, int version) {
        return find(id).version(version).forms();
    }

    /**
     * Enters the inspection score (0 … the item's points) or the events of a manual item for one
     * unit of the scheme's group, with a comment and the evidence; refused on a locked scheme.
     */
    @RolesAllowed(Roles.APPRAISER)
    public EntryView enter(long schemeId, long unitId, String itemCode, BigDecimal score, Long events, String comment, String evidence) {
        AppraisalScheme s = find(schemeId);
        s.requireDraft();
        ItemForm item = s.current().forms().stream().filter(f -> f.code().equals(itemCode)).findFirst()
                .orElseThrow(() -> BusinessException.onField("item", "appraisal.error.item"));
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || unit.getKind() != s.getGroup().unitKind() || unit.getParent() == null
                || !unit.getParent().getId().equals(s.getCountyId())) {
            throw BusinessException.onField("unit", "appraisal.error.unit");
        }
        boolean inspection = item.kind() == ItemKind.INSPECTION;
        boolean manual = item.indicators().contains(Indicator.MANUAL.key());
        if (!inspection && !manual) {
            throw BusinessException.onField("item", "appraisal.error.notEntered");
        }
        if (inspection && (score == null || score.signum() < 0 || score.compareTo(item.points()) > 0)) {
            throw BusinessException.onField("score", "appraisal.error.score", item.points());
        }
        if (manual && (events == null || events < 0 || events > 10_000)) {
            throw BusinessException.onField("events", "appraisal.error.events");
        }
        if (comment != null && comment.length() > 1000 || evidence != null && evidence.length() > 500) {
            throw BusinessException.onField(evidence != null && evidence.length() > 500 ? "evidence" : "comment", "appraisal.error.tooLong");
        }
        AppraisalEntry e = em.createQuery("SELECT e FROM AppraisalEntry e WHERE e.schemeId = :s AND e.unitId = :u AND e.itemCode = :c",
                        AppraisalEntry.class).setParameter("s", schemeId).setParameter("u", unitId).setParameter("c", itemCode)
                .getResultStream().findFirst().orElse(null);
        String by = me().getUsername();
        boolean created = e == null;
        if (created) {
            e = new AppraisalEntry(schemeId, unitId, itemCode);
        }
        e.set(inspection ? score.setScale(2, java.math.RoundingMode.HALF_UP) : null, manual ? events : null, comment, evidence, by,
                clock.instant());
        if (created) {
            em.persist(e);
        }
        em.flush();
        return view(e);
    }

    /** The units the scheme scores (the county's active units of its group). */
    public List<UnitView> units(long schemeId) {
        return RunSteps.units(em, find(schemeId)).stream().map(u -> new UnitView(u.getId(), u.getCode(), u.getName())).toList();
    }

    public List<EntryView> entries(long schemeId) {
        AppraisalScheme s = find(schemeId);
        AppUser me = me();
        return em.createQuery("SELECT e FROM AppraisalEntry e WHERE e.schemeId = :s ORDER BY e.unitId, e.itemCode", AppraisalEntry.class)
                .setParameter("s", s.getId()).getResultList().stream()
                .filter(e -> me.isCountyWide() || e.getUnitId() == me.getUnit().getId())
                .map(Appraisals::view).toList();
    }

    private static EntryView view(AppraisalEntry e) {
        return new EntryView(e.getUnitId(), e.getItemCode(), e.getScore(), e.getEvents(), e.getComment(), e.getEvidence(), e.getEnteredBy());
    }

    private void requireAvailable(List<ItemForm> items) {
        if (items == null) {
            return;
        }
        Set<String> available = available();
        for (ItemForm f : items) {
            for (String k : f.indicators()) {
                if (Indicator.ofKey(k).isPresent() && !available.contains(k)) {
                    throw BusinessException.onField("indicator", "appraisal.error.unavailable", f.code() == null ? "" : f.code());
                }
            }
        }
    }

    private void requireNew(long county, int year, UnitGroup group) {
        if (!em.createQuery("SELECT s FROM AppraisalScheme s WHERE s.countyId = :c AND s.year = :y AND s.group = :g", AppraisalScheme.class)
                .setParameter("c", county).setParameter("y", year).setParameter("g", group).getResultList().isEmpty()) {
            throw BusinessException.onField("year", "appraisal.error.exists", year);
        }
    }

    AppraisalScheme find(long id) {
        return find(em, me(), id);
    }

    /** The scheme, if it is the caller's county's (static: other boundaries of the feature share it without a proxy). */
    static AppraisalScheme find(EntityManager em, AppUser me, long id) {
        AppraisalScheme s = em.find(AppraisalScheme.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        if (s.getCountyId() != county(me)) {
            throw new NotPermittedException();
        }
        return s;
    }

    private AppUser me() {
        return currentUser.get();
    }

    static long county(AppUser me) {
        Unit u = me.getUnit();
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u.getId();
    }

    static SchemeView view(AppraisalScheme s) {
        SchemeVersion current = s.current();
        List<ItemForm> items = current.forms();
        BigDecimal max = items.stream().filter(f -> f.kind() != ItemKind.BONUS).map(ScoreRules::maxPoints)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new SchemeView(s.getId(), s.getYear(), s.getGroup(), s.getWeight(), s.getObjectionDays(), s.getStatus(),
                s.getCurrentVersion(), s.getVersion(), s.getCopiedFromId(), max, items,
                s.getVersions().stream().map(v -> new VersionView(v.getNumber(), v.getSavedBy(), v.getSavedAt(), v.getNote(),
                        v.getItems().size())).toList());
    }
}
