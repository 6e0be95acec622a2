package cn.xinfang.petition.audit.boundary;

import cn.xinfang.petition.audit.entity.Auditable;
import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.IssueCategory;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;

/** The kinds of record whose history the administrator can open. */
public enum AuditedType {
    UNIT(Unit.class, true),
    USER(AppUser.class, true),
    /** Issue categories and channels are identified by their code. */
    CATEGORY(IssueCategory.class, false),
    CHANNEL(Channel.class, false);

    private final Class<? extends Auditable> entityClass;
    private final boolean numericId;

    AuditedType(Class<? extends Auditable> entityClass, boolean numericId) {
        this.entityClass = entityClass;
        this.numericId = numericId;
    }

    public Class<? extends Auditable> entityClass() {
        return entityClass;
    }

    /** Records of this type are identified by a number (otherwise by a code). */
    public boolean numericId() {
        return numericId;
    }
}
