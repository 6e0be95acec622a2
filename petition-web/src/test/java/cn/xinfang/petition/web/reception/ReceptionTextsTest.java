package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.entity.Recurrence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rule's recurrence in the words the county's notices use. */
class ReceptionTextsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    String words(String rrule) {
        return ReceptionTexts.recurrence(ZH, Recurrence.of(rrule).orElseThrow());
    }

    @Test
    void rulesReadAsTheNoticesSayThem() {
        assertEquals("单月15日", words("FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15"));
        assertEquals("双月15日", words("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15"));
        assertEquals("每月15日", words("FREQ=MONTHLY;BYMONTHDAY=15"));
        assertEquals("每周一", words("FREQ=WEEKLY;BYDAY=MO"));
        assertEquals("每周一、三、五", words("FREQ=WEEKLY;BYDAY=MO,WE,FR"));
        assertEquals("每2周的周一", words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"));
        assertEquals("每月第一个周一", words("FREQ=MONTHLY;BYDAY=1MO"));
        assertEquals("3、9月最后一个周五", ReceptionTexts.recurrence(ZH, Recurrence.monthlyOnNth(-1, FRIDAY, List.of(3, 9))));
        assertEquals("每3个月的最后一天", words("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"));
        assertEquals("单月 每周三", ReceptionTexts.recurrence(ZH, new Recurrence(Recurrence.Frequency.WEEKLY, 1, List.of(WEDNESDAY), null, null,
                Recurrence.ODD_MONTHS)));
        assertEquals("every week on Mon", ReceptionTexts.recurrence(Locale.ENGLISH, Recurrence.weekly(1, MONDAY)));
        assertEquals("odd months, on day 15", ReceptionTexts.recurrence(Locale.ENGLISH, Recurrence.monthlyOnDay(15, Recurrence.ODD_MONTHS)));
    }
}
