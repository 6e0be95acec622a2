package cn.xinfang.petition.layeringfixture.clean.organization.entity;

public class User {
    cn.xinfang.petition.layeringfixture.clean.shared.entity.Day since;
}
