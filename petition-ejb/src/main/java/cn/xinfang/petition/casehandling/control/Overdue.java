package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.DueClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JPQL condition "overdue on this clock" over a matter aliased {@code m}: the matter is in a
 * state in which the clock runs and the clock's due day lies before {@code today} (the product's
 * Asia/Shanghai day). Parameters are added to {@code params} under names starting with
 * {@code prefix}.
 */
public final class Overdue {

    private Overdue() {
    }

    public static String condition(DueClock clock, LocalDate today, String prefix, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        and.add("m.state IN :" + prefix + "States");
        params.put(prefix + "States", List.copyOf(clock.runsIn()));
        params.put(prefix + "Today", today);
        switch (clock.due()) {
            case ACCEPTANCE -> and.add("m.acceptance.due < :" + prefix + "Today");
            case OBJECTION -> and.add("m.routing.objectionDue < :" + prefix + "Today");
            case HANDLING -> and.add("m.handling.due < :" + prefix + "Today");
            case APPEAL -> {
                and.add("EXISTS (SELECT 1 FROM Appeal oa WHERE oa.matter = m AND oa.stage = :" + prefix + "Stage"
                        + " AND oa.outcome IS NULL AND oa.dueOn < :" + prefix + "Today)");
                params.put(prefix + "Stage", clock.appealStage());
            }
        }
        if (clock.routingMode() != null) {
            and.add("m.routing.mode = :" + prefix + "Mode");
            params.put(prefix + "Mode", clock.routingMode());
        }
        return "(" + String.join(" AND ", and) + ")";
    }
}
