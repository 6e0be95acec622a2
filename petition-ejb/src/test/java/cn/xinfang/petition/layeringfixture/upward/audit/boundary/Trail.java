package cn.xinfang.petition.layeringfixture.upward.audit.boundary;

public class Trail {
    final Object[] roles = cn.xinfang.petition.layeringfixture.upward.shared.boundary.Roles.ALL;
}
