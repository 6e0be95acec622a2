package cn.xinfang.petition.accountability.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** What the officer fills in to issue a 催办单. */
public record UrgeForm(NoticeCategory category, NoticePriority priority, String requirement, LocalDate replyBy)
        implements Serializable {
}
