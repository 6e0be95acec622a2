package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "REGISTERED, REFUSE, NOT_ACCEPTED",
            "REGISTERED, REFER_STATUTORY, STATUTORY_CHANNEL",
            "REGISTERED, FORWARD_ACCUSATION, FORWARDED",
            "REGISTERED, ACCEPT, ACCEPTED",
            "REGISTERED, NOTE, REGISTERED",
            "ACCEPTED, ROUTE, HANDLING",
            "ACCEPTED, NOTE, ACCEPTED",
            "HANDLING, OBJECT, OBJECTED",
            "HANDLING, NOTE, HANDLING",
            "HANDLING, EXTEND, HANDLING",
            "HANDLING, HEARING, HANDLING",
            "HANDLING, DRAFT_REPLY, REPLY_DRAFTED",
            "OBJECTED, ROUTE, HANDLING",
            "OBJECTED, NOTE, OBJECTED",
            "REPLY_DRAFTED, APPROVE_REPLY, REPLIED",
            "REPLY_DRAFTED, RETURN_REPLY, HANDLING",
            "REPLY_DRAFTED, NOTE, REPLY_DRAFTED",
            "REPLIED, REPORT_BACK, REPORTED",
            "REPLIED, CLOSE, CLOSED",
            "REPORTED, CLOSE, CLOSED",
            "REPLIED, REQUEST_REVIEW, UNDER_REVIEW",
            "REPORTED, REQUEST_REVIEW, UNDER_REVIEW",
            "CLOSED, REQUEST_REVIEW, UNDER_REVIEW",
            "REPLIED, TERMINATE, TERMINATED",
            "REPORTED, TERMINATE, TERMINATED",
            "CLOSED, TERMINATE, TERMINATED",
            "UNDER_REVIEW, NOTE, UNDER_REVIEW",
            "UNDER_REVIEW, HEARING, UNDER_REVIEW",
            "UNDER_REVIEW, DECIDE_REVIEW, REVIEWED",
            "REVIEWED, NOTE, REVIEWED",
            "REVIEWED, REQUEST_RE_REVIEW, UNDER_RE_REVIEW",
            "REVIEWED, TERMINATE, TERMINATED",
            "UNDER_RE_REVIEW, NOTE, UNDER_RE_REVIEW",
            "UNDER_RE_REVIEW, HEARING, UNDER_RE_REVIEW",
            "UNDER_RE_REVIEW, DECIDE_RE_REVIEW, TERMINATED",
            "REPLIED, EVALUATE, REPLIED",
            "REPORTED, EVALUATE, REPORTED",
            "CLOSED, EVALUATE, CLOSED",
            "UNDER_REVIEW, EVALUATE, UNDER_REVIEW",
            "REVIEWED, EVALUATE, REVIEWED",
            "UNDER_RE_REVIEW, EVALUATE, UNDER_RE_REVIEW"})
    void allowedTransitions(MatterState from, MatterAction action, MatterState to) {
        assertEquals(to, Lifecycle.require(from, action));
        assertTrue(Lifecycle.allows(from, action));
    }

    /** RESOLVE (息诉息访) is recorded apart from the paperwork: in every state after registration, leaving it as it was. */
    @Test
    void resolutionIsAllowedInEveryStateAfterRegistrationAndChangesNothing() {
        for (MatterState s : MatterState.values()) {
            if (s == MatterState.REGISTERED) {
                assertFalse(Lifecycle.allows(s, MatterAction.RESOLVE));
            } else {
                assertEquals(s, Lifecycle.require(s, MatterAction.RESOLVE));
            }
        }
    }

    /** Every step has its rule of who may take it. */
    @Test
    void everyActionSaysWhoMayTakeIt() {
        for (MatterAction a : MatterAction.values()) {
            assertTrue(Lifecycle.WHO.containsKey(a), a.name());
        }
    }

    /** Every pair not listed above is refused: 41 + 14 (RESOLVE) + 15 (IDENTIFY_ACCUSED) + 2 (协办) allowed out of 15 states × 24 actions. */
    @Test
    void everythingElseIsRefusedWithAClearKey() {
        int allowed = 0;
        for (MatterState s : MatterState.values()) {
            for (MatterAction a : MatterAction.values()) {
                if (Lifecycle.allows(s, a)) {
                    allowed++;
                } else {
                    BusinessException e = assertThrows(BusinessException.class, () -> Lifecycle.require(s, a));
                    assertEquals("error.transition", e.key());
                    assertEquals(s, e.args()[0]);
                    assertEquals(a, e.args()[1]);
                }
            }
        }
        assertEquals(41 + 14 + 15 + 2, allowed);
    }

    @Test
    void theRefusalsTheRegulationCaresAbout() {
        // a reply before acceptance, routing a refused matter, approving what was never drafted
        assertFalse(Lifecycle.allows(MatterState.REGISTERED, MatterAction.DRAFT_REPLY));
        assertFalse(Lifecycle.allows(MatterState.NOT_ACCEPTED, MatterAction.ROUTE));
        assertFalse(Lifecycle.allows(MatterState.HANDLING, MatterAction.APPROVE_REPLY));
        assertFalse(Lifecycle.allows(MatterState.CLOSED, MatterAction.NOTE));
        // no review before a reply, no re-review before a review, nothing after termination
        assertFalse(Lifecycle.allows(MatterState.HANDLING, MatterAction.REQUEST_REVIEW));
        assertFalse(Lifecycle.allows(MatterState.CLOSED, MatterAction.REQUEST_RE_REVIEW));
        assertFalse(Lifecycle.allows(MatterState.UNDER_REVIEW, MatterAction.TERMINATE));
        assertFalse(Lifecycle.allows(MatterState.TERMINATED, MatterAction.REQUEST_REVIEW));
        assertFalse(Lifecycle.allows(MatterState.REGISTERED, MatterAction.EVALUATE));
    }

    @Test
    void finalStatesAllowNothingButRecordingThatThePetitionerStoppedOrWhomAnAccusationAccuses() {
        Set<MatterState> finals = EnumSet.noneOf(MatterState.class);
        for (MatterState s : MatterState.values()) {
            if (s.isFinal()) {
                finals.add(s);
                for (MatterAction a : MatterAction.values()) {
                    assertEquals(a == MatterAction.RESOLVE || a == MatterAction.IDENTIFY_ACCUSED, Lifecycle.allows(s, a), s + " " + a);
                }
            }
        }
        assertEquals(EnumSet.of(MatterState.NOT_ACCEPTED, MatterState.STATUTORY_CHANNEL, MatterState.FORWARDED,
                MatterState.TERMINATED), finals);
    }
}
