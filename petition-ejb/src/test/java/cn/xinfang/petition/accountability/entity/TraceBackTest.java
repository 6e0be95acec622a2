package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.MatterEvent.Type;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 责任倒查: first-time matter → the original handler; repeat matter → the owning leader and the first handler. */
class TraceBackTest {

    static final long UNIT_A = 11;
    static final long UNIT_B = 12;
    private int minute;

    private TimelineEntry step(Type type, String user) {
        return step(type, user, null);
    }

    private TimelineEntry step(Type type, String user, Long unit) {
        return new TimelineEntry(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * minute++), user, type, null,
                new TimelineEntry.Params(null, unit, unit == null ? null : "unit " + unit, List.of(), null, null, null, null,
                        null, null, null, null));
    }

    private List<TimelineEntry> handled() {
        List<TimelineEntry> t = new ArrayList<>();
        t.add(step(Type.REGISTERED, "reg1"));
        t.add(step(Type.ACCEPT, "officer1"));
        t.add(step(Type.ROUTE, "officer1", UNIT_A));
        t.add(step(Type.NOTE, "clerkA"));
        t.add(step(Type.DRAFT_REPLY, "clerkA2"));
        t.add(step(Type.APPROVE_REPLY, "leaderA"));
        return t;
    }

    @Test
    void aFirstTimeMatterPointsToTheOriginalHandlerInTheUnitItWasRoutedTo() {
        List<TraceBack.Suggestion> s = TraceBack.suggest(false, handled(), "countyLeader");
        assertEquals(List.of(new TraceBack.Suggestion("clerkA", UNIT_A, PartyBasis.ORIGINAL_HANDLER)), s,
                "the first handling step after the routing; a first-time matter's leader is not suggested");
    }

    @Test
    void theHandlerIsTakenAfterTheFirstRoutingEvenWhenTheMatterWasReRouted() {
        List<TimelineEntry> t = new ArrayList<>();
        t.add(step(Type.REGISTERED, "reg1"));
        t.add(step(Type.NOTE, "officer1"));          // before any routing: not a handler
        t.add(step(Type.ROUTE, "officer1", UNIT_A));
        t.add(step(Type.OBJECT, "clerkA"));          // an objection is not a handling step
        t.add(step(Type.ROUTE, "officer1", UNIT_B));
        t.add(step(Type.EXTEND, "clerkB"));
        assertEquals(List.of(new TraceBack.Suggestion("clerkB", UNIT_A, PartyBasis.ORIGINAL_HANDLER)),
                TraceBack.suggest(false, t, null), "the first routing's unit, the first handling step's person");
    }

    @Test
    void aRoutedMatterNobodyHandledPointsToTheUnit() {
        List<TimelineEntry> t = List.of(step(Type.REGISTERED, "reg1"), step(Type.ROUTE, "officer1", UNIT_A));
        assertEquals(List.of(new TraceBack.Suggestion(null, UNIT_A, PartyBasis.HANDLING_UNIT)), TraceBack.suggest(false, t, null));
    }

    @Test
    void aMatterNeverRoutedPointsToItsFirstContact() {
        List<TimelineEntry> t = List.of(step(Type.REGISTERED, "reg1"), step(Type.NOTE, "officer1"));
        assertEquals(List.of(new TraceBack.Suggestion("reg1", null, PartyBasis.ORIGINAL_HANDLER)), TraceBack.suggest(false, t, null));
    }

    @Test
    void aRepeatMatterPointsToTheOwningLeaderAndTheFirstHandler() {
        assertEquals(List.of(new TraceBack.Suggestion("countyLeader", null, PartyBasis.OWNING_LEADER),
                        new TraceBack.Suggestion("clerkA", UNIT_A, PartyBasis.FIRST_HANDLER)),
                TraceBack.suggest(true, handled(), "countyLeader"));
    }

    @Test
    void aRepeatMatterWithoutAnOwningLeaderPointsToTheLeaderWhoApprovedTheFirstReply() {
        assertEquals(List.of(new TraceBack.Suggestion("leaderA", UNIT_A, PartyBasis.APPROVING_LEADER),
                        new TraceBack.Suggestion("clerkA", UNIT_A, PartyBasis.FIRST_HANDLER)),
                TraceBack.suggest(true, handled(), null));
    }

    @Test
    void theOrderOfTheTimelineAsGivenDoesNotMatterAndSystemStepsAreNobody() {
        List<TimelineEntry> t = new ArrayList<>(List.of(step(Type.REGISTERED, "reg1"), step(Type.ROUTE, "officer1", UNIT_A),
                step(Type.NOTE, "(system)"), step(Type.NOTE, "clerkA"), step(Type.DRAFT_REPLY, "clerkA2")));
        java.util.Collections.reverse(t);
        assertEquals(List.of(new TraceBack.Suggestion("clerkA", UNIT_A, PartyBasis.ORIGINAL_HANDLER)),
                TraceBack.suggest(false, t, null));
    }

    @Test
    void oneLeaderWhoAlsoHandledItIsSuggestedOnce() {
        List<TimelineEntry> t = List.of(step(Type.REGISTERED, "reg1"), step(Type.ROUTE, "officer1", UNIT_A),
                step(Type.NOTE, "leaderA"));
        assertEquals(List.of(new TraceBack.Suggestion("leaderA", null, PartyBasis.OWNING_LEADER)),
                TraceBack.suggest(true, t, "leaderA"));
    }
}
