package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 责任倒查: whom an accountability case should look at first, from the timeline. For a first-time
 * matter the original handler; for a repeat matter the owning leader and the first handler (both
 * of the first-time matter it repeats). The handler is whoever took the first handling step after
 * the first routing (a note, an extension, a hearing, a reply draft, a report-back); with no such
 * step, the unit it was routed to; a matter never routed was held by its first contact (the
 * registration). The owning leader is the matter's 包案 or named leader; without one, the leader who
 * approved the first reply. A person decides; this is a suggestion.
 */
public final class TraceBack {

    /** A person (username, may be null for a unit alone) and unit suggested, with the rule's reason. */
    public record Suggestion(String username, Long unitId, PartyBasis basis) implements Serializable {
    }

    static final Set<MatterEvent.Type> HANDLING_STEPS = EnumSet.of(MatterEvent.Type.NOTE, MatterEvent.Type.EXTEND,
            MatterEvent.Type.HEARING, MatterEvent.Type.HEARING_RECORD, MatterEvent.Type.DRAFT_REPLY,
            MatterEvent.Type.REPORT_BACK);

    private TraceBack() {
    }

    /**
     * @param repeat        whether the matter is a repeat (重复信访)
     * @param firstTimeline the timeline of the first-time matter: the matter itself, or the one it repeats
     * @param owningLeader  the owning leader's username, or null
     */
    public static List<Suggestion> suggest(boolean repeat, List<TimelineEntry> firstTimeline, String owningLeader) {
        List<TimelineEntry> steps = firstTimeline.stream().sorted(Comparator.comparing(TimelineEntry::at)).toList();
        List<Suggestion> out = new ArrayList<>();
        if (repeat) {
            if (owningLeader != null) {
                out.add(new Suggestion(owningLeader, null, PartyBasis.OWNING_LEADER));
            } else {
                // the reply is approved by a leader of the unit it was routed to
                Long routed = first(steps, EnumSet.of(MatterEvent.Type.ROUTE), null)
                        .map(e -> e.params() == null ? null : e.params().unitId()).orElse(null);
                first(steps, EnumSet.of(MatterEvent.Type.APPROVE_REPLY), null)
                        .ifPresent(e -> out.add(new Suggestion(e.username(), routed, PartyBasis.APPROVING_LEADER)));
            }
        }
        Suggestion handler = handler(steps, repeat ? PartyBasis.FIRST_HANDLER : PartyBasis.ORIGINAL_HANDLER);
        if (handler != null && out.stream().noneMatch(s -> s.username() != null && s.username().equals(handler.username()))) {
            out.add(handler);
        }
        return out;
    }

    private static Suggestion handler(List<TimelineEntry> steps, PartyBasis basis) {
        Optional<TimelineEntry> route = first(steps, EnumSet.of(MatterEvent.Type.ROUTE), null);
        if (route.isEmpty()) {
            return first(steps, EnumSet.of(MatterEvent.Type.REGISTERED), null)
                    .map(e -> new Suggestion(e.username(), null, basis)).orElse(null);
        }
        Long unit = route.get().params() == null ? null : route.get().params().unitId();
        return first(steps, HANDLING_STEPS, route.get())
                .map(e -> new Suggestion(e.username(), unit, basis))
                .orElse(unit == null ? null : new Suggestion(null, unit, PartyBasis.HANDLING_UNIT));
    }

    private static Optional<TimelineEntry> first(List<TimelineEntry> steps, Set<MatterEvent.Type> types, TimelineEntry after) {
        return steps.stream()
                .filter(e -> types.contains(e.type()) && e.username() != null && !e.username().isBlank() && !e.username().startsWith("("))
                .filter(e -> after == null || !e.at().isBefore(after.at()))
                .findFirst();
    }
}
