package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.MatterDetail;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Ids;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** One matter: facts, petitioner (masked per role), deadlines, timeline. /cases/matter.xhtml?id=… */
@Named
@ViewScoped
public class MatterPage implements Serializable {

    @Inject
    Petitions petitions;

    private String id;
    private MatterDetail detail;

    public void load() {
        Long parsed = Ids.parse(id);
        if (parsed == null) {
            Messages.error(null, Bundle.text(id == null || id.isBlank() ? "error.notFound" : "error.id"));
            return;
        }
        detail = Messages.call(null, () -> petitions.get(parsed));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MatterDetail getDetail() {
        return detail;
    }
}
