package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.boundary.ReceptionDay;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** /reception/display.xhtml?session=…: the waiting-room display (叫号), first drawn here, then kept live by {@link DisplaySocket}. */
@Named
@ViewScoped
public class ReceptionDisplayPage implements Serializable {

    @Inject
    ReceptionDay reception;

    private Long session;
    private DayViews.Display display;

    public void load() {
        if (session != null) {
            display = Messages.call(null, () -> reception.display(session));
        }
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public DayViews.Display getDisplay() {
        return display;
    }
}
