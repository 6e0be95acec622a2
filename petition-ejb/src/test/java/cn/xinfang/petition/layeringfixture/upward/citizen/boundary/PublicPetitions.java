package cn.xinfang.petition.layeringfixture.upward.citizen.boundary;

/** A feature reaching into casehandling's controls and tables. */
public class PublicPetitions {
    cn.xinfang.petition.layeringfixture.upward.casehandling.control.Registrar registrar;
    cn.xinfang.petition.layeringfixture.upward.casehandling.entity.Matter matter;
}
