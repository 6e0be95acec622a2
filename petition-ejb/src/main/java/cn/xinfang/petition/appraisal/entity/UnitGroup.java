package cn.xinfang.petition.appraisal.entity;

import cn.xinfang.petition.organization.entity.UnitKind;

/** The groups of units scored by one scheme: townships and county departments have different 细则. */
public enum UnitGroup {
    TOWNSHIP(UnitKind.TOWNSHIP),
    DEPARTMENT(UnitKind.DEPARTMENT);

    private final UnitKind kind;

    UnitGroup(UnitKind kind) {
        this.kind = kind;
    }

    public UnitKind unitKind() {
        return kind;
    }
}
