package cn.xinfang.petition.reception.entity;

/** The level a receiving leader belongs to; reception statistics count the levels apart (人次). */
public enum LeaderLevel {
    /** 县级领导: the county's party committee, government, people's congress, CPPCC. */
    COUNTY,
    /** 县直单位主要领导: the head of a county department. */
    DEPARTMENT,
    /** 镇领导 / 包村干部. */
    TOWNSHIP
}
