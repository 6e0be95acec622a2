package cn.xinfang.petition.layeringfixture.upward.casehandling.boundary;

/** casehandling reaching up into citizen. */
public class Housekeeping {
    cn.xinfang.petition.layeringfixture.upward.citizen.control.AbuseGuard guard;
}
