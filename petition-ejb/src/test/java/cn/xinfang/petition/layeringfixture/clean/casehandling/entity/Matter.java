package cn.xinfang.petition.layeringfixture.clean.casehandling.entity;

@jakarta.persistence.Entity
public class Matter {
    public String number;
    cn.xinfang.petition.layeringfixture.clean.organization.entity.User registeredBy;

    void refuse() {
        throw new cn.xinfang.petition.layeringfixture.clean.shared.boundary.BusinessException();
    }
}
