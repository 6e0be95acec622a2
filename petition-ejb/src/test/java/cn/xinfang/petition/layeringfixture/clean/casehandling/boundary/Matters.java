package cn.xinfang.petition.layeringfixture.clean.casehandling.boundary;

public class Matters {
    final cn.xinfang.petition.layeringfixture.clean.casehandling.control.MatterQueries queries = new cn.xinfang.petition.layeringfixture.clean.casehandling.control.MatterQueries();
}
