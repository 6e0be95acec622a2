package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/** A hearing (听证): its days do not count against the handling period (2022 Art 34). */
@Embeddable
public class HearingPause implements Serializable {

    @Column(name = "pause_from", nullable = false)
    private LocalDate from;

    @Column(name = "pause_to", nullable = false)
    private LocalDate to;

    protected HearingPause() {
    }

    public HearingPause(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
