package cn.xinfang.petition.layeringfixture.clean.shared.control;

public class Calendar {
    public cn.xinfang.petition.layeringfixture.clean.shared.entity.Day today() {
        return new cn.xinfang.petition.layeringfixture.clean.shared.entity.Day(1);
    }
}
