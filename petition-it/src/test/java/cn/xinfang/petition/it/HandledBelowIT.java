package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.LowerLevelMatter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2022 Art 19: a matter a lower level (a township, a department) is handling within its period is
 * not accepted again by the bureau. The repeat check at registration names the open matter and
 * where it is handled; the officer's decision offers the refusal, whose notice tells the
 * petitioner where to follow it. Matters the bureau holds itself, or whose period has run out, are
 * not "handled below".
 */
class HandledBelowIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Documents documents;

    RegistrationForm form(String idNumber, String content) {
        return new RegistrationForm("VISIT", HandlingIT.today(), null, null, "刘某某", idNumber, "13811112222", null, 1, List.of(),
                CrossLevel.NONE, c.villageId(), content, MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null, null, null);
    }

    @Test
    void theBureauRefusesWhatTheTownshipHandlesWithinItsPeriodAndSaysWhereToFollowIt() throws Exception {
        String idNumber = PetitionsIT.idNumber();
        // the township registers the visit it received itself: within its 15-day acceptance period
        MatterDetail atTown = as(c.townRegistrar(), PASSWORD, () -> petitions.register(form(idNumber, "宅基地界址纠纷，镇里正在调查。")));
        assertEquals(MatterState.REGISTERED, atTown.summary().state());
        // the petitioner comes to the county bureau with the same matter: the repeat check names it and where it is handled
        EarlierMatters earlier = as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(idNumber, null, null));
        assertEquals(1, earlier.handledBelow().size(), earlier.toString());
        LowerLevelMatter below = earlier.handledBelow().get(0);
        assertEquals(atTown.summary().id(), below.id());
        assertEquals("测试镇" + c.tag(), below.unitName());
        assertEquals(atTown.summary().due(), below.dueOn());
        // the township's own registrar does not see its own matter as "below" itself
        assertTrue(as(c.townRegistrar(), PASSWORD, () -> petitions.earlierMatters(idNumber, null, null)).handledBelow().isEmpty());

        MatterDetail again = as(c.registrar(), PASSWORD, () -> petitions.register(form(idNumber, "宅基地界址纠纷，再次到县里反映。")));
        long id = again.summary().id();
        MatterDetail seen = as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertEquals(List.of(atTown.summary().id()), seen.handling().handledBelow().stream().map(LowerLevelMatter::id).toList());

        // the refusal must name one of them
        assertEquals("lowerMatter", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.decide(id, Decision.HANDLED_BELOW, null, null, seen.version()))).field());
        MatterDetail stranger = as(c.registrar(), PASSWORD, () -> petitions.register(form(PetitionsIT.idNumber(), "另一人的事项。")));
        assertEquals("error.matter.handledBelowOther", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.decide(id, Decision.HANDLED_BELOW, null, stranger.summary().id(), seen.version()))).key());
        assertEquals(MatterState.REGISTERED, as(c.officer(), PASSWORD, () -> petitions.get(id)).summary().state(), "nothing changed");

        MatterDetail refused = as(c.officer(), PASSWORD, () ->
                handling.decide(id, Decision.HANDLED_BELOW, null, atTown.summary().id(), seen.version()));
        assertEquals(MatterState.NOT_ACCEPTED, refused.summary().state());
        String reason = refused.handling().decisionText();
        assertTrue(reason.contains("测试镇" + c.tag()) && reason.contains(atTown.summary().number()) && reason.contains("第十九条"), reason);
        TimelineEntry last = refused.timeline().get(refused.timeline().size() - 1);
        assertEquals(MatterEvent.Type.REFUSE, last.type());
        String notice = HandlingIT.text(as(c.officer(), PASSWORD, () -> documents.pdf(id, DocumentKind.REFUSAL_NOTICE)));
        assertTrue(notice.contains("不予受理告知书") && notice.contains("测试镇" + c.tag()) && notice.contains(atTown.summary().number()),
                notice);
        // the township's matter is untouched
        assertEquals(MatterState.REGISTERED, as(c.officer(), PASSWORD, () -> petitions.get(atTown.summary().id())).summary().state());
    }

    @Test
    void routedBelowCountsUntilItsPeriodEndsAndTheBureausOwnMatterNever() throws Exception {
        String idNumber = PetitionsIT.idNumber();
        // registered at the bureau and not yet routed: the bureau holds it itself, nothing is below
        MatterDetail first = as(c.registrar(), PASSWORD, () -> petitions.register(form(idNumber, "征地补偿款未到位。")));
        long firstId = first.summary().id();
        assertTrue(as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(idNumber, null, null)).handledBelow().isEmpty());
        MatterDetail second = as(c.registrar(), PASSWORD, () -> petitions.register(form(idNumber, "征地补偿款未到位，再次来访。")));
        long secondId = second.summary().id();
        assertTrue(as(c.officer(), PASSWORD, () -> petitions.get(secondId)).handling().handledBelow().isEmpty());
        assertEquals("error.matter.notHandledBelow", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.decide(secondId, Decision.HANDLED_BELOW, null, firstId, second.version()))).key());

        // accepted and assigned to a county department: now it is handled below, within its 60 days
        MatterDetail accepted = as(c.officer(), PASSWORD, () -> handling.decide(firstId, Decision.ACCEPT, null, first.version()));
        as(c.officer(), PASSWORD, () -> handling.route(firstId, RoutingMode.ASSIGN, c.deptAId(), List.of(), null, accepted.version()));
        List<LowerLevelMatter> below = as(c.officer(), PASSWORD, () -> petitions.get(secondId)).handling().handledBelow();
        assertEquals(1, below.size());
        assertEquals("测试局甲" + c.tag(), below.get(0).unitName());
        assertEquals(MatterState.HANDLING, below.get(0).state());

        // once its period has run out it is no longer "within its period": the bureau may accept again
        fixtures.setHandlingDue(firstId, HandlingIT.today().minusDays(1));
        MatterDetail now = as(c.officer(), PASSWORD, () -> petitions.get(secondId));
        assertTrue(now.handling().handledBelow().isEmpty());
        assertFalse(as(c.registrar(), PASSWORD, () -> petitions.earlierMatters(idNumber, null, null)).handledBelow().stream()
                .anyMatch(m -> m.id() == firstId));
        assertEquals("error.matter.notHandledBelow", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                handling.decide(secondId, Decision.HANDLED_BELOW, null, firstId, now.version()))).key());
    }
}
