package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The acceptance decision (2022 Art 22/23): due within 15 days of receipt. */
@Embeddable
public class Acceptance {

    /** 2022 Art 22: the petitioner must be told within 15 days how the matter is handled. */
    @Column(name = "acceptance_due", nullable = false)
    private LocalDate due;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    /** The reason of a refusal, the statutory channel, or the organ an accusation went to, as the petitioner is told. */
    @Column(name = "decision_text", length = 1000)
    private String decisionText;

    protected Acceptance() {
    }

    Acceptance(LocalDate due) {
        this.due = due;
    }

    void accepted(LocalDate on) {
        this.acceptedOn = on;
    }

    void decided(String text) {
        this.decisionText = text;
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getDecisionText() {
        return decisionText;
    }
}
