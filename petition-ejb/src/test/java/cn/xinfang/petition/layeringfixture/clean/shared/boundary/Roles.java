package cn.xinfang.petition.layeringfixture.clean.shared.boundary;

public final class Roles {
    public static final String[] ALL = {"officer"};
}
