package cn.xinfang.petition.casehandling.entity;


import java.io.Serializable;
import java.time.LocalDate;

/** A hearing (听证) of the matter: when, where, who, and what it concluded. */
public record HearingView(long id, Hearing.Stage stage, LocalDate heldFrom, LocalDate heldTo, String place,
                          String participants, String minutes, String conclusion, String scheduledBy,
                          String recordedBy) implements Serializable {

    public boolean recorded() {
        return conclusion != null;
    }
}
