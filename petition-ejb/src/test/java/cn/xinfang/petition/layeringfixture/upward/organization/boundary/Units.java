package cn.xinfang.petition.layeringfixture.upward.organization.boundary;

/** organization reaching up into casehandling. */
public class Units {
    cn.xinfang.petition.layeringfixture.upward.casehandling.entity.MatterView matter;
}
