package cn.xinfang.petition.accountability.boundary;

import cn.xinfang.petition.accountability.control.AccountabilitySettings;
import cn.xinfang.petition.accountability.control.Chains;
import cn.xinfang.petition.accountability.control.Papers;
import cn.xinfang.petition.accountability.control.Recipients;
import cn.xinfang.petition.accountability.entity.AccountabilityCase;
import cn.xinfang.petition.accountability.entity.CaseFilter;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.DecisionForm;
import cn.xinfang.petition.accountability.entity.ResponsibilityRole;
import cn.xinfang.petition.accountability.entity.TraceBack;
import cn.xinfang.petition.casehandling.boundary.DocumentPrinter;
import cn.xinfang.petition.casehandling.boundary.MatterClocks;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ClockReading;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.ScheduledJob;
import cn.xinfang.petition.shared.control.Versions;
import cn.xinfang.petition.shared.entity.TextRules;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * 责任追究 (issue 11, item 7): officers open accountability cases on matters on a ground of the
 * regulation's list; the 倒查 rule ({@link TraceBack}) suggests whom to look at from the timeline,
 * the officer marks who is concerned, adds people or units, and records the decision with its date
 * and document number. Daily (a {@link ScheduledJob}) a rule proposes a case for every matter
 * overdue by more than N days ({@code petition.accountability.case-overdue-days}); a person opens
 * or dismisses it. County-wide roles see the county's cases; unit staff only the decided and open
 * cases of their unit (handling unit or a concerned party's), never one on an accusation against
 * their unit, never a mere proposal. Audited (history type ACCOUNTABILITY_CASE) and logged.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class AccountabilityCases implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(AccountabilityCases.class.getName());
    public static final String JOB = "accountability-cases";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Petitions petitions;

    @Inject
    MatterClocks clocks;

    @Inject
    Chains chains;

    @Inject
    AccountabilitySettings settings;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    DocumentPrinter printer;

    @RolesAllowed(Roles.OFFICER)
    public CaseView open(long matterId, CaseGround ground, String facts) {
        // a control character (NUL above all: PostgreSQL refuses it in a parameter) is refused on the field
        TextRules.checked("facts", facts);
        MatterDetail d = petitions.get(matterId);
        AppUser me = currentUser.get();
        AccountabilityCase c = AccountabilityCase.open(matterId, d.summary().number(), Recipients.top(me.getUnit()),
                d.handling() == null ? null : d.handling().mainUnitId(), d.accusedUnitId(), ground, facts, me.getUsername(),
                today());
        c.suggested(suggestion(d));
        em.persist(c);
        em.flush();
        c.numbered();
        LOG.info(() -> me.getUsername() + " opened accountability case " + c.getId() + " on matter " + matterId);
        return written(c);
    }

    /** A proposed case is opened (a person agreed), on the rule's ground or another; the 倒查 suggestion is made now. */
    @RolesAllowed(Roles.OFFICER)
    public CaseView accept(long id, CaseGround ground, String facts, long version) {
        TextRules.checked("facts", facts);
        AccountabilityCase c = bureauCase(id, version);
        MatterDetail d = petitions.get(c.getMatterId());
        c.accept(ground, facts);
        c.suggested(suggestion(d));
        LOG.info(() -> me() + " opened the proposed accountability case " + c.getNumber());
        return written(c, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public CaseView dismiss(long id, String note, long version) {
        AccountabilityCase c = bureauCase(id, version);
        c.dismiss(note, me(), today());
        LOG.info(() -> me() + " dismissed accountability case " + c.getNumber());
        return written(c, version);
    }

    /** Adds a person (their unit with them) or a unit alone as concerned. */
    @RolesAllowed(Roles.OFFICER)
    public CaseView addParty(long id, String username, Long unitId, long version) {
        AccountabilityCase c = bureauCase(id, version);
        // people of an accused unit may be concerned; they never see the case (see maySee)
        long county = c.getCountyId();
        Long unit = unitId;
        String person = username == null || username.isBlank() ? null : username.strip();
        if (person != null) {
            AppUser u = user(person);
            if (u == null || Recipients.top(u.getUnit()) != county) {
                throw BusinessException.onField("username", "accountability2.error.person");
            }
            unit = u.getUnit().getId();
        } else if (unit != null) {
            Unit u = em.find(Unit.class, unit);
            if (u == null || Recipients.top(u) != county) {
                throw BusinessException.onField("unitId", "accountability2.error.unit");
            }
        }
        c.addParty(person, unit);
        LOG.info(() -> me() + " added a party to accountability case " + c.getNumber());
        return written(c, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public CaseView concern(long id, long partyId, boolean concerned, long version) {
        AccountabilityCase c = bureauCase(id, version);
        c.concern(partyId, concerned);
        LOG.info(() -> me() + " marked party " + partyId + " of " + c.getNumber() + (concerned ? " concerned" : " not concerned"));
        return written(c, version);
    }

    @RolesAllowed(Roles.OFFICER)
    public CaseView decide(long id, DecisionForm form, long version) {
        AccountabilityCase c = bureauCase(id, version);
        if (form == null) {
            throw BusinessException.onField("decision", "accountability2.error.decision");
        }
        c.decide(form.decision(), form.decidedOn(), form.documentNumber(), form.note(), me(), today());
        LOG.info(() -> me() + " decided accountability case " + c.getNumber() + ": " + form.decision());
        return written(c, version);
    }

    public CaseView get(long id) {
        AccountabilityCase c = em.find(AccountabilityCase.class, id);
        if (c == null || !maySee(currentUser.get(), c)) {
            throw new NotFoundException();
        }
        return view(c);
    }

    /**
     * The decision as a PDF (责任追究决定书, or 通报 for 通报批评; Chinese, GB/T 9704 layout, words from
     * control.Papers), for whoever may see the case; refused before the decision
     * ({@code accountability3.error.notDecided}). It names the matter by number only and the units
     * and people marked concerned.
     */
    public byte[] pdf(long id) {
        CaseView c = get(id);
        if (c.status() != CaseStatus.DECIDED || c.decision() == null) {
            throw BusinessException.onField("decision", "accountability3.error.notDecided");
        }
        AccountabilityCase entity = em.find(AccountabilityCase.class, id);
        Papers w = Papers.chinese();
        String organ = w.text("organ", unitName(entity.getCountyId()));
        String ground = w.text("ground." + c.ground().name());
        List<String> body = new ArrayList<>();
        body.add(c.unitName() != null ? w.text("case.findings", c.unitName(), c.matterNumber(), ground)
                : w.text("case.findingsNoUnit", c.matterNumber(), ground));
        if (c.facts() != null) {
            body.add(w.text("case.facts", c.facts()));
        }
        if (c.decision() == cn.xinfang.petition.accountability.entity.DecisionKind.NONE) {
            body.add(w.text("case.decision.NONE"));
        } else {
            body.add(w.text("case.decision", w.text("decision." + c.decision().name())));
            int i = 1;
            for (var p : c.parties()) {
                if (!p.concerned()) {
                    continue;
                }
                String unit = p.unitName() == null ? "" : p.unitName();
                body.add(p.name() != null ? w.text("case.person", String.valueOf(i++), p.name(), unit)
                        : w.text("case.unitOnly", String.valueOf(i++), unit));
            }
            if (i == 1) {
                body.add(w.text("case.none"));
            }
        }
        if (c.decisionNote() != null) {
            body.add(w.text("case.note", c.decisionNote()));
        }
        body.add(w.text("case.closing"));
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {w.text("field.caseNumber"), c.number()});
        fields.add(new String[] {w.text("field.matterNumber"), c.matterNumber()});
        fields.add(new String[] {w.text("field.ground"), ground});
        fields.add(new String[] {w.text("field.decision"), w.text("decision." + c.decision().name())});
        fields.add(new String[] {w.text("field.decidedOn"), w.date(c.decidedOn())});
        if (c.documentNumber() != null) {
            fields.add(new String[] {w.text("field.documentNumber"), c.documentNumber()});
        }
        String title = c.decision() == cn.xinfang.petition.accountability.entity.DecisionKind.CRITICISM
                ? w.text("case.title.CRITICISM") : w.text("case.title");
        return printer.pdf(new DocumentPrinter.Paper(organ, c.documentNumber(), title, c.unitName(), body, fields, organ,
                c.decidedOn(), null));
    }

    public List<CaseView> list(CaseFilter filter, int first, int max) {
        AppUser me = currentUser.get();
        CaseFilter f = filter == null ? CaseFilter.ALL : filter;
        StringBuilder q = new StringBuilder("SELECT c FROM AccountabilityCase c WHERE c.countyId = :county");
        Map<String, Object> p = new HashMap<>();
        p.put("county", Recipients.top(me.getUnit()));
        if (!me.isCountyWide()) {
            q.append(" AND c.status <> :proposed AND (c.unitId = :mine OR EXISTS (SELECT x FROM CaseParty x"
                    + " WHERE x.accountabilityCase = c AND x.unitId = :mine AND x.concerned = TRUE))"
                    + " AND (c.accusedUnitId IS NULL OR c.accusedUnitId <> :mine)");
            p.put("proposed", CaseStatus.PROPOSED);
            p.put("mine", me.getUnit().getId());
        }
        if (f.status() != null) {
            q.append(" AND c.status = :status");
            p.put("status", f.status());
        }
        if (f.unitId() != null) {
            q.append(" AND c.unitId = :unit");
            p.put("unit", f.unitId());
        }
        if (f.matterId() != null) {
            q.append(" AND c.matterId = :matter");
            p.put("matter", f.matterId());
        }
        if (f.openedFrom() != null) {
            q.append(" AND c.openedOn >= :from");
            p.put("from", f.openedFrom());
        }
        if (f.openedTo() != null) {
            q.append(" AND c.openedOn <= :to");
            p.put("to", f.openedTo());
        }
        q.append(" ORDER BY c.openedOn DESC, c.id DESC");
        var query = em.createQuery(q.toString(), AccountabilityCase.class);
        p.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream()
                .map(this::view).toList();
    }

    // ------------------------------------------------------------------ the rule

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
        int contacts = chains.recordMissingFirstContacts();
        int n = propose(today);
        LOG.info(() -> "accountability: " + contacts + " first contacts recorded, " + n + " cases proposed");
        return true;
    }

    /** The overdue rule by hand (an officer): proposes the cases now; returns how many. */
    @RolesAllowed(Roles.OFFICER)
    public int proposeNow() {
        return propose(today());
    }

    private int propose(LocalDate today) {
        int days = settings.caseOverdueDays();
        if (days <= 0) {
            return 0;
        }
        Set<Long> proposed = new HashSet<>(em.createQuery("SELECT c.matterId FROM AccountabilityCase c WHERE c.automatic = TRUE",
                Long.class).getResultList());
        List<AccountabilityCase> cases = new ArrayList<>();
        for (ClockReading r : clocks.running()) {
            long late = ChronoUnit.DAYS.between(r.dueOn(), today);
            if (late > days && proposed.add(r.matterId())) {
                AccountabilityCase c = AccountabilityCase.propose(r.matterId(), r.number(), r.countyId(), r.unitId(),
                        r.accusedUnitId(), (int) late, "(system)", today);
                em.persist(c);
                cases.add(c);
            }
        }
        // one flush for all (a flush per case re-checks every case before it: quadratic on a large county),
        // then the numbers, which need the ids
        em.flush();
        cases.forEach(AccountabilityCase::numbered);
        return cases.size();
    }

    // ------------------------------------------------------------------ helpers

    /** 倒查 from the timeline: a repeat matter is traced in the first-time matter it repeats. */
    private List<TraceBack.Suggestion> suggestion(MatterDetail d) {
        boolean repeat = d.summary().repeat() && d.originId() != null;
        MatterDetail first = repeat ? petitions.get(d.originId()) : d;
        String leader = chains.current(d.summary().id(), ResponsibilityRole.LEADER).map(r -> r.getHolder())
                .orElseGet(() -> repeat ? chains.current(first.summary().id(), ResponsibilityRole.LEADER)
                        .map(r -> r.getHolder()).orElse(null) : null);
        List<TraceBack.Suggestion> out = new ArrayList<>();
        for (TraceBack.Suggestion s : TraceBack.suggest(repeat, first.timeline(), leader)) {
            Long unit = s.unitId();
            if (s.username() != null) {
                AppUser u = user(s.username());
                unit = u == null ? unit : u.getUnit().getId();
            }
            out.add(new TraceBack.Suggestion(s.username(), unit, s.basis()));
        }
        return out;
    }

    private AccountabilityCase bureauCase(long id, long version) {
        AccountabilityCase c = em.find(AccountabilityCase.class, id);
        if (c == null || Recipients.top(currentUser.get().getUnit()) != c.getCountyId()) {
            throw new NotFoundException();
        }
        StaleDataException.unlessAt(c.getVersion(), version);
        return c;
    }

    private static boolean maySee(AppUser me, AccountabilityCase c) {
        if (Recipients.top(me.getUnit()) != c.getCountyId()) {
            return false;
        }
        if (me.isCountyWide()) {
            return true;
        }
        long mine = me.getUnit().getId();
        if (c.getStatus() == CaseStatus.PROPOSED || c.getAccusedUnitId() != null && c.getAccusedUnitId() == mine) {
            return false;
        }
        return c.getUnitId() != null && c.getUnitId() == mine
                || c.getParties().stream().anyMatch(p -> p.isConcerned() && p.getUnitId() != null && p.getUnitId() == mine);
    }

    private CaseView written(AccountabilityCase c) {
        em.flush();
        return view(c);
    }

    /** A step on the case read at {@code version}: its version advances once (Versions), also for a party alone. */
    private CaseView written(AccountabilityCase c, long version) {
        Versions.advance(em, c, c::getVersion, version);
        return view(c);
    }

    private CaseView view(AccountabilityCase c) {
        Chains.UserNames names = chains.names();
        return c.view(this::unitName, names::of);
    }

    private String unitName(Long unitId) {
        Unit u = unitId == null ? null : em.find(Unit.class, unitId);
        return u == null ? null : u.getName();
    }

    private AppUser user(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultStream()
                .findFirst().orElse(null);
    }

    private String me() {
        return currentUser.get().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
