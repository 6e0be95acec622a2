package cn.xinfang.petition.layeringfixture.upward.citizen.control;

public class AbuseGuard {
}
