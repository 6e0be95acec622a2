package cn.xinfang.petition.layeringfixture.upward.casehandling.control;

public class MatterQueries {
    public cn.xinfang.petition.layeringfixture.upward.casehandling.entity.MatterView view(cn.xinfang.petition.layeringfixture.upward.casehandling.entity.Matter m) {
        return new cn.xinfang.petition.layeringfixture.upward.casehandling.entity.MatterView(m.number);
    }
}
