package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.Settings;
import cn.xinfang.petition.shared.entity.CountingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.casehandling.entity.Intake;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How this deployment counts the statutory periods (which live beside the lifecycle table, in
 * {@link cn.xinfang.petition.casehandling.entity.Lifecycle}) and its other case-handling settings.
 * Bare "日" reads as calendar days by default; counties that count working days set
 * PETITION_DEADLINE_MODE=WORKING_DAYS.
 */
@ApplicationScoped
public class CaseSettings {

    static final LocalDate DEFAULT_EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Logger LOG = Logger.getLogger(CaseSettings.class.getName());

    @Inject
    Settings settings;

    public CountingMode countingMode() {
        return settings.get("petition.deadline.mode")
                .filter(m -> m.equals(CountingMode.WORKING_DAYS.name()))
                .map(m -> CountingMode.WORKING_DAYS)
                .orElse(CountingMode.CALENDAR_DAYS);
    }

    /** The petitioner rates the reply within this many days, else it counts as 逾期未评价. */
    public int evaluationDays() {
        return settings.integer("petition.evaluation.days", 30);
    }

    /** This deployment's level: appeals decided at this level are decided here, those above are recorded. */
    public AuthorityLevel authorityLevel() {
        return settings.get("petition.authority.level")
                .flatMap(l -> Arrays.stream(AuthorityLevel.values())
                        .filter(v -> v.name().equals(l)).findFirst())
                .orElse(AuthorityLevel.COUNTY);
    }

    /** 积案 rules: open longer than this many days since receipt… */
    public int backlogOpenDays() {
        return settings.integer("petition.backlog.open-days", 90);
    }

    /** …or raised again at least this many times (repeats linked to it). */
    public int backlogRepeats() {
        return settings.integer("petition.backlog.repeats", 3);
    }

    public AppealPeriods periods(Deadlines deadlines) {
        return new AppealPeriods(deadlines, countingMode(), evaluationDays());
    }

    /**
     * The earliest receipt date a matter may be registered with (petition.intake.earliest-date,
     * yyyy-MM-dd, default 2000-01-01): older paper is not registered as a new matter. A value that
     * does not parse is ignored (the default applies); one before
     * {@link Intake#EARLIEST_CONFIGURABLE} is raised to it.
     */
    public LocalDate earliestReceipt() {
        LocalDate configured = settings.get("petition.intake.earliest-date").flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                LOG.warning("petition.intake.earliest-date is not a date (yyyy-MM-dd): " + v + "; using " + DEFAULT_EARLIEST);
                return Optional.empty();
            }
        }).orElse(DEFAULT_EARLIEST);
        return configured.isBefore(Intake.EARLIEST_CONFIGURABLE) ? Intake.EARLIEST_CONFIGURABLE : configured;
    }

    /** Lists mark a deadline "due soon" this many days ahead. */
    public int dueSoonDays() {
        return settings.integer("petition.deadline.due-soon-days", 3);
    }
}
