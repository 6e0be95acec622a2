package cn.xinfang.petition.layeringfixture.clean.audit.boundary;

public class Trail {
    final Object[] roles = cn.xinfang.petition.layeringfixture.clean.shared.boundary.Roles.ALL;
}
