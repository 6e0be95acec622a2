package cn.xinfang.petition.layeringfixture.clean.citizen.boundary;

public class PublicDesk {
    final cn.xinfang.petition.layeringfixture.clean.casehandling.boundary.Matters matters = new cn.xinfang.petition.layeringfixture.clean.casehandling.boundary.Matters();
    cn.xinfang.petition.layeringfixture.clean.casehandling.entity.MatterView shown;
}
