package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import cn.xinfang.petition.reception.boundary.ReceptionStatistics;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reception-day indicator from reception's records (ReceptionStatistics#onTimeByUnit):
 * receptionOnTime 接待日批示件按时答复率 = the 批示件 of the sessions held within the period, routed to
 * the unit (or a unit below it) by the cut-off, reported back on time ÷ those due, all judged as
 * they stood at the end of the cut-off day (a report-back after it does not count). Evidence: the
 * counts and, for up to {@link #MAX_IDS} 批示件 not reported back on time, the matter behind each
 * ({@code instruction:<matter number>=<matter id>}).
 */
@Dependent
public class ReceptionIndicators implements IndicatorSource {

    static final String ON_TIME = "receptionOnTime";
    static final int MAX_IDS = 20;

    @Inject
    ReceptionStatistics reception;

    @Override
    public Set<String> keys() {
        return Set.of(ON_TIME);
    }

    @Override
    public Map<Long, Map<String, Measure>> measure(Set<String> keys, List<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        if (!keys.contains(ON_TIME)) {
            return out;
        }
        Map<Long, ReceptionStatistics.UnitInstructions> byUnit = reception.onTimeByUnit(from, to, asOf == null ? to : asOf, unitIds);
        for (Long unit : unitIds) {
            ReceptionStatistics.UnitInstructions u = byUnit.get(unit);
            long due = u == null ? 0 : u.due();
            long onTime = u == null ? 0 : u.onTime();
            List<Evidence> ev = new ArrayList<>();
            ev.add(new Evidence("instructions", "late", due - onTime));
            ev.add(new Evidence("instructions", "onTime", onTime));
            ev.add(new Evidence("instructions", "due", due));
            if (u != null) {
                u.late().stream().limit(MAX_IDS).forEach(l -> ev.add(new Evidence("instruction", l.matterNumber(), l.matterId())));
            }
            Map<String, Measure> m = new HashMap<>();
            m.put(ON_TIME, Measure.rate(onTime, due, ev));
            out.put(unit, m);
        }
        return out;
    }
}
