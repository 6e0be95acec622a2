package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.accountability.boundary.AccountabilityRecords;
import cn.xinfang.petition.accountability.entity.OwnershipRate;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators from accountability's records (AccountabilityRecords), per unit:
 * <ul>
 * <li>leaderCaseResolution 包案化解率 = the unit's 包案 taken within the period and resolved by the
 * end of the cut-off day ÷ the unit's 包案 taken within the period (a rate; evidence: the counts and
 * each 包案 id with its matter id, open ones first);</li>
 * <li>accountabilityDecisions 责任追究 = the accountability cases decided within the period with a
 * measure (not 免予追究) in which the unit is concerned (a count; evidence: each case id with its
 * matter id). A decision day lies within the period, so never after the cut-off.</li>
 * </ul>
 * Definitions shown to users: {@code appraisal.indicator.<key>.def} in the bundles.
 */
@Dependent
public class AccountabilityIndicators implements IndicatorSource {

    static final String OWNERSHIP = "leaderCaseResolution";
    static final String DECISIONS = "accountabilityDecisions";
    /** At most this many record ids are kept as evidence per line (the counts are always complete). */
    static final int MAX_IDS = 20;

    @Inject
    AccountabilityRecords records;

    @Override
    public Set<String> keys() {
        return Set.of(OWNERSHIP, DECISIONS);
    }

    @Override
    public Map<Long, Map<String, Measure>> measure(Set<String> keys, List<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate cut = asOf == null || asOf.isBefore(to) ? to : asOf;
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        for (Long unit : unitIds) {
            Map<String, Measure> m = new HashMap<>();
            if (keys.contains(OWNERSHIP)) {
                m.put(OWNERSHIP, ownership(records.ownership(unit, from, to), records.ownership(unit, from, cut)));
            }
            if (keys.contains(DECISIONS)) {
                AccountabilityRecords.Decisions d = records.decisions(unit, from, to);
                List<Evidence> ev = new ArrayList<>();
                ev.add(new Evidence("decisions", "decided", d.cases().size()));
                d.cases().stream().limit(MAX_IDS).forEach(c -> ev.add(new Evidence("accountabilityCase", String.valueOf(c.caseId()), c.matterId())));
                m.put(DECISIONS, Measure.count(d.cases().size(), ev));
            }
            out.put(unit, m);
        }
        return out;
    }

    /**
     * The rate over the 包案 taken within the period ({@code period}) counting those resolved by the
     * end of the cut-off day ({@code untilCut}: taken from the period's start to the cut-off, resolved by it).
     * Evidence {@code leaderCase:<id>=<matterId>} (open) and {@code leaderCaseResolved:<id>=<matterId>}.
     */
    static Measure ownership(OwnershipRate period, OwnershipRate untilCut) {
        Set<Long> resolvedByCut = new HashSet<>(untilCut.resolvedIds());
        List<Long> taken = period.takenIds();
        List<Evidence> open = new ArrayList<>();
        List<Evidence> resolved = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            long id = taken.get(i);
            long matter = period.takenMatterIds().get(i);
            (resolvedByCut.contains(id) ? resolved : open).add(new Evidence(resolvedByCut.contains(id) ? "leaderCaseResolved" : "leaderCase",
                    String.valueOf(id), matter));
        }
        List<Evidence> ev = new ArrayList<>();
        ev.add(new Evidence("ownership", "open", open.size()));
        ev.add(new Evidence("ownership", "resolved", resolved.size()));
        ev.add(new Evidence("ownership", "taken", taken.size()));
        List<Evidence> ids = new ArrayList<>(open);
        ids.addAll(resolved);
        ev.addAll(ids.subList(0, Math.min(MAX_IDS, ids.size())));
        return Measure.rate(resolved.size(), taken.size(), ev);
    }
}
