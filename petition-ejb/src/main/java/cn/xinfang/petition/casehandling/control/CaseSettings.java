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

    /** Art 35/36: ask for review (复查) or re-review (复核) within 30 days; it is decided within 30 days. */
    public static final int APPEAL_REQUEST_DAYS = 30;
    public static final int APPEAL_DECISION_DAYS = 30;

    /** The petitioner rates the reply within this many days, else it counts as 逾期未评价. */
    public int evaluationDays() {
        return settings.integer("petition.evaluation.days", 30);
    }

    /** This deployment's level: appeals decided at this level are decided here, those above are recorded. */
    public cn.xinfang.petition.casehandling.entity.AuthorityLevel authorityLevel() {
        return settings.get("petition.authority.level")
                .flatMap(l -> java.util.Arrays.stream(cn.xinfang.petition.casehandling.entity.AuthorityLevel.values())
                        .filter(v -> v.name().equals(l)).findFirst())
                .orElse(cn.xinfang.petition.casehandling.entity.AuthorityLevel.COUNTY);
    }

    /** 积案 rules: open longer than this many days since receipt… */
    public int backlogOpenDays() {
        return settings.integer("petition.backlog.open-days", 90);
    }

    /** …or raised again at least this many times (repeats linked to it). */
    public int backlogRepeats() {
        return settings.integer("petition.backlog.repeats", 3);
    }

    public AppealPeriods periods(cn.xinfang.petition.shared.control.Deadlines deadlines) {
        return new AppealPeriods(deadlines, countingMode(), evaluationDays());
    }

    /** Lists mark a deadline "due soon" this many days ahead. */
    public int dueSoonDays() {
        return settings.integer("petition.deadline.due-soon-days", 3);
    }
}
