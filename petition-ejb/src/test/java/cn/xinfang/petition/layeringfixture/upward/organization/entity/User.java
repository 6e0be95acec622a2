package cn.xinfang.petition.layeringfixture.upward.organization.entity;

/** An entity reaching up into its feature's control. */
public class User {
    cn.xinfang.petition.layeringfixture.upward.shared.entity.Day since;
    cn.xinfang.petition.layeringfixture.upward.organization.control.Hasher hasher;
}
