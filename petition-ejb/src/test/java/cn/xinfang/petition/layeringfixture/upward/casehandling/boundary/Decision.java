package cn.xinfang.petition.layeringfixture.upward.casehandling.boundary;

public record Decision(String text) {
}
