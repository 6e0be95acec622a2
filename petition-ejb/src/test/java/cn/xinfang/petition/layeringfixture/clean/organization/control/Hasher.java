package cn.xinfang.petition.layeringfixture.clean.organization.control;

public class Hasher {
}
