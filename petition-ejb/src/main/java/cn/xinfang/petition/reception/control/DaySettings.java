package cn.xinfang.petition.reception.control;

import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Settings of the reception day: {@code petition.reception.routing-days} (working days from the
 * session to the routing of its 批示件, default 2) and {@code petition.reception.study-reply-days}
 * (calendar days within which a 有待研判 批示件 is reported back, default 30; a 限期解决 one by its own day).
 */
@ApplicationScoped
public class DaySettings {

    public static final int DEFAULT_ROUTING_DAYS = 2;
    public static final int DEFAULT_STUDY_REPLY_DAYS = 30;

    @Inject
    Settings settings;

    public int routingDays() {
        return Math.max(0, settings.integer("petition.reception.routing-days", DEFAULT_ROUTING_DAYS));
    }

    public int studyReplyDays() {
        return Math.max(1, settings.integer("petition.reception.study-reply-days", DEFAULT_STUDY_REPLY_DAYS));
    }
}
