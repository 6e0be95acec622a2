package cn.xinfang.petition.audit.boundary;

import cn.xinfang.petition.audit.entity.Auditable;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;

/** The kinds of record whose history the administrator can open. */
public enum AuditedType {
    UNIT(Unit.class),
    USER(AppUser.class);

    private final Class<? extends Auditable> entityClass;

    AuditedType(Class<? extends Auditable> entityClass) {
        this.entityClass = entityClass;
    }

    public Class<? extends Auditable> entityClass() {
        return entityClass;
    }
}
