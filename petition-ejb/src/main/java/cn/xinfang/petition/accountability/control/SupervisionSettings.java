package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Settings of 督办 (README, "Configuration"). */
@Dependent
public class SupervisionSettings {

    @Inject
    Settings settings;

    /** Whether the rule issues a 催办单 when a unit's handling or report-back clock becomes overdue (default on). */
    public boolean autoUrge() {
        return settings.get("petition.supervision.auto-urge").map(Boolean::parseBoolean).orElse(true);
    }

    /** Days the unit has to answer an automatic 催办单 (default 3). */
    public int replyDays() {
        return Math.max(1, settings.integer("petition.supervision.reply-days", 3));
    }

    /** Whether the rule escalates an unanswered notice past its reply-by day to 挂牌督办 (default on). */
    public boolean autoEscalate() {
        return settings.get("petition.supervision.auto-escalate").map(Boolean::parseBoolean).orElse(true);
    }
}
