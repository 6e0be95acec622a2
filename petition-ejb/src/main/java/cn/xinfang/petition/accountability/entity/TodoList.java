package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.DueClock;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The caller's 待办: the steps that wait for them, overdue first, then due soon, then by due day;
 * how many of each kind of step; and the 督办 notices that wait for them (to sign or answer for a
 * unit, to assess for the bureau).
 */
public record TodoList(List<TodoItem> items, Map<DueClock, Long> perClock, long overdue, long dueSoon,
                       List<NoticeView> notices) implements Serializable {

    public int total() {
        return items.size() + notices.size();
    }
}
