package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.organization.boundary.UnitForm;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** 系统管理 → 单位管理: the unit hierarchy as a tree table, with a dialog to create and edit. */
@Named
@ViewScoped
public class UnitAdmin implements Serializable {

    @Inject
    Units units;

    private List<UnitView> all;
    private TreeNode<UnitView> root;

    // the dialog
    private Long editingId;
    private long editingVersion;
    private String code;
    private String name;
    private UnitKind kind;
    private Long parentId;
    private String contactPhone;
    private String address;

    @PostConstruct
    void load() {
        all = units.directory();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<UnitView>> nodes = new HashMap<>();
        // parents first: codes sort a parent before its children in the demo data, but do not rely on it
        List<UnitView> pending = new ArrayList<>(all);
        int guard = 0;
        while (!pending.isEmpty() && guard++ < 50) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                UnitView u = it.next();
                TreeNode<UnitView> parent = u.parentId() == null ? root : nodes.get(u.parentId());
                if (parent != null) {
                    DefaultTreeNode<UnitView> node = new DefaultTreeNode<>(u, parent);
                    node.setExpanded(u.kind() == UnitKind.COUNTY);
                    nodes.put(u.id(), node);
                    it.remove();
                }
            }
        }
    }

    public void startCreate() {
        editingId = null;
        editingVersion = 0;
        code = name = contactPhone = address = null;
        kind = UnitKind.DEPARTMENT;
        parentId = all.stream().filter(u -> u.parentId() == null).map(UnitView::id).findFirst().orElse(null);
    }

    public void startEdit(UnitView u) {
        editingId = u.id();
        editingVersion = u.version();
        code = u.code();
        name = u.name();
        kind = u.kind();
        parentId = u.parentId();
        contactPhone = u.contactPhone();
        address = u.address();
    }

    public void save() {
        UnitForm form = new UnitForm(code, name, kind, parentId, contactPhone, address);
        UnitView saved = Messages.call("unitDialogForm", () -> editingId == null
                ? units.create(form) : units.update(editingId, form, editingVersion));
        if (saved != null) {
            Messages.info("unit.saved", saved.name());
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
            load();
        }
    }

    public void deactivate(UnitView u) {
        if (Messages.run(null, () -> units.deactivate(u.id(), u.version()))) {
            Messages.info("unit.deactivated", u.name());
        }
        load();
    }

    public void activate(UnitView u) {
        if (Messages.run(null, () -> units.activate(u.id(), u.version()))) {
            Messages.info("unit.activated", u.name());
        }
        load();
    }

    /** Candidate parents for the dialog: active units that may hold the chosen kind. */
    public List<UnitView> getParentCandidates() {
        return all.stream().filter(UnitView::active)
                .filter(u -> kind == null || kind.allowedParents().contains(u.kind()))
                .filter(u -> editingId == null || u.id() != editingId)
                .toList();
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public TreeNode<UnitView> getRoot() {
        return root;
    }

    public int getCount() {
        return all.size();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
