package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.PetitionerView;
import java.io.Serializable;
import java.util.List;

/** What the registrar sees while registering: the petitioner found, and their earlier matters. */
public record EarlierMatters(PetitionerView petitioner, List<MatterSummary> matters) implements Serializable {

    public static final EarlierMatters NONE = new EarlierMatters(null, List.of());
}
