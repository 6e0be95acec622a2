package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One progress report of a unit on a notice, with the bureau's assessment once made. */
public record ReportView(long id, String progress, String reportedBy, LocalDate reportedOn, Assessment assessment,
                         String assessedBy, LocalDate assessedOn, String assessmentNote) implements Serializable {
}
