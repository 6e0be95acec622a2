package cn.xinfang.petition.layeringfixture.upward.audit.entity;

public interface Auditable {
}
