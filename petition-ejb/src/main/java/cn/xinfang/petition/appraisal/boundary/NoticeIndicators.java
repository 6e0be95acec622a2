package cn.xinfang.petition.appraisal.boundary;

import cn.xinfang.petition.accountability.boundary.Supervision;
import cn.xinfang.petition.accountability.entity.UnitRecord;
import cn.xinfang.petition.appraisal.entity.Evidence;
import cn.xinfang.petition.appraisal.entity.Measure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 督办 indicators from accountability's records per unit (Supervision#records over the
 * period: notices issued within it, judged as they stood at the end of the cut-off day, so that a
 * report made after it changes nothing): noticesIgnored (no answer by the reply-by day) and
 * noticesLate (answered after it).
 */
@Dependent
public class NoticeIndicators implements IndicatorSource {

    @Inject
    Supervision supervision;

    @Override
    public Set<String> keys() {
        return Set.of("noticesIgnored", "noticesLate");
    }

    @Override
    public Map<Long, Map<String, Measure>> measure(Set<String> keys, List<Long> unitIds, LocalDate from, LocalDate to, LocalDate asOf) {
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        Set<Long> wanted = Set.copyOf(unitIds);
        for (UnitRecord r : supervision.records(from, to, asOf)) {
            if (!wanted.contains(r.unitId())) {
                continue;
            }
            Map<String, Measure> m = new HashMap<>();
            m.put("noticesIgnored", Measure.count(r.ignored(), List.of(new Evidence("notices", "ignored", r.ignored()))));
            m.put("noticesLate", Measure.count(r.answeredLate(), List.of(new Evidence("notices", "late", r.answeredLate()))));
            out.put(r.unitId(), m);
        }
        return out;
    }
}
