package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * How the matter ended on paper (办结, 终结) and in fact (息诉息访), and whether it is kept on the
 * backlog list (积案) by hand.
 */
@Embeddable
public class Closure {

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason", length = 20)
    private TerminationReason terminationReason;

    /** 息诉息访: the petitioner stopped petitioning; kept apart from the paperwork state. */
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolution_note", length = 1000)
    private String resolutionNote;

    @Column(name = "resolved_by", length = 32)
    private String resolvedBy;

    /** 积案 flagged by hand (the rules flag further matters without this column). */
    @Column(name = "backlog_flag", nullable = false)
    private boolean backlogFlag;

    @Column(name = "backlog_reason", length = 500)
    private String backlogReason;

    /** The day the matter became backlog (by hand or by the rules), for the statistics at a cut-off day. */
    @Column(name = "backlog_since")
    private LocalDate backlogSince;

    /** The day it left the backlog without being resolved (flag cleared, closed before the rules held again). */
    @Column(name = "backlog_ended_on")
    private LocalDate backlogEndedOn;

    protected Closure() {
    }

    void closed(LocalDate on) {
        this.closedOn = on;
    }

    void terminated(LocalDate on, TerminationReason reason) {
        this.terminatedOn = on;
        this.terminationReason = reason;
    }

    /** A matter that ends without having been closed (the review window lapsed unused) is closed that day. */
    void closeIfOpen(LocalDate on) {
        if (closedOn == null) {
            closedOn = on;
        }
    }

    void resolved(LocalDate on, String note, String by) {
        this.resolvedOn = on;
        this.resolutionNote = note;
        this.resolvedBy = by;
    }

    void backlog(boolean flag, String reason) {
        this.backlogFlag = flag;
        this.backlogReason = flag ? reason : null;
    }

    /** Became backlog on {@code on}, unless it already is. */
    void backlogFrom(LocalDate on) {
        if (backlogSince == null || backlogEndedOn != null) {
            backlogSince = on;
            backlogEndedOn = null;
        }
    }

    /** Left the backlog on {@code on} (not resolved: that is {@link #resolvedOn}). */
    void backlogUntil(LocalDate on) {
        if (backlogSince != null && backlogEndedOn == null) {
            backlogEndedOn = on.isBefore(backlogSince) ? backlogSince : on;
        }
    }

    /** On the backlog as the dates say: marked and not left (resolution is read apart). */
    public boolean isMarkedBacklog() {
        return backlogSince != null && backlogEndedOn == null;
    }

    public LocalDate getBacklogSince() {
        return backlogSince;
    }

    public LocalDate getBacklogEndedOn() {
        return backlogEndedOn;
    }

    public boolean isResolved() {
        return resolvedOn != null;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public TerminationReason getTerminationReason() {
        return terminationReason;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public boolean isBacklogFlag() {
        return backlogFlag;
    }

    public String getBacklogReason() {
        return backlogReason;
    }
}
