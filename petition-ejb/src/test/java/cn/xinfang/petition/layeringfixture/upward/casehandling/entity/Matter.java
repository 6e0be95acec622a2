package cn.xinfang.petition.layeringfixture.upward.casehandling.entity;

/** A feature importing audit. */
@jakarta.persistence.Entity
public class Matter implements cn.xinfang.petition.layeringfixture.upward.audit.entity.Auditable {
    public String number;
    cn.xinfang.petition.layeringfixture.upward.organization.entity.User registeredBy;
}
