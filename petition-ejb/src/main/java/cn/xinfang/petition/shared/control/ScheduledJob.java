package cn.xinfang.petition.shared.control;

import java.time.Instant;

/**
 * A job run by {@code shared.boundary.JobScheduler}'s persistent timer. The timer fires on every
 * node; {@link #runIfDue} claims the job's slot with {@link JobLeases#claim} in its own transaction
 * and does its work only when the claim succeeds, so the job runs once per slot across the nodes
 * that share the database.
 */
public interface ScheduledJob {

    /** The row of {@code job_lease} this job claims. */
    String name();

    /**
     * Claims the slot that {@code now} falls in and, if this node won it, runs the job.
     *
     * @return whether this node ran the job
     */
    boolean runIfDue(Instant now);
}
