package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
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

    /**
     * The decision taken (ACCEPT, REFUSE, REFER_STATUTORY or FORWARD_ACCUSATION: the type of its
     * timeline event) and its instant, the same as the event's. A matter is decided once (only a
     * registered matter can be), so these are its first decision, which the statistics read at a
     * cut-off (casehandling.control.FigureConditions) without looking into the timeline.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private MatterEvent.Type decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Acceptance() {
    }

    Acceptance(LocalDate due) {
        this.due = due;
    }

    void accepted(LocalDate on) {
        this.acceptedOn = on;
    }

    void decision(MatterEvent.Type type, Instant at) {
        this.decision = type;
        this.decidedAt = at;
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

    public MatterEvent.Type getDecision() {
        return decision;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionText() {
        return decisionText;
    }
}
