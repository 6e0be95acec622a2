package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.IssueCategory;

import java.io.Serializable;

/** An issue category as the administrator's code table shows it. */
public record CategoryView(String code, String name, String parentCode, String parentName, boolean active,
                           boolean offered, long version) implements Serializable {

    public static CategoryView of(IssueCategory c) {
        IssueCategory p = c.getParent();
        return new CategoryView(c.getCode(), c.getName(), p == null ? null : p.getCode(), p == null ? null : p.getName(),
                c.isActive(), p != null && c.isActive() && p.isActive(), c.getVersion());
    }

    public boolean topLevel() {
        return parentCode == null;
    }
}
