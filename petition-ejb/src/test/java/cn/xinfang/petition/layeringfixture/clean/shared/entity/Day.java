package cn.xinfang.petition.layeringfixture.clean.shared.entity;

public record Day(int n) {
}
