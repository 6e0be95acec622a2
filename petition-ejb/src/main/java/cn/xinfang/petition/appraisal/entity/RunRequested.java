package cn.xinfang.petition.appraisal.entity;

/** A run was queued; after its transaction commits the background job computes it. */
public record RunRequested(long runId) {
}
