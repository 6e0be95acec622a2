package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** Which 包案 to list: by leader, responsible unit, status, matter and the day taken (all optional). */
public record OwnershipFilter(String leader, Long unitId, OwnershipStatus status, Long matterId, LocalDate takenFrom,
                              LocalDate takenTo) implements Serializable {

    public static final OwnershipFilter ALL = new OwnershipFilter(null, null, null, null, null, null);
}
