package cn.xinfang.petition.organization.boundary;

import java.io.Serializable;
import java.util.List;

/** A unit's page: its facts, its sub-units and its staff. Only for callers whose scope covers the unit. */
public record UnitDetail(UnitView unit, List<UnitView> children, List<StaffView> staff,
                         boolean contactEditable) implements Serializable {
}
