package cn.xinfang.petition.layeringfixture.upward.shared.entity;

public record Day(int n) {
}
