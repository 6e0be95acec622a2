package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A 包案 as its pages and the API show it; {@code pastTarget}: still active after its target date. */
public record OwnershipView(long id, long matterId, String matterNumber, String leader, String leaderName, long unitId,
                            String unitName, String responsiblePerson, String responsiblePersonName, String workingGroup,
                            String plan, LocalDate takenOn, LocalDate targetDate, OwnershipStatus status, LocalDate endedOn,
                            String endNote, boolean pastTarget, List<Milestone.View> milestones,
                            List<ProgressReport.View> reports, long version) implements Serializable {

    public long milestonesDone() {
        return milestones.stream().filter(m -> m.doneOn() != null).count();
    }
}
