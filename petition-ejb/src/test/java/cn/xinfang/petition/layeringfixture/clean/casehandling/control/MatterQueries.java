package cn.xinfang.petition.layeringfixture.clean.casehandling.control;

public class MatterQueries {
    public cn.xinfang.petition.layeringfixture.clean.casehandling.entity.MatterView view(cn.xinfang.petition.layeringfixture.clean.casehandling.entity.Matter m) {
        return new cn.xinfang.petition.layeringfixture.clean.casehandling.entity.MatterView(m.number);
    }
}
