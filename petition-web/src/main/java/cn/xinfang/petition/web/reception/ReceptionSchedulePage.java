package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * /reception/index.xhtml: the sessions of a period (four weeks from today by default), with the
 * state of each, bookings against capacity, and publication: one session (with an override
 * reason when late) or every session still on time.
 */
@Named
@ViewScoped
public class ReceptionSchedulePage implements Serializable {

    static final String FORM = "scheduleForm";

    @Inject
    ReceptionDays days;

    private String from;
    private String to;
    private List<SessionView> sessions = List.of();
    // the publication dialog
    private Long publishId;
    private long publishVersion;
    private String overrideReason;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        from = today.toString();
        to = today.plusWeeks(4).toString();
        load();
    }

    public void load() {
        List<SessionView> list = Messages.call(FORM, () -> days.sessions(Inputs.date("from", from), Inputs.date("to", to)));
        sessions = list == null ? List.of() : list;
    }

    public void publishOnTime() {
        Integer n = Messages.call(FORM, () -> days.publishOnTime(Inputs.date("from", from), Inputs.date("to", to)));
        if (n != null) {
            Messages.info("reception.published.count", n);
            load();
        }
    }

    public void prepare(SessionView s) {
        publishId = s.id();
        publishVersion = s.version();
        overrideReason = null;
    }

    public void publish() {
        SessionView done = Messages.call("publishForm", () -> days.publish(publishId, publishVersion, overrideReason));
        if (done != null) {
            Messages.info("reception.published.one", done.leaderName(), done.day().toString());
            publishId = null;
            load();
        }
    }

    public boolean isPublishing() {
        return publishId != null;
    }

    public String getNoticeUrl() {
        return "/petition/api/public/reception/notice?from=" + from + "&to=" + to;
    }

    public List<SessionView> getSessions() { return sessions; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
