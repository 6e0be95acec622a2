package cn.xinfang.petition.layeringfixture.clean.shared.boundary;

public class BusinessException extends RuntimeException {
}
