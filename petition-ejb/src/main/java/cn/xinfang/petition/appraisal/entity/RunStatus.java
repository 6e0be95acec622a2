package cn.xinfang.petition.appraisal.entity;

/** The background job of a run: QUEUED, RUNNING (units_done of units_total), DONE or FAILED. */
public enum RunStatus {
    QUEUED, RUNNING, DONE, FAILED
}
