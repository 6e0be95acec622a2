package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.control.AppealPeriods;
import cn.xinfang.petition.casehandling.control.AppealWindows;
import cn.xinfang.petition.casehandling.control.BacklogRules;
import cn.xinfang.petition.casehandling.control.CaseSettings;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Appeal;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealRefusal;
import cn.xinfang.petition.casehandling.entity.AppealRefusalView;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.Hearing;
import cn.xinfang.petition.casehandling.entity.HearingPause;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import cn.xinfang.petition.casehandling.control.MatterSteps;
import cn.xinfang.petition.casehandling.entity.MatterAction;

/**
 * After the reply (2022 信访工作条例 Art 35–37): the rating recorded by staff, review (复查) and
 * re-review (复核) with their windows, hearings (听证) in every stage, termination (终结),
 * 息诉息访 and the backlog (积案). The bureau's case officers act for the reviewing authority when
 * it is this deployment's level, and record the decisions of the authorities above it.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
public class Appeals {

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
    BacklogRules backlog;

    @Inject
    Clock clock;

    @Inject
    MatterSteps steps;

    @Inject
    AppealWindows windows;

    /** A rating the petitioner gave by phone or in person (回访), recorded with who recorded it. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public MatterDetail evaluate(long id, Rating rating, RatingVia via, String comment, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        if (via == RatingVia.ONLINE) {
            throw BusinessException.onField("ratingVia", "error.evaluation.viaStaff");
        }
        LocalDate today = LocalDate.now(clock);
        return done(m, m.evaluate(rating, comment, via, today, periods().evaluationDue(m.reply().getRepliedOn()),
                Actor.of(me), clock.instant()), me);
    }

    /**
     * A review or re-review request, within 30 days of the reply or the review opinion. The
     * authority is one level above the one that answered, unless the officer names a higher one.
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail requestAppeal(long id, AppealStage stage, LocalDate requestedOn, String reason,
                                      AuthorityLevel level, String authorityName, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        if (stage == null) {
            throw BusinessException.onField("stage", "error.required");
        }
        LocalDate today = LocalDate.now(clock);
        AppealPeriods p = periods();
        List<Appeal> appeals = windows.appeals(m);
        LocalDate windowStart;
        LocalDate windowEnd;
        Optional<AuthorityLevel> authority;
        if (stage == AppealStage.REVIEW) {
            windowStart = m.reply().getRepliedOn();
            windowEnd = p.reviewRequestEnd(windowStart);
            authority = windowStart == null ? null : reviewingLevel(m);
        } else {
            Appeal review = appeals.stream().filter(a -> a.getStage() == AppealStage.REVIEW).findFirst().orElse(null);
            windowStart = AppealWindows.reviewedOn(appeals);
            windowEnd = p.reReviewRequestEnd(windowStart);
            authority = review == null ? null : review.getAuthorityLevel().above();
        }
        if (windowStart == null || windowEnd == null || authority == null) {
            throw new BusinessException("error.transition", m.getState(), stage == AppealStage.REVIEW
                    ? MatterAction.REQUEST_REVIEW
                    : MatterAction.REQUEST_RE_REVIEW);
        }
        AuthorityLevel next = authority.orElseThrow(() -> new BusinessException("error.appeal.noHigherAuthority"));
        AuthorityLevel chosen = level == null ? next : level;
        if (chosen.compareTo(next) < 0) {
            throw BusinessException.onField("authorityLevel", "error.appeal.authorityLevel", next);
        }
        boolean here = chosen == settings.authorityLevel();
        String name = authorityName == null || authorityName.isBlank()
                ? (here ? ownAuthorityName(m) : null) : authorityName.strip();
        if (name == null) {
            throw BusinessException.onField("authorityName", "error.required");
        }
        MatterEvent e = m.requestAppeal(stage, requestedOn, windowStart, windowEnd, today, name, Actor.of(me), clock.instant());
        LocalDate due = p.decisionDue(requestedOn, List.of());
        Appeal a = new Appeal(m, stage, requestedOn, reason, chosen, name, here, due, me.getUsername());
        em.persist(a);
        return done(m, e, me);
    }

    /**
     * The decision of the open review or re-review: made here when the authority is this
     * deployment's level, else recorded as received (date and document number required).
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail decideAppeal(long id, AppealOutcome outcome, String opinion, String documentNumber,
                                     LocalDate decidedOn, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        AppealStage stage = m.appealStage().orElseThrow(() -> new BusinessException("error.transition", m.getState(),
                MatterAction.DECIDE_REVIEW));
        Appeal a = open(m, stage);
        LocalDate today = LocalDate.now(clock);
        a.decide(outcome, opinion, documentNumber, decidedOn, today, me.getUsername());
        return done(m, m.appealDecided(stage, a.getDecidedOn(), a.getAuthorityName(), outcome, Actor.of(me),
                clock.instant()), me);
    }

    /** 终结 by hand once the window for the next appeal has lapsed (the nightly job does the same). */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail terminate(long id, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.terminateLapsed(windows.nextAppealEnd(m), LocalDate.now(clock), Actor.of(me), clock.instant()), me);
    }

    /**
     * 听证: scheduled by the main unit's leader while the matter is handled, by the bureau while it
     * is reviewed or re-reviewed here. Its days stop the clock of that stage.
     */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER})
    public MatterDetail scheduleHearing(long id, LocalDate from, LocalDate to, String place, String participants,
                                        long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        Hearing.Stage stage = m.hearingStage();
        // the stage began with the acceptance (handling) or with the request (review, re-review)
        Appeal a = stage == Hearing.Stage.HANDLING ? null
                : open(m, stage == Hearing.Stage.REVIEW ? AppealStage.REVIEW : AppealStage.RE_REVIEW);
        LocalDate stageStart = a == null ? m.acceptance().getAcceptedOn() : a.getRequestedOn();
        MatterEvent e = m.hearingScheduled(from, to, stageStart, LocalDate.now(clock), Actor.of(me), clock.instant());
        Hearing h = new Hearing(m, stage, from, to, place, participants, me.getUsername());
        em.persist(h);
        if (a == null) {
            m.pauseHandling(from, to, pauses -> calendar.deadlines().due(m.acceptance().getAcceptedOn(),
                    Lifecycle.HANDLING_DAYS + m.handling().getExtensionDays(), settings.countingMode(), toPauses(pauses)));
        } else {
            if (!a.isDecidedHere()) {
                throw new BusinessException("error.hearing.notHere");
            }
            em.flush();
            List<Deadlines.Pause> pauses = em.createNamedQuery(Hearing.OF_MATTER, Hearing.class).setParameter("matter", m)
                    .getResultStream().filter(x -> x.getStage() == stage)
                    .map(x -> new Deadlines.Pause(x.getHeldFrom(), x.getHeldTo())).toList();
            a.moveDue(periods().decisionDue(a.getRequestedOn(), pauses));
        }
        return done(m, e, me);
    }

    /** The minutes and conclusion of a hearing: by whoever may schedule hearings of its stage, or the main unit's clerk. */
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
    public MatterDetail recordHearing(long id, long hearingId, String minutes, String conclusion, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        Hearing h = em.find(Hearing.class, hearingId);
        if (h == null || !h.getMatter().equals(m)) {
            throw new NotFoundException();
        }
        boolean mainUnit = m.routing().getMainUnit() != null && m.routing().getMainUnit().equals(me.getUnit());
        boolean allowed = h.getStage() == Hearing.Stage.HANDLING ? mainUnit : me.hasRole(Role.OFFICER);
        if (!allowed) {
            throw new NotPermittedException();
        }
        MatterEvent e = h.record(minutes, conclusion, LocalDate.now(clock), me.getUsername(), clock.instant());
        return done(m, e, me);
    }

    /** 息诉息访: the petitioner stopped petitioning (the signed undertaking goes in as an attachment). */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail resolve(long id, LocalDate on, String note, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        return done(m, m.resolve(on, note, LocalDate.now(clock), Actor.of(me), clock.instant()), me);
    }

    /** 积案 flagged or cleared by hand. */
    @RolesAllowed({Roles.OFFICER, Roles.COUNTY_LEADER})
    public MatterDetail flagBacklog(long id, boolean flag, String reason, long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        MatterEvent e = m.flagBacklog(flag, reason, me.getUsername(), LocalDate.now(clock), clock.instant());
        backlog.mark(m);
        return done(m, e, me);
    }

    /**
     * A review or re-review request not accepted (不予受理): recorded with the day it was asked, its
     * reason, the refusal's day (default today), reason and notice number, and who decided; the
     * matter's state does not change. Only for a matter that was replied (a review) or reviewed (a
     * re-review).
     */
    @RolesAllowed(Roles.OFFICER)
    public MatterDetail refuseAppeal(long id, AppealStage stage, LocalDate requestedOn, String requestReason,
                                     String authorityName, LocalDate refusedOn, String reason, String noticeNumber,
                                     long version) {
        AppUser me = access.caller();
        Matter m = load(id, version, me);
        if (stage == null) {
            throw BusinessException.onField("stage", "error.required");
        }
        boolean appealable = stage == AppealStage.REVIEW ? m.reply().getRepliedOn() != null
                : AppealWindows.reviewedOn(windows.appeals(m)) != null;
        if (!appealable) {
            throw new BusinessException("error.transition", m.getState(), stage == AppealStage.REVIEW
                    ? MatterAction.REQUEST_REVIEW : MatterAction.REQUEST_RE_REVIEW);
        }
        String authority = authorityName == null || authorityName.isBlank() ? ownAuthorityName(m) : authorityName;
        AppealRefusal r = new AppealRefusal(m, stage, requestedOn, requestReason, authority, refusedOn, reason,
                noticeNumber, LocalDate.now(clock), me.getUsername());
        em.persist(r);
        MatterEvent e = m.appealRefused(r, me.getUsername(), clock.instant());
        return done(m, e, me);
    }

    /** The refused review and re-review requests of a matter, oldest first. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
    public List<AppealRefusalView> refusals(long id) {
        AppUser me = access.caller();
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        access.require(me, m);
        return em.createNamedQuery(AppealRefusal.OF_MATTER, AppealRefusal.class).setParameter("matter", m).getResultStream()
                .map(AppealRefusalView::of).toList();
    }

    /** The backlog list (积案): the bureau and county leaders see all; a unit leader the unit's own. Oldest first. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.COUNTY_LEADER, Roles.UNIT_LEADER})
    public List<MatterSummary> backlog(int first, int size) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Matter> q = em.createQuery("SELECT m FROM Matter m" + Matter.LIST_FETCH + " WHERE "
                + backlogWhere(params) + " ORDER BY m.intake.receivedOn, m.id", Matter.class);
        params.forEach(q::setParameter);
        return views.summaries(q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList());
    }

    /** When a matter counts as backlog: open at least {@code openDays} days, or raised again {@code repeats} times. */
    public record BacklogRule(int openDays, int repeats) implements Serializable {
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.COUNTY_LEADER, Roles.UNIT_LEADER})
    public BacklogRule backlogRule() {
        return new BacklogRule(settings.backlogOpenDays(), settings.backlogRepeats());
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.COUNTY_LEADER, Roles.UNIT_LEADER})
    public long backlogCount() {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(m) FROM Matter m WHERE " + backlogWhere(params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String backlogWhere(Map<String, Object> params) {
        AppUser me = access.caller();
        String where = backlog.condition(params);
        if (!access.seesAll(me)) {
            where += " AND m.routing.mainUnit = :myUnit";
            params.put("myUnit", me.getUnit());
        }
        return where + access.confidentialityCondition(me, params);
    }

    /**
     * The level of the body that reviews the reply (2022 Art 35: 原办理机关、单位的上一级机关、单位), from
     * the unit that replied: a department's or a township's reply (a village's or community's, which
     * its township answers for, likewise) is reviewed by the government of this deployment's level —
     * in a county, a county department's and a township's reply by the county government, decided
     * here; a reply of the government itself (the root unit) by the government above, recorded here
     * as received. Empty when there is no level above.
     */
    Optional<AuthorityLevel> reviewingLevel(Matter m) {
        Unit replied = m.routing().getMainUnit() != null ? m.routing().getMainUnit() : m.getRegisteringUnit();
        return replied.getParent() == null ? settings.authorityLevel().above() : Optional.of(settings.authorityLevel());
    }

    private String ownAuthorityName(Matter m) {
        Unit u = m.getRegisteringUnit();
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u.getName() + "人民政府";
    }

    private Appeal open(Matter m, AppealStage stage) {
        return windows.appeals(m).stream().filter(a -> a.getStage() == stage && a.getOutcome() == null).findFirst()
                .orElseThrow(() -> new BusinessException("error.appeal.none"));
    }

    private static List<Deadlines.Pause> toPauses(List<HearingPause> pauses) {
        return pauses.stream().map(h -> new Deadlines.Pause(h.getFrom(), h.getTo())).toList();
    }

    private AppealPeriods periods() {
        return windows.periods();
    }

    private Matter load(long id, long version, AppUser me) {
        return steps.load(id, version, me);
    }

    private MatterDetail done(Matter m, MatterEvent event, AppUser me) {
        return steps.done(m, event, me);
    }
}
