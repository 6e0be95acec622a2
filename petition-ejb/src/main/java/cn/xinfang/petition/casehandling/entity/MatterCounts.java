package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The raw counts behind the statistics for one range of receipt dates and one cut-off, as the
 * caller may see them: the matters by channel, cross-level and people count, the first
 * acceptance decision each had by the cut-off, and the matters by issue category. The
 * statistics feature turns these into its figures; nothing here is a figure of its own.
 *
 * @param volumes    matters and people, one row per channel × cross-level × people count
 * @param accepted   matters whose first decision by the cut-off was ACCEPT
 * @param repeats    of those, the ones linked to an earlier matter (origin)
 * @param categories matters per issue category, with the category's first level
 */
public record MatterCounts(List<Volume> volumes, long accepted, long refused, long statutory, long forwarded,
                           long repeats, List<CategoryCount> categories) implements Serializable {

    public record Volume(ChannelGroup group, String channelCode, CrossLevel crossLevel, int peopleCount,
                         long matters, long persons) implements Serializable {
    }

    /** Matters of one second-level category (or a first-level one used directly), with its first level. */
    public record CategoryCount(String topCode, String topName, long matters) implements Serializable {
    }
}
