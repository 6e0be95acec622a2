package cn.xinfang.petition.organization.boundary;

import cn.xinfang.petition.organization.entity.UnitKind;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What an administrator enters to create or change a unit. */
public record UnitForm(
        String code,
        @Size(max = 100) String name,
        UnitKind kind,
        Long parentId,
        @Size(max = 40) String contactPhone,
        @Size(max = 200) String address) implements Serializable {
}
