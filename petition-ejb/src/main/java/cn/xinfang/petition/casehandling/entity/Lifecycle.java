package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Role;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import static cn.xinfang.petition.casehandling.entity.MatterAction.*;
import static cn.xinfang.petition.casehandling.entity.MatterState.*;

/**
 * What can happen to a petition matter, in one place (2022 信访工作条例 Art 22–34):
 *
 * <pre>
 * (NOTE records progress in every open state and leaves it unchanged)
 * REGISTERED ──REFUSE──────────────▶ NOT_ACCEPTED
 *            ──REFER_STATUTORY─────▶ STATUTORY_CHANNEL
 *            ──FORWARD_ACCUSATION──▶ FORWARDED            (检举控告 only)
 *            ──ACCEPT──────────────▶ ACCEPTED
 * ACCEPTED   ──ROUTE───────────────▶ HANDLING             (交办 / 转办 to a main unit)
 * HANDLING   ──OBJECT──────────────▶ OBJECTED             (within 5 working days of routing)
 *            ──NOTE / EXTEND / HEARING ▶ HANDLING          (one extension, ≤ 30 days)
 *            ──CONTRIBUTE / SET_CO_DUE ▶ HANDLING          (协办: co-handling units' contributions)
 *            ──DRAFT_REPLY─────────▶ REPLY_DRAFTED
 * OBJECTED   ──ROUTE───────────────▶ HANDLING             (re-routed by the bureau)
 * REPLY_DRAFTED ─APPROVE_REPLY─────▶ REPLIED              (by the unit leader)
 *            ──RETURN_REPLY────────▶ HANDLING
 * REPLIED    ──REPORT_BACK─────────▶ REPORTED             (交办)
 *            ──CLOSE───────────────▶ CLOSED               (转办)
 * REPORTED   ──CLOSE───────────────▶ CLOSED
 * REPLIED / REPORTED / CLOSED ──REQUEST_REVIEW──▶ UNDER_REVIEW   (within 30 days of the reply)
 * UNDER_REVIEW ──HEARING / NOTE────▶ UNDER_REVIEW
 *            ──DECIDE_REVIEW───────▶ REVIEWED             (复查意见书, due 30 days after the request)
 * REVIEWED   ──REQUEST_RE_REVIEW───▶ UNDER_RE_REVIEW      (within 30 days of the review opinion)
 * UNDER_RE_REVIEW ──DECIDE_RE_REVIEW ▶ TERMINATED         (复核意见书: 三级终结)
 * REPLIED / REPORTED / CLOSED / REVIEWED ──TERMINATE──▶ TERMINATED (the request window lapsed)
 * (EVALUATE records the petitioner's rating once a reply is issued and does not change the state;
 *  RESOLVE, 息诉息访, is kept apart from the paperwork: allowed in every state after registration,
 *  it does not change the state either; IDENTIFY_ACCUSED, the bureau naming whom an accusation
 *  accuses, is allowed in every state and leaves it unchanged; an accusation is accepted only
 *  once it is identified)
 * </pre>
 *
 * Beside the table: {@link #WHO}, who may take each step, and the statutory periods. Conditions
 * that depend on more than the state (the kind of matter, the routing mode, whether the one
 * extension is used) are in {@link Matter#refusal}. Anything not in the table is refused with
 * "error.transition".
 */
public final class Lifecycle {

    // ------------------------------------------------------------------ the periods (2022 信访工作条例)

    /** Art 22: tell the petitioner within 15 days how the matter will be handled. */
    public static final int ACCEPTANCE_DAYS = 15;
    /** Art 34: handle within 60 days of acceptance. */
    public static final int HANDLING_DAYS = 60;
    /** Art 34: one extension of at most 30 days. */
    public static final int MAX_EXTENSION_DAYS = 30;
    /** Art 23: object to a wrong routing within 5 working days. */
    public static final int OBJECTION_WORKING_DAYS = 5;
    /** Art 35/36: ask for review (复查) or re-review (复核) within 30 days of the opinion below… */
    public static final int APPEAL_REQUEST_DAYS = 30;
    /** …and it is decided within 30 days of the request. */
    public static final int APPEAL_DECISION_DAYS = 30;
    /**
     * 协办: the days a co-handling unit has for its contribution when the bureau sets no day
     * (calendar days, at the latest the main unit's handling due day). A local rule, not the
     * regulation's: the bureau sets the day per matter.
     */
    public static final int CO_HANDLING_DAYS = 15;

    // ------------------------------------------------------------------ who may take each step

    /** Who may take a step, asked of the actor and the matter as it stands. */
    public enum Who implements BiPredicate<Actor, Matter> {
        /** The bureau's case officer. */
        OFFICER((a, m) -> a.has(Role.OFFICER)),
        /** The case officer, or the staff of a unit handling the matter (main or co-handling, or a unit above one). */
        OFFICER_OR_HANDLING_UNIT((a, m) -> a.has(Role.OFFICER)
                || (a.has(Role.UNIT_CLERK) || a.has(Role.UNIT_LEADER)) && m.isHandledBy(a.unit())),
        /** A clerk or the leader of the main unit. */
        MAIN_UNIT((a, m) -> a.isStaffOf(m.routing().getMainUnit())),
        /** The leader of the main unit. */
        MAIN_UNIT_LEADER((a, m) -> a.isLeaderOf(m.routing().getMainUnit())),
        /** A hearing in the handling stage is the main unit leader's; in an appeal, the case officer's. */
        HEARING_HOLDER((a, m) -> m.getState() == MatterState.HANDLING ? a.isLeaderOf(m.routing().getMainUnit())
                : a.has(Role.OFFICER)),
        /** A clerk or the leader of a co-handling unit still asked to contribute. */
        CO_UNIT((a, m) -> (a.has(Role.UNIT_CLERK) || a.has(Role.UNIT_LEADER)) && m.coHandlingOf(a.unit()).isPresent()),
        /** The case officer, or a clerk or the leader of the main unit. */
        OFFICER_OR_MAIN_UNIT((a, m) -> a.has(Role.OFFICER) || a.isStaffOf(m.routing().getMainUnit())),
        /** The petitioner online, or the bureau's desk recording a rating given by phone or in person. */
        PETITIONER_OR_BUREAU((a, m) -> a.kind() == Actor.Kind.PETITIONER || a.isBureau()),
        /** The case officer, or a rule the system applies (the nightly termination, 不再受理 at registration). */
        OFFICER_OR_SYSTEM((a, m) -> a.kind() == Actor.Kind.SYSTEM || a.has(Role.OFFICER));

        private final BiPredicate<Actor, Matter> rule;

        Who(BiPredicate<Actor, Matter> rule) {
            this.rule = rule;
        }

        @Override
        public boolean test(Actor actor, Matter matter) {
            return rule.test(actor, matter);
        }
    }

    public static final Map<MatterAction, Who> WHO = new EnumMap<>(MatterAction.class);

    static {
        for (MatterAction a : new MatterAction[] {REFER_STATUTORY, FORWARD_ACCUSATION, ACCEPT, ROUTE, CLOSE,
                REQUEST_REVIEW, DECIDE_REVIEW, REQUEST_RE_REVIEW, DECIDE_RE_REVIEW, RESOLVE, IDENTIFY_ACCUSED}) {
            WHO.put(a, Who.OFFICER);
        }
        WHO.put(NOTE, Who.OFFICER_OR_HANDLING_UNIT);
        WHO.put(OBJECT, Who.MAIN_UNIT);
        WHO.put(CONTRIBUTE, Who.CO_UNIT);
        WHO.put(SET_CO_DUE, Who.OFFICER_OR_MAIN_UNIT);
        WHO.put(DRAFT_REPLY, Who.MAIN_UNIT);
        WHO.put(REPORT_BACK, Who.MAIN_UNIT);
        WHO.put(APPROVE_REPLY, Who.MAIN_UNIT_LEADER);
        WHO.put(RETURN_REPLY, Who.MAIN_UNIT_LEADER);
        WHO.put(EXTEND, Who.MAIN_UNIT_LEADER);
        WHO.put(HEARING, Who.HEARING_HOLDER);
        WHO.put(EVALUATE, Who.PETITIONER_OR_BUREAU);
        WHO.put(TERMINATE, Who.OFFICER_OR_SYSTEM);
        // the system refuses at registration what raises a terminated matter again (不再受理)
        WHO.put(REFUSE, Who.OFFICER_OR_SYSTEM);
    }

    // ------------------------------------------------------------------ what may happen in each state

    private static final Map<MatterState, Map<MatterAction, MatterState>> TABLE = new EnumMap<>(MatterState.class);

    static {
        allow(REGISTERED, REFUSE, NOT_ACCEPTED);
        allow(REGISTERED, REFER_STATUTORY, STATUTORY_CHANNEL);
        allow(REGISTERED, FORWARD_ACCUSATION, FORWARDED);
        allow(REGISTERED, ACCEPT, ACCEPTED);
        allow(REGISTERED, NOTE, REGISTERED);
        allow(ACCEPTED, ROUTE, HANDLING);
        allow(ACCEPTED, NOTE, ACCEPTED);
        allow(HANDLING, OBJECT, OBJECTED);
        allow(HANDLING, NOTE, HANDLING);
        allow(HANDLING, EXTEND, HANDLING);
        allow(HANDLING, HEARING, HANDLING);
        allow(HANDLING, DRAFT_REPLY, REPLY_DRAFTED);
        allow(HANDLING, CONTRIBUTE, HANDLING);
        allow(HANDLING, SET_CO_DUE, HANDLING);
        allow(OBJECTED, ROUTE, HANDLING);
        allow(OBJECTED, NOTE, OBJECTED);
        allow(REPLY_DRAFTED, APPROVE_REPLY, REPLIED);
        allow(REPLY_DRAFTED, RETURN_REPLY, HANDLING);
        allow(REPLY_DRAFTED, NOTE, REPLY_DRAFTED);
        allow(REPLIED, REPORT_BACK, REPORTED);
        allow(REPLIED, CLOSE, CLOSED);
        allow(REPORTED, CLOSE, CLOSED);
        for (MatterState replied : new MatterState[] {REPLIED, REPORTED, CLOSED}) {
            allow(replied, REQUEST_REVIEW, UNDER_REVIEW);
            allow(replied, TERMINATE, TERMINATED);
        }
        allow(UNDER_REVIEW, NOTE, UNDER_REVIEW);
        allow(UNDER_REVIEW, HEARING, UNDER_REVIEW);
        allow(UNDER_REVIEW, DECIDE_REVIEW, REVIEWED);
        allow(REVIEWED, NOTE, REVIEWED);
        allow(REVIEWED, REQUEST_RE_REVIEW, UNDER_RE_REVIEW);
        allow(REVIEWED, TERMINATE, TERMINATED);
        allow(UNDER_RE_REVIEW, NOTE, UNDER_RE_REVIEW);
        allow(UNDER_RE_REVIEW, HEARING, UNDER_RE_REVIEW);
        allow(UNDER_RE_REVIEW, DECIDE_RE_REVIEW, TERMINATED);
        for (MatterState after : new MatterState[] {REPLIED, REPORTED, CLOSED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW}) {
            allow(after, EVALUATE, after);
        }
        for (MatterState s : MatterState.values()) {
            if (s != REGISTERED) {
                allow(s, RESOLVE, s);
            }
            // whom an accusation accuses can be identified, or corrected, whatever has happened to it
            allow(s, IDENTIFY_ACCUSED, s);
        }
    }

    private Lifecycle() {
    }

    private static void allow(MatterState from, MatterAction action, MatterState to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(MatterAction.class)).put(action, to);
    }

    public static Optional<MatterState> next(MatterState from, MatterAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean allows(MatterState from, MatterAction action) {
        return next(from, action).isPresent();
    }

    /** The state after the action, or a refusal a clerk understands ("error.transition", state, action). */
    public static MatterState require(MatterState from, MatterAction action) {
        return next(from, action).orElseThrow(() -> new BusinessException("error.transition", from, action));
    }
}
