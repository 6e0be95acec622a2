package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.LowerLevelMatter;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.PetitionerView;
import java.io.Serializable;
import java.util.List;

/**
 * What the registrar sees while registering: the petitioner found, their earlier matters, and
 * those of them a lower level is handling within its period ({@code handledBelow}: 2022 Art 19,
 * the same matter is not accepted again here).
 */
public record EarlierMatters(PetitionerView petitioner, List<MatterSummary> matters, List<LowerLevelMatter> handledBelow)
        implements Serializable {

    public static final EarlierMatters NONE = new EarlierMatters(null, List.of(), List.of());
}
