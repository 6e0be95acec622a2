package cn.xinfang.petition.layeringfixture.upward.casehandling.boundary;

public class Matters {
    final cn.xinfang.petition.layeringfixture.upward.casehandling.control.MatterQueries queries = new cn.xinfang.petition.layeringfixture.upward.casehandling.control.MatterQueries();
}
