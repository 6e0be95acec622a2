package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;

import java.io.Serializable;
import java.time.LocalDate;

/** What the reception staff enter on the day. */
public final class DayForms {

    private DayForms() {
    }

    /** 登记 of a walk-in petitioner. */
    public record WalkIn(String name, String idNumber, String phone, String subject, String categoryCode, int peopleCount)
            implements Serializable {
    }

    /**
     * 答复: the conversation record, the leader's opinion, the outcome (限期解决 with its day); for an
     * outcome that needs action the leader's 批示 and either the petitioner's existing matter of the
     * same facts ({@code linkMatterId}) or what a new matter is registered with (kind, second-level
     * category, purpose, the place of the problem).
     */
    public record Conclusion(String conversation, String opinion, Outcome outcome, LocalDate resolveBy, String instruction,
                             Long linkMatterId, MatterKind kind, String categoryCode, MatterPurpose purpose,
                             Long problemPlaceId) implements Serializable {
    }
}
