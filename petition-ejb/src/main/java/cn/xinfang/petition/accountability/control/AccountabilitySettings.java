package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The accountability feature's settings (README, "Configuration"). */
@Dependent
public class AccountabilitySettings {

    @Inject
    Settings settings;

    /** Days before a due day from which a clock counts as due soon: the lists' own setting. */
    public int dueSoonDays() {
        return Math.max(0, settings.integer("petition.deadline.due-soon-days", 3));
    }

    /** The watch's interval (the scheduled-job timer's). */
    public long intervalMillis() {
        return JobLeases.intervalMillis(settings);
    }

    /** Whether notifications also go out by e-mail (through the mail session java:jboss/mail/petition). */
    public boolean mailEnabled() {
        return settings.flag("petition.notify.mail");
    }

    /** The SMTP host to send to instead of the mail session's, or null. */
    public String smtpHost() {
        return settings.get("petition.smtp.host").orElse(null);
    }

    /** The SMTP port to send to instead of the mail session's, or -1. */
    public int smtpPort() {
        return settings.integer("petition.smtp.port", -1);
    }

    /**
     * 责任追究: a matter whose clock is overdue by more than this many days gets a proposed
     * accountability case (a person decides); 0 switches the rule off.
     */
    public int caseOverdueDays() {
        return Math.max(0, settings.integer("petition.accountability.case-overdue-days", 30));
    }
}
