package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Taking a matter as 包案: the owning leader (null: the caller, who must be a leader), the responsible
 * unit (null: the unit handling the matter), the responsible person (optional), the working group,
 * the plan, the target date and the first milestones.
 */
public record OwnershipForm(String leader, Long unitId, String responsiblePerson, String workingGroup, String plan,
                            LocalDate targetDate, List<MilestoneForm> milestones) implements Serializable {

    public record MilestoneForm(String title, LocalDate dueOn) implements Serializable {
    }
}
