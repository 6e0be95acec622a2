package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.Responsibilities;
import cn.xinfang.petition.accountability.entity.ChainView;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * The matter page's 首问负责 / responsibility chain section: who is responsible now, who was when,
 * and the handover form (to whom, why). The EJB decides who may hand it over.
 */
@Named
@ViewScoped
public class ResponsibilityPanel implements Serializable {

    @Inject
    Responsibilities responsibilities;

    private Long matterId;
    private ChainView chain;
    private Map<String, String> staff;
    private String to;
    private String reason;

    /** The chain of the matter (read once per view); null when the caller may not see it. */
    public ChainView load(Long matterId) {
        if (matterId != null && !matterId.equals(this.matterId)) {
            this.matterId = matterId;
            chain = Messages.call(null, () -> responsibilities.chain(matterId));
        }
        return chain;
    }

    public String handOver() {
        ChainView c = Messages.call("handoverForm", () -> responsibilities.handOver(matterId, to, reason));
        if (c == null) {
            return null;
        }
        chain = c;
        to = null;
        reason = null;
        Messages.info("accountability2.handover.done");
        return null;
    }

    public ChainView getChain() {
        return chain;
    }

    public Map<String, String> getStaff() {
        if (staff == null) {
            staff = Messages.call(null, responsibilities::staff);
        }
        return staff;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
