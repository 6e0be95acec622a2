package cn.xinfang.petition.casehandling.entity;

/** 越级访: to a level above the proper one. The statistics and the appraisal count each separately. */
public enum CrossLevel {
    NONE, CITY, PROVINCE, BEIJING
}
