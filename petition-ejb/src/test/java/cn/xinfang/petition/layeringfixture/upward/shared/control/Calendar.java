package cn.xinfang.petition.layeringfixture.upward.shared.control;

public class Calendar {
    public cn.xinfang.petition.layeringfixture.upward.shared.entity.Day today() {
        return new cn.xinfang.petition.layeringfixture.upward.shared.entity.Day(1);
    }
}
