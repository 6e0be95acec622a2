package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** The written opinion (信访处理意见书, 2022 Art 32): drafted by the main unit, approved by its leader. */
@Embeddable
public class Reply {

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_outcome", length = 12)
    private ReplyOutcome outcome;

    @Column(name = "reply_text", length = Intake.MAX_CONTENT)
    private String text;

    @Column(name = "reply_drafted_by", length = 32)
    private String draftedBy;

    @Column(name = "reply_approved_by", length = 32)
    private String approvedBy;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    protected Reply() {
    }

    /** Suggestions are answered with whether they are adopted; the other kinds upheld, explained or rejected. */
    static boolean fits(MatterKind kind, ReplyOutcome outcome) {
        boolean adoption = outcome == ReplyOutcome.ADOPTED || outcome == ReplyOutcome.NOT_ADOPTED;
        return (kind == MatterKind.SUGGESTION) == adoption;
    }

    void drafted(ReplyOutcome outcome, String text, String by) {
        this.outcome = outcome;
        this.text = text;
        this.draftedBy = by;
    }

    void approved(String by, LocalDate on) {
        this.approvedBy = by;
        this.repliedOn = on;
    }

    public ReplyOutcome getOutcome() {
        return outcome;
    }

    public String getText() {
        return text;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getRepliedOn() {
        return repliedOn;
    }
}
