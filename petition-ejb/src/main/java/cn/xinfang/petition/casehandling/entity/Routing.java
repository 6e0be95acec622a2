package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.organization.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;

/** 交办 / 转办: the main unit, how it was routed, and the unit's objection period (2022 Art 23). */
@Embeddable
public class Routing {

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_mode", length = 10)
    private RoutingMode mode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "main_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit mainUnit;

    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(name = "objection_due")
    private LocalDate objectionDue;

    protected Routing() {
    }

    void routed(RoutingMode mode, Unit main, LocalDate on, LocalDate objectionDue) {
        this.mode = mode;
        this.mainUnit = main;
        this.routedOn = on;
        this.objectionDue = objectionDue;
    }

    public boolean isMainUnit(Unit unit) {
        return mainUnit != null && mainUnit.equals(unit);
    }

    /** 交办: the unit must report the result back before the bureau closes the matter. */
    public boolean isAssigned() {
        return mode == RoutingMode.ASSIGN;
    }

    public boolean isObjectionLate(LocalDate today) {
        return objectionDue != null && today.isAfter(objectionDue);
    }

    public RoutingMode getMode() {
        return mode;
    }

    public Unit getMainUnit() {
        return mainUnit;
    }

    public LocalDate getRoutedOn() {
        return routedOn;
    }

    public LocalDate getObjectionDue() {
        return objectionDue;
    }
}
