package cn.xinfang.petition.layeringfixture.upward.shared.boundary;

public class BusinessException extends RuntimeException {
}
