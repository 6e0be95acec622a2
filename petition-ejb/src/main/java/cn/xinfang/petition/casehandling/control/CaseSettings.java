package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.Settings;
import cn.xinfang.petition.shared.entity.CountingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The statutory periods (2022 信访工作条例) and how days are counted. Bare "日" reads as calendar
 * days by default; counties that count working days set PETITION_DEADLINE_MODE=WORKING_DAYS.
 */
@ApplicationScoped
public class CaseSettings {

    /** Art 22: tell the petitioner how the matter will be handled. */
    public static final int ACCEPTANCE_DAYS = 15;
    /** Art 34: handle within 60 days of acceptance. */
    public static final int HANDLING_DAYS = 60;
    /** Art 34: one extension of at most 30 days. */
    public static final int MAX_EXTENSION_DAYS = 30;
    /** Art 23: object to a wrong routing within 5 working days. */
    public static final int OBJECTION_WORKING_DAYS = 5;

    @Inject
    Settings settings;

    public CountingMode countingMode() {
        return settings.get("petition.deadline.mode")
                .filter(m -> m.equals(CountingMode.WORKING_DAYS.name()))
                .map(m -> CountingMode.WORKING_DAYS)
                .orElse(CountingMode.CALENDAR_DAYS);
    }

    /** Lists mark a deadline "due soon" this many days ahead. */
    public int dueSoonDays() {
        return settings.integer("petition.deadline.due-soon-days", 3);
    }
}
