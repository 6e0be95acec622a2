package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.organization.boundary.UnitDetail;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Ids;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * A unit's page (/org/unit.xhtml?id=…; without an id the caller's own unit). Whether the caller
 * may see it is decided by {@link Units#detail}, not here: a hand-typed id of another unit's page
 * gets the "not permitted" message.
 */
@Named
@ViewScoped
public class UnitPage implements Serializable {

    @Inject
    Units units;

    private String id;
    private UnitDetail detail;
    private String contactPhone;
    private String address;

    public void load() {
        Long parsed = Ids.parse(id);
        if (id != null && !id.isBlank() && parsed == null) {
            Messages.error(null, Bundle.text("error.id"));
            return;
        }
        long target = parsed != null ? parsed : units.myUnit().id();
        detail = Messages.call(null, () -> units.detail(target));
        if (detail != null) {
            contactPhone = detail.unit().contactPhone();
            address = detail.unit().address();
        }
    }

    public void saveContact() {
        UnitView u = detail.unit();
        UnitView saved = Messages.call("contactForm", () -> units.changeContact(u.id(), contactPhone, address, u.version()));
        if (saved != null) {
            Messages.info("unit.contactSaved");
            detail = units.detail(u.id());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UnitDetail getDetail() {
        return detail;
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
