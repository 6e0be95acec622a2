package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The handling period (2022 Art 34): 60 days from acceptance, one extension of at most 30 days. */
@Embeddable
public class HandlingPeriod {

    @Column(name = "handling_due")
    private LocalDate due;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    protected HandlingPeriod() {
    }

    void started(LocalDate due) {
        this.due = due;
    }

    void extended(int days, String reason, LocalDate newDue) {
        this.extensionDays = days;
        this.extensionReason = reason;
        this.due = newDue;
    }

    void moved(LocalDate newDue) {
        this.due = newDue;
    }

    public boolean isExtended() {
        return extensionDays > 0;
    }

    public LocalDate getDue() {
        return due;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }
}
