package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
 *  RESOLVE, 息诉息访, is kept apart from the paperwork and is not part of this table)
 * </pre>
 *
 * Conditions that depend on more than the state (the kind of matter, the routing mode, whether
 * the one extension is used, the objection period) are checked by {@link Matter} before it asks
 * for the transition. Anything not in the table is refused with "error.transition".
 */
public final class Lifecycle {

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
