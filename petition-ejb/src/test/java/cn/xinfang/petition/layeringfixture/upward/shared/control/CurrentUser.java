package cn.xinfang.petition.layeringfixture.upward.shared.control;

/** shared reaching up into organization. */
public class CurrentUser {
    cn.xinfang.petition.layeringfixture.upward.organization.entity.User user;
}
