package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.CaseSettings;
import cn.xinfang.petition.casehandling.control.LowerLevels;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.entity.HearingPause;
import cn.xinfang.petition.casehandling.entity.CoHandling;
import cn.xinfang.petition.casehandling.entity.CoHandlingView;
import cn.xinfang.petition.casehandling.entity.CoInboxRow;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.casehandling.control.LookupCodes;
import cn.xinfang.petition.shared.control.ServerSecret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cn.xinfang.petition.casehandling.control.MatterSteps;

/**
 * Everything after registration: the acceptance decision, routing and objections, handling with
 * its one extension and hearing pauses, the reply and its approval, report back and closing.
 * Each method: the caller's role (annotation), the caller's unit (the matter's main unit for unit
 * staff), the version the caller saw, then the entity's own rules and the lifecycle.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
public class Handling {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    MatterViews views;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings settings;

    @Inject
    Clock clock;

    @Inject
    MatterSteps steps;

    @Inject
    ServerSecret secret;

    /**
     * A new lookup code (查询码) for a petitioner who lost theirs: codes are kept only as hashes, so
     * the earlier one cannot be shown again; it stops working, and the new one is in this answer
     * only (the change is in the matter's history).
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public MatterDetail issueLookupCode(long id, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        String code = LookupCodes.next();
        m.issueLookupCode(code, LookupCodes.hash(secret.key(), code));
        em.flush();
        return views.detail(m, me);
    }

    @RolesAllowed(Roles.OFFICER)
    public MatterDetail decide(long id, Decision decision, String text, long version) {
        return decide(id, decision, text, null, version);
    }

    /**
     * The acceptance decision; {@link Decision#HANDLED_BELOW} names in {@code lowerMatterId} the
     * petitioner's matter a lower level is handling within its period (2022 Art 19), which must be
     * one of {@code HandlingView.handledBelow}; the refusal notice tells the petitioner where to
     * follow it.
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail decide(long id, Decision decision, String text, Long lowerMatterId, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        LocalDate today = LocalDate.now(clock);
        if (decision == null) {
            throw BusinessException.onField("decision", "error.required");
        }
        MatterEvent e = switch (decision) {
            case ACCEPT -> m.accept(today, handlingDue(today, 0, List.of()), Actor.of(me), clock.instant());
            case REFUSE -> m.refuse(text, Actor.of(me), clock.instant(), today);
            case HANDLED_BELOW -> refuseAsHandledBelow(m, lowerMatterId, me, today);
            case STATUTORY -> m.referToStatutoryChannel(text, Actor.of(me), clock.instant(), today);
            case FORWARD -> m.forwardAccusation(text, Actor.of(me), clock.instant(), today);
        };
        return done(m, e, me);
    }

    private MatterEvent refuseAsHandledBelow(Matter m, Long lowerMatterId, AppUser me, LocalDate today) {
        if (lowerMatterId == null) {
            throw BusinessException.onField("lowerMatter", "error.required");
        }
        Matter lower = em.find(Matter.class, lowerMatterId);
        if (lower == null || !access.maySee(me, lower) || lower.equals(m) || !lower.getPetitioner().equals(m.getPetitioner())) {
            throw BusinessException.onField("lowerMatter", "error.matter.handledBelowOther");
        }
        if (!LowerLevels.handledBelowWithinPeriod(lower, m.getRegisteringUnit(), today)) {
            throw BusinessException.onField("lowerMatter", "error.matter.notHandledBelow", lower.getNumber());
        }
        Unit by = LowerLevels.responsible(lower);
        LocalDate due = lower.openPeriodDue();
        String notice = "你（你们）反映的问题，" + by.getName() + "已于" + lower.intake().getReceivedOn() + "登记（事项编号 "
                + lower.getNumber() + "），目前正在法定期限内办理，办理期限至" + due + "。依照《信访工作条例》第十九条，本机关不予受理，"
                + "请向" + by.getName() + "了解办理情况、等候其书面答复。";
        return m.refuseAsHandledBelow(lower, by, due, notice, Actor.of(me), clock.instant(), today);
    }

    /**
     * 2022 Art 30: the case officer identifies, or corrects, whom an accusation accuses —
     * {@code accusedUnitId} the accused unit or the unit of the accused person (null: no unit of
     * this county), {@code accusedParty} the person or unit as named (blank keeps it). An accusation
     * is accepted only once identified; from then on the accused unit and the units within it see
     * nothing of it. Audited (the matter's history) and on the timeline.
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail identifyAccused(long id, Long accusedUnitId, String accusedParty, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        Unit unit = null;
        if (accusedUnitId != null) {
            unit = em.find(Unit.class, accusedUnitId);
            if (unit == null || !unit.isActive()) {
                throw BusinessException.onField("accusedUnit", "error.notFound");
            }
        }
        return done(m, m.identifyAccused(unit, accusedParty, Actor.of(me), clock.instant()), me);
    }

    /** 交办 / 转办, and re-routing after an objection. The main unit may object within 5 working days. */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail route(long id, RoutingMode mode, Long mainUnitId, List<Long> coUnitIds, long version) {
        return route(id, mode, mainUnitId, coUnitIds, null, version);
    }

    /**
     * The same, with the day the co-handling units' contributions (协办意见) are due; null:
     * {@code Lifecycle.CO_HANDLING_DAYS} days, at the latest the handling due day.
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail route(long id, RoutingMode mode, Long mainUnitId, List<Long> coUnitIds, LocalDate coDue, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        LocalDate today = LocalDate.now(clock);
        Unit main = mainUnitId == null ? null : em.find(Unit.class, mainUnitId);
        List<Unit> co = new ArrayList<>();
        for (Long cid : coUnitIds == null ? List.<Long>of() : coUnitIds) {
            Unit u = em.find(Unit.class, cid);
            if (u == null || !u.isActive()) {
                throw BusinessException.onField("coUnits", "error.notFound");
            }
            co.add(u);
        }
        LocalDate objectionDue = calendar.deadlines().due(today, Lifecycle.OBJECTION_WORKING_DAYS, CountingMode.WORKING_DAYS);
        return done(m, m.route(mode, main, co, coDue, today, objectionDue, Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail object(long id, String reason, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.object(reason, LocalDate.now(clock), Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail note(long id, String text, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.note(text, Actor.of(me), clock.instant()), me);
    }

    /** The one extension (≤ 30 days), granted by the main unit's leader. */
    @RolesAllowed(Roles.UNIT_LEADER)
    public MatterDetail extend(long id, int days, String reason, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        LocalDate newDue = m.acceptance().getAcceptedOn() == null ? null
                : handlingDue(m.acceptance().getAcceptedOn(), Math.max(0, Math.min(days, 30)), m.getPauses());
        return done(m, m.extend(days, reason, newDue, Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail draftReply(long id, ReplyOutcome outcome, String text, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.draftReply(outcome, text, Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed(Roles.UNIT_LEADER)
    public MatterDetail approveReply(long id, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.approveReply(LocalDate.now(clock), Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed(Roles.UNIT_LEADER)
    public MatterDetail returnReply(long id, String reason, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.returnReply(reason, Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail reportBack(long id, String text, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.reportBack(text, Actor.of(me), clock.instant()), me);
    }

    @RolesAllowed(Roles.OFFICER)
    public MatterDetail close(long id, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.close(LocalDate.now(clock), Actor.of(me), clock.instant()), me);
    }

    // ------------------------------------------------------------------ 协办 (co-handling units)

    /** Every co-handling unit's part in the matter, also the withdrawn ones, oldest first. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<CoHandlingView> coHandling(long id) {
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        access.require(access.caller(), m);
        return m.coHandling().stream().map(views::coHandling).toList();
    }

    /** 协办意见: the caller's unit, a co-handling unit, records its contribution. */
    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail contribute(long id, String text, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.contribute(text, Actor.of(me), LocalDate.now(clock), clock.instant()), me);
    }

    /** The main unit or the bureau moves the day a co-handling unit's contribution is due. */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public MatterDetail setCoHandlingDue(long id, Long unitId, LocalDate due, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            throw BusinessException.onField("coUnit", "error.required");
        }
        return done(m, m.setCoHandlingDue(unit, due, Actor.of(me), LocalDate.now(clock), clock.instant()), me);
    }

    /** 协办待办: the matters the caller's unit is asked to contribute to and has not yet, the earliest due first. */
    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public List<CoInboxRow> coInbox(int first, int size) {
        AppUser me = access.caller();
        List<CoHandling> open = em.createQuery("SELECT ch FROM CoHandling ch JOIN FETCH ch.matter m JOIN FETCH ch.unit"
                        + " WHERE ch.unit = :unit AND ch.withdrawn = FALSE AND ch.contributedOn IS NULL AND m.state = :handling"
                        + " ORDER BY ch.dueOn, m.id", CoHandling.class)
                .setParameter("unit", me.getUnit()).setParameter("handling", MatterState.HANDLING)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
        List<MatterSummary> summaries = views.summaries(open.stream().map(CoHandling::getMatter).toList());
        List<CoInboxRow> rows = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            rows.add(new CoInboxRow(summaries.get(i), views.coHandling(open.get(i))));
        }
        return rows;
    }

    /** 待办: the open matters of the caller's unit as main unit, most urgent first. */
    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public List<MatterSummary> inbox(int first, int size) {
        AppUser me = access.caller();
        // an accusation is never routed to the accused unit (Matter.route), so the main unit always may see its inbox
        return views.summaries(em.createQuery("SELECT m FROM Matter m" + Matter.LIST_FETCH
                        + " WHERE m.routing.mainUnit = :unit AND m.state IN :open ORDER BY m.handling.due, m.id", Matter.class)
                .setParameter("unit", me.getUnit()).setParameter("open", INBOX)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList());
    }

    @RolesAllowed({Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public long inboxCount() {
        AppUser me = access.caller();
        return em.createQuery("SELECT COUNT(m) FROM Matter m WHERE m.routing.mainUnit = :unit AND m.state IN :open", Long.class)
                .setParameter("unit", me.getUnit()).setParameter("open", INBOX).getSingleResult();
    }

    private static final List<MatterState> INBOX = List.of(MatterState.HANDLING, MatterState.OBJECTED,
            MatterState.REPLY_DRAFTED, MatterState.REPLIED);

    private LocalDate handlingDue(LocalDate accepted, int extensionDays, List<HearingPause> pauses) {
        List<Deadlines.Pause> p = pauses.stream().map(h -> new Deadlines.Pause(h.getFrom(), h.getTo())).toList();
        return calendar.deadlines().due(accepted, Lifecycle.HANDLING_DAYS + extensionDays, settings.countingMode(), p);
    }

    private Matter load(long id, long version, AppUser me) {
        return steps.load(id, version, me);
    }

    private MatterDetail done(Matter m, MatterEvent event, AppUser me) {
        return steps.done(m, event, me);
    }
}
