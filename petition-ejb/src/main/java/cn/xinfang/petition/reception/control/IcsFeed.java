package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.reception.entity.CalendarTexts;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.shared.control.Clocks;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.text.MessageFormat;
import java.util.List;

/**
 * A leader's published sessions as an iCalendar feed (RFC 5545, written by ical4j) for the
 * phone's calendar: one VEVENT per session, times in UTC (no VTIMEZONE needed), a stable UID per
 * session so that a moved session updates the same entry.
 */
public final class IcsFeed {

    private IcsFeed() {
    }

    public static String of(String calendarName, List<PublicSession> sessions, CalendarTexts texts, String host) {
        Calendar cal = new Calendar().withProdId("-//xinfang.cn//petition reception days//ZH").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", Clocks.ZONE.getId())).getFluentTarget();
        for (PublicSession s : sessions) {
            Instant start = s.day().atTime(s.startTime()).atZone(Clocks.ZONE).toInstant();
            Instant end = s.day().atTime(s.endTime()).atZone(Clocks.ZONE).toInstant();
            String summary = new MessageFormat(texts.summary(), texts.locale())
                    .format(new Object[]{s.leaderName(), texts.forms().getOrDefault(s.form().name(), s.form().name())});
            String description = new MessageFormat(texts.description(), texts.locale()).format(new Object[]{s.leaderPost(),
                    s.portfolio() == null ? "" : s.portfolio(), String.valueOf(s.capacity()), String.valueOf(s.free())});
            VEvent event = new VEvent(start, end, summary);
            event.add(new Uid("reception-session-" + s.id() + "@" + host));
            event.add(new Location(s.place()));
            event.add(new Description(description));
            cal = cal.withComponent(event).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
