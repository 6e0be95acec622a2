package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** Criteria of the notice list, all optional: unit, level, status, only open ones, issued within a period. */
public record NoticeFilter(Long unitId, NoticeLevel level, NoticeStatus status, boolean openOnly, LocalDate issuedFrom,
                           LocalDate issuedTo, Long matterId) implements Serializable {

    public static final NoticeFilter ALL = new NoticeFilter(null, null, null, false, null, null, null);

    /** The open flagged and joint notices (the 挂牌督办 list). */
    public static final NoticeFilter FLAGGED = new NoticeFilter(null, NoticeLevel.FLAGGED, null, true, null, null, null);
}
