package cn.xinfang.petition.layeringfixture.upward.casehandling.entity;

public record MatterView(String number) {
}
