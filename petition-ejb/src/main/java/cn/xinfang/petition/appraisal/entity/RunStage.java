package cn.xinfang.petition.appraisal.entity;

/** A run's result is PROVISIONAL (units may see it and object) until the appraiser PUBLISHES it. */
public enum RunStage {
    PROVISIONAL, PUBLISHED
}
