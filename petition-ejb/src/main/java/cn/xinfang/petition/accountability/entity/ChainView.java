package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A matter's responsibility chain: the responsible unit (from its routing), leader and person now,
 * and who held each role when. {@code firstContact}: 首问负责人, the person who received the petitioner.
 */
public record ChainView(long matterId, String matterNumber, Holding unit, Holding leader, Holding person,
                        Holding firstContact, List<Holding> history) implements Serializable {

    /** One holding: the role, who (a username, or a unit id as text for the unit role), from when until when, why. */
    public record Holding(String role, String holder, String holderName, Instant since, Instant until, HoldingBasis basis,
                          String reason, String recordedBy) implements Serializable {
    }
}
