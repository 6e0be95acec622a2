package cn.xinfang.petition.layeringfixture.upward.shared.boundary;

public final class Roles {
    public static final String[] ALL = {"officer"};
}
