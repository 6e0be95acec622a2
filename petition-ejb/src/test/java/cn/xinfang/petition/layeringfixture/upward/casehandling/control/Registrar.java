package cn.xinfang.petition.layeringfixture.upward.casehandling.control;

/** A control using a boundary record. */
public class Registrar {
    cn.xinfang.petition.layeringfixture.upward.casehandling.boundary.Decision decision;
}
