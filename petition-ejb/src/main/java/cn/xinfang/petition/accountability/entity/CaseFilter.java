package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** Which accountability cases to list: status, the handling unit, the matter, the day opened (all optional). */
public record CaseFilter(CaseStatus status, Long unitId, Long matterId, LocalDate openedFrom, LocalDate openedTo)
        implements Serializable {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);
}
