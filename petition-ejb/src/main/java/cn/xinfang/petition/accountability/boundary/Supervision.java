package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.Papers;
import cn.xinfang.petition.accountability.control.NoticeDesk;
import cn.xinfang.petition.accountability.control.Recipients;
import cn.xinfang.petition.accountability.entity.Assessment;
import cn.xinfang.petition.accountability.entity.EscalationForm;
import cn.xinfang.petition.accountability.entity.EscalationGround;
import cn.xinfang.petition.accountability.entity.NoticeFilter;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.NoticeView;
import cn.xinfang.petition.accountability.entity.SupervisionNotice;
import cn.xinfang.petition.accountability.entity.UnitRecord;
import cn.xinfang.petition.accountability.entity.UrgeForm;
import cn.xinfang.petition.casehandling.boundary.DocumentPrinter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import cn.xinfang.petition.shared.entity.Role;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * 督办 (issue 11, item 3): the bureau's case officers issue 催办单 on a matter to the unit handling
 * it, assess the unit's answers, escalate to 挂牌督办 / 联合督办, suspend, resume and close; the
 * unit's clerks and leaders sign for and answer the notices addressed to their unit; county
 * leaders read every notice of their county and the flagged ones they supervise. Unit staff see
 * only their own unit's notices. Every step is audited (Envers, history type SUPERVISION) and logged.
 * Daily (a {@link ScheduledJob}): notices unanswered past their reply-by day are escalated.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Supervision implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(Supervision.class.getName());
    public static final String JOB = "supervision-escalation";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoticeDesk desk;

    @Inject
    Recipients recipients;

    @Inject
    Petitions petitions;

    @Inject
    DocumentPrinter printer;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ the bureau

    @RolesAllowed(Roles.OFFICER)
    public NoticeView urge(long matterId, UrgeForm form) {
        AppUser me = currentUser.get();
        MatterDetail m = petitions.get(matterId);
        Long unit = m.handling() == null ? null : m.handling().mainUnitId();
        if (unit == null) {
            throw new BusinessException("acc.error.notRouted");
        }
        if (desk.hasOpenNotice(matterId)) {
            throw new BusinessException("acc.error.openNotice");
        }
        UrgeForm f = form == null ? new UrgeForm(null, null, null, null) : form;
        SupervisionNotice n = desk.issue(SupervisionNotice.urge(matterId, m.summary().number(), unit, Recipients.top(me.getUnit()),
                f.category(), f.priority(), f.requirement(), f.replyBy(), me.getUsername(), today(), false));
        LOG.info(() -> me.getUsername() + " issued " + n.getNumber() + " on matter " + matterId);
        return written(n);
    }

    @RolesAllowed(Roles.OFFICER)
    public NoticeView assess(long id, Assessment assessment, String note, long version) {
        SupervisionNotice n = bureauNotice(id, version);
        n.assess(assessment, note, me(), today());
        LOG.info(() -> me() + " assessed " + n.getNumber() + ": " + assessment);
        return written(n, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public NoticeView escalate(long id, EscalationForm form, long version) {
        SupervisionNotice n = bureauNotice(id, version);
        if (form == null) {
            throw BusinessException.onField("level", "acc.error.level");
        }
        AppUser leader = form.leader() == null ? null : em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", form.leader()).getResultStream().findFirst().orElse(null);
        if (leader == null || !(leader.hasRole(Role.COUNTY_LEADER) || leader.hasRole(Role.UNIT_LEADER))
                || Recipients.top(leader.getUnit()) != n.getCountyId()) {
            throw BusinessException.onField("leader", "acc.error.leader");
        }
        boolean answeredBadly = n.getReports().stream().anyMatch(r -> r.view().assessment() == Assessment.UNSATISFACTORY);
        LocalDate replyBy = form.replyBy() != null ? form.replyBy()
                : today().plusDays(form.frequency() == null ? 7 : form.frequency().days());
        SupervisionNotice next = desk.escalate(n, n.escalate(answeredBadly ? EscalationGround.UNSATISFACTORY
                        : n.unansweredPast(today()) ? EscalationGround.UNANSWERED : EscalationGround.BY_DECISION,
                form.level(), leader.getUsername(), form.reason(), form.frequency(), form.jointBodies(), replyBy, me(), today(),
                false));
        Versions.advance(em, n, n::getVersion, version);
        LOG.info(() -> me() + " escalated " + n.getNumber() + " to " + next.getNumber());
        return written(next);
    }

    @RolesAllowed(Roles.OFFICER)
    public NoticeView suspend(long id, String reason, long version) {
        SupervisionNotice n = bureauNotice(id, version);
        n.suspend(reason, today());
        LOG.info(() -> me() + " suspended " + n.getNumber());
        return written(n, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public NoticeView resume(long id, String reason, LocalDate replyBy, long version) {
        SupervisionNotice n = bureauNotice(id, version);
        n.resume(reason, replyBy, today());
        LOG.info(() -> me() + " resumed " + n.getNumber());
        return written(n, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public NoticeView close(long id, String note, long version) {
        SupervisionNotice n = bureauNotice(id, version);
        n.close(note, me(), today());
        LOG.info(() -> me() + " closed " + n.getNumber());
        return written(n, version);
    }

    /** The leaders a notice can be escalated under: the county leaders and unit leaders of the caller's county. */
    @RolesAllowed(Roles.OFFICER)
    public Map<String, String> leaders() {
        long county = Recipients.top(currentUser.get().getUnit());
        Map<String, String> out = new LinkedHashMap<>();
        for (AppUser u : em.createQuery("SELECT u FROM AppUser u WHERE u.enabled = TRUE ORDER BY u.username", AppUser.class)
                .getResultList()) {
            if ((u.hasRole(Role.COUNTY_LEADER) || u.hasRole(Role.UNIT_LEADER)) && Recipients.top(u.getUnit()) == county) {
                out.put(u.getUsername(), u.getDisplayName() + "（" + u.getUnit().getName() + "）");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the unit

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public NoticeView sign(long id, long version) {
        SupervisionNotice n = unitNotice(id, version);
        n.sign(me(), today());
        LOG.info(() -> me() + " signed for " + n.getNumber());
        return written(n, version);
    }

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public NoticeView answer(long id, String progress, long version) {
        SupervisionNotice n = unitNotice(id, version);
        n.answer(progress, me(), today());
        em.flush();
        desk.answered(n);
        LOG.info(() -> me() + " answered " + n.getNumber());
        return written(n, version);
    }

    // ------------------------------------------------------------------ reading

    public NoticeView get(long id) {
        SupervisionNotice n = em.find(SupervisionNotice.class, id);
        if (n == null || !maySee(currentUser.get(), n)) {
            throw new NotFoundException();
        }
        return view(n);
    }

    /** The notices the caller may see that match the filter, newest first. */
    public List<NoticeView> list(NoticeFilter filter, int first, int max) {
        AppUser me = currentUser.get();
        NoticeFilter f = filter == null ? NoticeFilter.ALL : filter;
        StringBuilder q = new StringBuilder("SELECT n FROM SupervisionNotice n WHERE n.countyId = :county");
        Map<String, Object> p = new HashMap<>();
        p.put("county", Recipients.top(me.getUnit()));
        if (!me.isCountyWide()) {
            q.append(" AND n.unitId = :mine");
            p.put("mine", me.getUnit().getId());
        }
        if (f.unitId() != null) {
            q.append(" AND n.unitId = :unit");
            p.put("unit", f.unitId());
        }
        if (f.level() == NoticeLevel.FLAGGED) {
            q.append(" AND n.level IN :levels");
            p.put("levels", List.of(NoticeLevel.FLAGGED, NoticeLevel.JOINT));
        } else if (f.level() != null) {
            q.append(" AND n.level = :level");
            p.put("level", f.level());
        }
        if (f.status() != null) {
            q.append(" AND n.status = :status");
            p.put("status", f.status());
        }
        if (f.openOnly()) {
            q.append(" AND n.status NOT IN :done");
            p.put("done", List.of(NoticeStatus.CLOSED, NoticeStatus.ESCALATED));
        }
        if (f.issuedFrom() != null) {
            q.append(" AND n.issuedOn >= :from");
            p.put("from", f.issuedFrom());
        }
        if (f.issuedTo() != null) {
            q.append(" AND n.issuedOn <= :to");
            p.put("to", f.issuedTo());
        }
        if (f.matterId() != null) {
            q.append(" AND n.matterId = :matter");
            p.put("matter", f.matterId());
        }
        q.append(" ORDER BY n.issuedOn DESC, n.id DESC");
        var query = em.createQuery(q.toString(), SupervisionNotice.class);
        p.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream()
                .map(this::view).toList();
    }

    /**
     * Each unit's record over a period (notices issued within it): issued, answered on time,
     * answered late, ignored, escalated, and its clocks that went overdue within the period. Unit
     * staff get their own unit's only.
     */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
    public List<UnitRecord> records(LocalDate from, LocalDate to) {
        return records(from, to, null);
    }

    /**
     * The same, the notices judged as they stood at the end of {@code asOf} (null or a later day:
     * today): a report made after it is no answer, so the appraisal's rerun after its cut-off gives
     * the same counts (SupervisionNotice#lateReplyAt).
     */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
    public List<UnitRecord> records(LocalDate from, LocalDate to, LocalDate asOf) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.onField("to", "acc.error.period");
        }
        AppUser me = currentUser.get();
        long county = Recipients.top(me.getUnit());
        LocalDate at = asOf == null || asOf.isAfter(today()) ? null : asOf;
        LocalDate today = today();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (SupervisionNotice n : em.createQuery("SELECT n FROM SupervisionNotice n WHERE n.countyId = :county"
                        + " AND n.issuedOn BETWEEN :from AND :to AND n.level = :urge ORDER BY n.unitId", SupervisionNotice.class)
                .setParameter("county", county).setParameter("from", from).setParameter("to", to)
                .setParameter("urge", NoticeLevel.URGE).getResultList()) {
            if (!me.isCountyWide() && n.getUnitId() != me.getUnit().getId()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(n.getUnitId(), k -> new long[6]);
            c[0]++;
            boolean answered = at == null ? !n.getReports().isEmpty() : n.answeredBy(at);
            boolean late = at == null ? n.lateReply(today) : n.lateReplyAt(at);
            if (answered && !late) {
                c[1]++;
            } else if (answered) {
                c[2]++;
            } else if (late) {
                c[3]++;
            }
            if (n.getStatus() == NoticeStatus.ESCALATED) {
                c[4]++;
            }
        }
        for (Object[] row : em.createQuery("SELECT x.unitId, COUNT(x) FROM ClockChange x WHERE x.to = :overdue"
                        + " AND x.unitId IS NOT NULL AND x.changedOn BETWEEN :from AND :to GROUP BY x.unitId", Object[].class)
                .setParameter("overdue", cn.xinfang.petition.shared.entity.Urgency.OVERDUE).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            Unit u = em.find(Unit.class, row[0]);
            if (u == null || Recipients.top(u) != county || !me.isCountyWide() && !u.getId().equals(me.getUnit().getId())) {
                continue;
            }
            counts.computeIfAbsent(u.getId(), k -> new long[6])[5] = (Long) row[1];
        }
        List<UnitRecord> out = new ArrayList<>();
        counts.forEach((unit, c) -> out.add(new UnitRecord(unit, unitName(unit), c[0], c[1], c[2], c[3], c[4], c[5])));
        return out;
    }

    /** The 督办单 as a PDF (Chinese, GB/T 9704 layout; words from control.Papers), for whoever may see the notice. */
    public byte[] pdf(long id) {
        NoticeView n = get(id);
        Papers w = Papers.chinese();
        String organ = w.text("organ", countyName(n));
        List<String> body = new ArrayList<>();
        body.add(w.text("notice.body", n.matterNumber(), w.date(n.replyBy())));
        if (n.requirement() != null) {
            body.add(w.text("notice.requirement", n.requirement()));
        }
        if (n.flagged()) {
            String frequency = n.reportFrequency() == null ? "WEEKLY" : n.reportFrequency().name();
            body.add(w.text("notice.flagged", n.leaderName(), w.text("frequency." + frequency)));
            if (n.jointBodies() != null) {
                body.add(w.text("notice.joint", n.jointBodies()));
            }
        }
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {w.text("field.noticeNumber"), n.number()});
        fields.add(new String[] {w.text("field.matterNumber"), n.matterNumber()});
        fields.add(new String[] {w.text("field.unit"), n.unitName()});
        fields.add(new String[] {w.text("field.category"), w.text("category." + n.category().name())});
        fields.add(new String[] {w.text("field.priority"), w.text("priority." + n.priority().name())});
        fields.add(new String[] {w.text("field.replyBy"), w.date(n.replyBy())});
        if (n.reason() != null) {
            fields.add(new String[] {w.text("field.reason"), n.reason()});
        }
        for (var r : n.reports()) {
            fields.add(new String[] {w.text("field.report", w.date(r.reportedOn())), r.progress()});
        }
        return printer.pdf(new DocumentPrinter.Paper(organ, n.number(), w.text("notice.title." + n.level().name()), n.unitName(), body,
                fields, organ, n.issuedOn(), null));
    }

    // ------------------------------------------------------------------ the scheduled rule

    @Override
    public String name() {
        return JOB;
    }

    @Override
    @RolesAllowed(Roles.OFFICER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runIfDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.ZONE);
        if (!leases.claim(JOB, today.toEpochDay(), now)) {
            return false;
        }
        int n = desk.escalateUnanswered(today);
        LOG.info(() -> "supervision: " + n + " unanswered notices escalated to 挂牌督办");
        return true;
    }

    /** The rule by hand (an officer), e.g. to see its effect at once. */
    @RolesAllowed(Roles.OFFICER)
    public int escalateUnansweredNow() {
        return desk.escalateUnanswered(today());
    }

    // ------------------------------------------------------------------ helpers

    private SupervisionNotice bureauNotice(long id, long version) {
        SupervisionNotice n = em.find(SupervisionNotice.class, id);
        AppUser me = currentUser.get();
        if (n == null || Recipients.top(me.getUnit()) != n.getCountyId()) {
            throw new NotFoundException();
        }
        StaleDataException.unlessAt(n.getVersion(), version);
        return n;
    }

    private SupervisionNotice unitNotice(long id, long version) {
        SupervisionNotice n = em.find(SupervisionNotice.class, id);
        AppUser me = currentUser.get();
        if (n == null || !maySee(me, n)) {
            throw new NotFoundException();
        }
        if (me.getUnit().getId() != n.getUnitId()) {
            throw new NotPermittedException();
        }
        StaleDataException.unlessAt(n.getVersion(), version);
        return n;
    }

    private static boolean maySee(AppUser me, SupervisionNotice n) {
        if (Recipients.top(me.getUnit()) != n.getCountyId()) {
            return false;
        }
        return me.isCountyWide() || me.getUnit().getId() == n.getUnitId();
    }

    /** The view after the change is flushed, so that it carries the new version. */
    private NoticeView written(SupervisionNotice n) {
        em.flush();
        return view(n);
    }

    /** A step on the notice read at {@code version}: its version advances once (Versions), also for a report alone. */
    private NoticeView written(SupervisionNotice n, long version) {
        Versions.advance(em, n, n::getVersion, version);
        return view(n);
    }

    private NoticeView view(SupervisionNotice n) {
        return n.view(unitName(n.getUnitId()), n.getLeader() == null ? null : leaderName(n.getLeader()), today());
    }

    private String unitName(long unitId) {
        Unit u = em.find(Unit.class, unitId);
        return u == null ? String.valueOf(unitId) : u.getName();
    }

    private String countyName(NoticeView n) {
        Unit u = em.find(Unit.class, em.find(SupervisionNotice.class, n.id()).getCountyId());
        return u == null ? "" : u.getName();
    }

    private String leaderName(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultStream()
                .findFirst().map(AppUser::getDisplayName).orElse(username);
    }

    private String me() {
        return currentUser.get().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
