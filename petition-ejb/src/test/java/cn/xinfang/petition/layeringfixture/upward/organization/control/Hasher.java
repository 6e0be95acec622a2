package cn.xinfang.petition.layeringfixture.upward.organization.control;

public class Hasher {
}
