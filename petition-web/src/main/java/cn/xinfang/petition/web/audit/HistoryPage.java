package cn.xinfang.petition.web.audit;

import cn.xinfang.petition.audit.boundary.AuditTrail;
import cn.xinfang.petition.audit.boundary.AuditedType;
import cn.xinfang.petition.audit.boundary.HistoryEntry;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Ids;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;

/**
 * 系统管理 → 修改记录: the audit history of one unit, user, issue category or channel
 * (/admin/history.xhtml?type=UNIT&id=…; categories and channels by their code, ?type=CATEGORY&id=1402).
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    @Inject
    AuditTrail auditTrail;

    private AuditedType type = AuditedType.UNIT;
    private String id;
    private List<HistoryEntry> entries = List.of();

    /** The id from the URL, checked here so that a hand-typed id gets a message instead of nothing. */
    public void setIdParam(String text) {
        this.id = text == null || text.isBlank() ? null : text.strip();
    }

    public void setTypeParam(String text) {
        type = Arrays.stream(AuditedType.values()).filter(t -> t.name().equals(text)).findFirst().orElse(AuditedType.UNIT);
    }

    public String getTypeParam() {
        return type == null ? null : type.name();
    }

    public String getIdParam() {
        return id;
    }

    public void load() {
        if (type == null || id == null || id.isBlank()) {
            entries = List.of();
            return;
        }
        if (type.numericId() && Ids.parse(id) == null) {
            // a hand-typed id gets a message instead of nothing
            Messages.error(null, Bundle.text("error.id"));
            entries = List.of();
            return;
        }
        List<HistoryEntry> found = Messages.call(null, () -> auditTrail.history(type, id));
        entries = found == null ? List.of() : new ArrayList<>(found);
        Collections.reverse(entries);
    }

    public AuditedType[] getTypes() {
        return AuditedType.values();
    }

    public AuditedType getType() {
        return type;
    }

    public void setType(AuditedType type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id.strip();
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}
