package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;

import java.io.Serializable;

/** A unit as pages and clients see it. */
public record UnitView(long id, String code, String name, UnitKind kind, Long parentId, String parentName,
                       boolean active, String contactPhone, String address, long version) implements Serializable {

    static UnitView of(Unit u) {
        Unit p = u.getParent();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getKind(),
                p == null ? null : p.getId(), p == null ? null : p.getName(),
                u.isActive(), u.getContactPhone(), u.getAddress(), u.getVersion());
    }
}
