package cn.xinfang.petition.layeringfixture.clean.casehandling.entity;

public record MatterView(String number) {
}
