package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.boundary.Receipt;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.casehandling.entity.TerminationReason;
import cn.xinfang.petition.citizen.boundary.OnlineSubmission;
import cn.xinfang.petition.citizen.boundary.PublicMatter;
import cn.xinfang.petition.citizen.boundary.PublicPetitions;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's side and the appeal chain, through the EJBs in the real server. */
class AppealChainIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Appeals appeals;

    @Inject
    Documents documents;

    @Inject
    PublicPetitions pub;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Housekeeping housekeeping;

    @Inject
    cn.xinfang.petition.casehandling.control.AppealWindows windows;

    static String address() {
        return "it-" + UUID.randomUUID();
    }

    OnlineSubmission online(String id, String content, String earlier) {
        return new OnlineSubmission("王某某", id, "13912345678", "测试村 8 号", c.villageId(), MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, content, null, null, earlier, true);
    }

    /** Registered (by the registrar), accepted, routed to the unit, replied and approved. */
    MatterDetail replied(String idNumber, long unitId, String clerk, String leader) throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", HandlingIT.today(), null, null, "王某某", idNumber, "13912345678",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "宅基地纠纷。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        assertEquals(8, m.followUp().lookupCode().length(), "the registration's answer carries the lookup code, once");
        assertNull(as(c.officer(), PASSWORD, () -> petitions.get(id)).followUp().lookupCode(), "kept as a hash: never shown again");
        assertNull(m.followUp().rating());
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        MatterDetail r = as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.FORWARD, unitId, List.of(), a.version()));
        MatterDetail d = as(clerk, PASSWORD, () -> handling.draftReply(id, ReplyOutcome.REJECTED, "经调查，诉求缺乏依据，不予支持。", r.version()));
        return as(leader, PASSWORD, () -> handling.approveReply(id, d.version()));
    }

    @Test
    void aLostLookupCodeIsReplacedByTheBureauAndNeverKeptInClear() throws Exception {
        Receipt receipt = pub.submit(online(PetitionsIT.idNumber(), "网上反映：路灯损坏。", null), address());
        String code = receipt.lookupCode();
        assertEquals(1, fixtures.nativeCount("SELECT COUNT(*) FROM matter WHERE number = '" + receipt.number()
                + "' AND LENGTH(lookup_code) = 64 AND lookup_code NOT LIKE '%" + code + "%'"), "only a 64-digit hash is stored");
        assertEquals(0, fixtures.nativeCount("SELECT COUNT(*) FROM matter_aud WHERE lookup_code = '" + code + "'"),
                "nor in the audit trail");
        long id = as(c.officer(), PASSWORD, () -> petitions.idOfNumber(receipt.number()).orElseThrow());
        MatterDetail m = as(c.officer(), PASSWORD, () -> petitions.get(id));
        assertNull(m.followUp().lookupCode(), "the officer cannot read the code back");
        assertThrows(EJBAccessException.class, () -> as(c.clerkA(), PASSWORD, () -> handling.issueLookupCode(id, m.version())));

        MatterDetail renewed = as(c.officer(), PASSWORD, () -> handling.issueLookupCode(id, m.version()));
        String fresh = renewed.followUp().lookupCode();
        assertEquals(8, fresh.length());
        assertFalse(fresh.equals(code));
        assertNull(as(c.officer(), PASSWORD, () -> petitions.get(id)).followUp().lookupCode(), "shown once");
        assertEquals("error.public.lookupFailed", assertThrows(BusinessException.class, () ->
                pub.lookup(receipt.number(), code, address())).key(), "the lost code stops working");
        assertEquals(MatterState.REGISTERED, pub.lookup(receipt.number(), fresh, address()).state());
    }

    @Test
    void onlineSubmissionLookupRatingReviewReReviewTerminationAndResubmissionRefused() throws Exception {
        String idNumber = PetitionsIT.idNumber();
        // the citizen submits online and gets the number and code
        assertEquals("declaration", assertThrows(BusinessException.class, () -> pub.submit(new OnlineSubmission("王某某",
                idNumber, "13912345678", null, c.villageId(), MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, "内容",
                null, null, null, false), address())).field());
        Receipt receipt = pub.submit(online(idNumber, "网上反映：宅基地被邻居占用。", null), address());
        assertTrue(receipt.number().matches("\\d{6}-\\d{4}-\\d{6}"), receipt.number());
        assertEquals(8, receipt.lookupCode().length());
        PublicMatter seen = pub.lookup(receipt.number(), receipt.lookupCode().toLowerCase(), address());
        assertEquals(MatterState.REGISTERED, seen.state());
        assertEquals("王**", seen.petitionerName());
        assertEquals(List.of(MatterEvent.Type.REGISTERED), seen.steps().stream().map(PublicMatter.Step::type).toList());
        long onlineId = as(c.officer(), PASSWORD, () -> petitions.idOfNumber(receipt.number()).orElseThrow());
        assertEquals("网上信访", as(c.officer(), PASSWORD, () -> petitions.get(onlineId)).summary().channelName());

        // the bureau handles it through to a reply by the township (so the review is the county's: decided here)
        MatterDetail m0 = as(c.officer(), PASSWORD, () -> petitions.get(onlineId));
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(onlineId, Decision.ACCEPT, null, m0.version()));
        MatterDetail r = as(c.officer(), PASSWORD, () -> handling.route(onlineId, RoutingMode.FORWARD, c.townId(), List.of(), a.version()));
        MatterDetail n = as(c.townClerk(), PASSWORD, () -> handling.note(onlineId, "内部记录：已约谈邻居（不对外）。", r.version()));
        MatterDetail d = as(c.townClerk(), PASSWORD, () -> handling.draftReply(onlineId, ReplyOutcome.REJECTED, "经调查，诉求缺乏依据，不予支持。", n.version()));
        MatterDetail replied = as(c.townLeader(), PASSWORD, () -> handling.approveReply(onlineId, d.version()));
        assertEquals(MatterState.REPLIED, replied.summary().state());

        // lookup shows exactly the public steps and documents: no note, no draft, no staff names
        PublicMatter afterReply = pub.lookup(receipt.number(), receipt.lookupCode(), address());
        assertEquals(List.of(MatterEvent.Type.REGISTERED, MatterEvent.Type.ACCEPT, MatterEvent.Type.ROUTE,
                MatterEvent.Type.APPROVE_REPLY), afterReply.steps().stream().map(PublicMatter.Step::type).toList());
        String all = afterReply.toString();
        assertFalse(all.contains("内部记录"), all);
        assertFalse(all.contains(c.townClerk()) || all.contains(c.townLeader()) || all.contains(c.officer()), all);
        assertEquals(List.of(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.OPINION), afterReply.documents());
        assertTrue(afterReply.canEvaluate());
        String notice = HandlingIT.text(pub.document(receipt.number(), receipt.lookupCode(), DocumentKind.ACCEPTANCE_NOTICE, address()));
        assertFalse(notice.contains(receipt.lookupCode()), "the code is kept as a hash: a later notice cannot print it");
        assertTrue(notice.contains("查询码已在登记时告知"), notice);
        assertThrows(BusinessException.class, () -> pub.document(receipt.number(), receipt.lookupCode(), DocumentKind.TIMELINE, address()));

        // 不满意, online; once only
        PublicMatter rated = pub.evaluate(receipt.number(), receipt.lookupCode(), Rating.DISSATISFIED, "调查不全面", address());
        assertEquals(Rating.DISSATISFIED, rated.rating());
        assertFalse(rated.canEvaluate());
        assertNotNull(rated.appealUntil(), "a dissatisfied petitioner is told until when to ask for review");
        assertEquals("error.evaluation.done", assertThrows(BusinessException.class, () ->
                pub.evaluate(receipt.number(), receipt.lookupCode(), Rating.SATISFIED, null, address())).key());

        // 复查 at the county (this deployment's level): decided here, with a hearing that moves the due date
        MatterDetail cur = as(c.officer(), PASSWORD, () -> petitions.get(onlineId));
        assertEquals("error.appeal.requestedInFuture", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.requestAppeal(onlineId, AppealStage.REVIEW, HandlingIT.today().plusDays(1), "不服", null, null, cur.version()))).key());
        MatterDetail review = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(onlineId, AppealStage.REVIEW,
                HandlingIT.today(), "对处理意见不服，请求复查。", null, null, cur.version()));
        assertEquals(MatterState.UNDER_REVIEW, review.summary().state());
        assertEquals(AuthorityLevel.COUNTY, review.followUp().review().authorityLevel());
        assertTrue(review.followUp().review().decidedHere());
        LocalDate due = review.followUp().review().dueOn();
        MatterDetail heard = as(c.officer(), PASSWORD, () -> appeals.scheduleHearing(onlineId, HandlingIT.today(),
                HandlingIT.today().plusDays(4), "县信访局听证室", "信访人、镇政府代表、听证员三名", review.version()));
        // the request day itself never counts: the four hearing days after it pause the clock (the due day is
        // then moved off a holiday as any due day is, so the shift is not always four calendar days)
        LocalDate paused = windows.periods().decisionDue(HandlingIT.today(), List.of(new cn.xinfang.petition.shared.control.Deadlines.Pause(
                HandlingIT.today(), HandlingIT.today().plusDays(4))));
        assertTrue(paused.isAfter(due), due + " -> " + paused);
        assertEquals(paused, heard.followUp().review().dueOn(), due + " -> " + heard.followUp().review().dueOn());
        long hearingId = heard.followUp().hearings().get(0).id();
        MatterDetail recorded = as(c.officer(), PASSWORD, () -> appeals.recordHearing(onlineId, hearingId,
                "听证会听取了双方陈述。", "原处理意见事实清楚。", heard.version()));
        MatterDetail reviewed = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(onlineId, AppealOutcome.UPHELD,
                "经复查，原处理意见认定事实清楚，予以维持。", null, null, recorded.version()));
        assertEquals(MatterState.REVIEWED, reviewed.summary().state());
        byte[] reviewPdf = as(c.officer(), PASSWORD, () -> documents.pdf(onlineId, DocumentKind.REVIEW_OPINION));
        assertTrue(HandlingIT.text(reviewPdf).contains("复查意见书"));
        byte[] hearingPdf = as(c.officer(), PASSWORD, () -> documents.pdf(onlineId, DocumentKind.HEARING_RECORD));
        assertTrue(HandlingIT.text(hearingPdf).contains("原处理意见事实清楚"));

        // 复核 one level further up (the city): recorded here as received, which terminates the matter
        MatterDetail reReview = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(onlineId, AppealStage.RE_REVIEW,
                HandlingIT.today(), "对复查意见仍不服。", null, "青州市人民政府", reviewed.version()));
        assertEquals(AuthorityLevel.CITY, reReview.followUp().reReview().authorityLevel());
        assertFalse(reReview.followUp().reReview().decidedHere());
        assertEquals("documentNumber", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.decideAppeal(onlineId, AppealOutcome.UPHELD, "维持。", null, HandlingIT.today(), reReview.version()))).field());
        MatterDetail terminated = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(onlineId, AppealOutcome.UPHELD,
                "经复核，维持复查意见。", "青信复核〔2026〕8号", HandlingIT.today(), reReview.version()));
        assertEquals(MatterState.TERMINATED, terminated.summary().state());
        assertEquals(TerminationReason.RE_REVIEWED, terminated.followUp().terminationReason());

        PublicMatter end = pub.lookup(receipt.number(), receipt.lookupCode(), address());
        assertEquals(List.of(DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.OPINION, DocumentKind.REVIEW_OPINION,
                DocumentKind.RE_REVIEW_OPINION), end.documents());
        Set<MatterEvent.Type> types = end.steps().stream().map(PublicMatter.Step::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(MatterEvent.Type.EVALUATE, MatterEvent.Type.REQUEST_REVIEW, MatterEvent.Type.HEARING,
                MatterEvent.Type.DECIDE_REVIEW, MatterEvent.Type.REQUEST_RE_REVIEW, MatterEvent.Type.DECIDE_RE_REVIEW)), types.toString());
        assertNotNull(end.terminatedOn());

        // the same facts and reasons again: refused online (nothing stored) with the terminated matter named…
        long before = fixtures.count("SELECT COUNT(m) FROM Matter m");
        BusinessException again = assertThrows(BusinessException.class, () ->
                pub.submit(online(idNumber, "再次反映宅基地问题。", receipt.number()), address()));
        assertEquals("error.public.terminated", again.key());
        assertEquals(receipt.number(), again.args()[0]);
        assertEquals(before, fixtures.count("SELECT COUNT(m) FROM Matter m"));
        // …and at the registrar's desk it is registered and at once not accepted (不再受理), naming it
        RegistrationForm repeat = new RegistrationForm("VISIT", HandlingIT.today(), null, null, "王某某", idNumber, "13912345678",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "再次来访。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, receipt.number());
        MatterDetail refused = as(c.registrar(), PASSWORD, () -> petitions.register(repeat));
        assertEquals(MatterState.NOT_ACCEPTED, refused.summary().state());
        assertEquals(onlineId, refused.originId());
        assertTrue(refused.handling().decisionText().contains(receipt.number()), refused.handling().decisionText());
    }

    @Test
    void reviewWindowIsEnforcedAndTheDepartmentsReplyIsReviewedByTheCounty() throws Exception {
        String ratedPetitioner = PetitionsIT.idNumber();
        MatterDetail replied = replied(ratedPetitioner, c.deptAId(), c.clerkA(), c.leaderA());
        long id = replied.summary().id();
        LocalDate end = replied.followUp().reviewRequestEnd();
        assertTrue(!end.isBefore(HandlingIT.today().plusDays(30)), end.toString());
        // staff record a rating given by phone, with who recorded it
        as(c.clerkA(), PASSWORD, () -> assertThrows(EJBAccessException.class, () ->
                appeals.evaluate(id, Rating.SATISFIED, RatingVia.PHONE, null, replied.version())));
        MatterDetail rated = as(c.officer(), PASSWORD, () -> appeals.evaluate(id, Rating.BASICALLY_SATISFIED, RatingVia.PHONE, "电话回访", replied.version()));
        assertEquals(c.officer(), rated.followUp().ratedBy());
        // not yet lapsed: no termination by hand
        assertEquals("error.appeal.windowOpen", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.terminate(id, rated.version()))).key());
        // a request after the window is refused with its last day: a reply issued 45 days ago
        String oldPetitioner = PetitionsIT.idNumber();
        MatterDetail old = replied(oldPetitioner, c.deptAId(), c.clerkA(), c.leaderA());
        fixtures.backdateReply(old.summary().id(), HandlingIT.today().minusDays(45));
        MatterDetail oldNow = as(c.officer(), PASSWORD, () -> petitions.get(old.summary().id()));
        BusinessException late = assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.requestAppeal(old.summary().id(), AppealStage.REVIEW, HandlingIT.today(), "逾期请求", null, "青州市住建局", oldNow.version())));
        assertEquals("error.appeal.reviewLate", late.key());
        assertEquals(oldNow.followUp().reviewRequestEnd().toString(), late.args()[0]);
        // the evaluation window has passed too: 逾期未评价, and no rating is taken any more
        assertTrue(oldNow.followUp().evaluationOverdue());
        // the search finds it by that (the ID number is an exact search)
        String fresh = PetitionsIT.idNumber();
        replied(fresh, c.deptAId(), c.clerkA(), c.leaderA());
        as(c.officer(), PASSWORD, () -> {
            assertEquals(1L, petitions.count(new MatterFilter(oldPetitioner, null, null, null, null, null, null, false, true)));
            assertEquals(0L, petitions.count(new MatterFilter(ratedPetitioner, null, null, null, null, null, null, false, true)),
                    "a rated matter is not 逾期未评价");
            assertEquals(0L, petitions.count(new MatterFilter(fresh, null, null, null, null, null, null, false, true)),
                    "nor a fresh reply");
            assertEquals(1L, petitions.count(new MatterFilter(fresh, null, null, null, null, null, null, false, false)));
        });
        assertEquals("error.evaluation.late", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.evaluate(old.summary().id(), Rating.SATISFIED, RatingVia.PHONE, null, oldNow.version()))).key());
        // the lapsed window terminates it: by hand, or in the nightly run
        MatterDetail lapsed = as(c.officer(), PASSWORD, () -> appeals.terminate(old.summary().id(), oldNow.version()));
        assertEquals(MatterState.TERMINATED, lapsed.summary().state());
        assertEquals(TerminationReason.REVIEW_LAPSED, lapsed.followUp().terminationReason());
        MatterDetail old2 = replied(PetitionsIT.idNumber(), c.deptAId(), c.clerkA(), c.leaderA());
        fixtures.backdateReply(old2.summary().id(), HandlingIT.today().minusDays(60));
        assertTrue(as(c.officer(), PASSWORD, () -> housekeeping.terminateLapsedNow()) >= 1);
        assertEquals(MatterState.TERMINATED, as(c.officer(), PASSWORD, () -> petitions.get(old2.summary().id())).summary().state());
        assertEquals(MatterState.REPLIED, as(c.officer(), PASSWORD, () -> petitions.get(id)).summary().state(), "a fresh reply stays");
        // 2022 Art 35: a county department's reply is reviewed by the body one level above it, the
        // county government — decided here, by the county bureau, with the county as the authority
        MatterDetail review = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(id, AppealStage.REVIEW, HandlingIT.today(),
                "不服", null, null, rated.version()));
        assertEquals(AuthorityLevel.COUNTY, review.followUp().review().authorityLevel());
        assertTrue(review.followUp().review().decidedHere());
        assertEquals("测试县" + c.tag() + "人民政府", review.followUp().review().authorityName());
        MatterDetail reviewed = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(id, AppealOutcome.UPHELD,
                "经复查，县住建部门的处理意见事实清楚，予以维持。", null, null, review.version()));
        assertEquals(MatterState.REVIEWED, reviewed.summary().state());
        assertTrue(HandlingIT.text(as(c.officer(), PASSWORD, () -> documents.pdf(id, DocumentKind.REVIEW_OPINION))).contains("复查意见书"));
        // the re-review is the city's: recorded here as received
        MatterDetail reReview = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(id, AppealStage.RE_REVIEW, HandlingIT.today(),
                "仍不服", null, "青州市人民政府", reviewed.version()));
        assertEquals(AuthorityLevel.CITY, reReview.followUp().reReview().authorityLevel());
        assertFalse(reReview.followUp().reReview().decidedHere());
        // a hearing for an appeal decided elsewhere is not scheduled here
        assertEquals("error.hearing.notHere", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.scheduleHearing(id, HandlingIT.today(), HandlingIT.today(), "某地", "某人", reReview.version()))).key());
        // the authority may not be below the next level (the county reviews; a township may not)…
        MatterDetail other = replied(PetitionsIT.idNumber(), c.deptAId(), c.clerkA(), c.leaderA());
        assertEquals("authorityLevel", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.requestAppeal(other.summary().id(), AppealStage.REVIEW, HandlingIT.today(), "不服", AuthorityLevel.TOWNSHIP,
                        "某镇", other.version()))).field());
        // …but the officer may record that the petitioner went higher: then it is recorded as received
        MatterDetail higher = as(c.officer(), PASSWORD, () -> appeals.requestAppeal(other.summary().id(), AppealStage.REVIEW,
                HandlingIT.today(), "不服", AuthorityLevel.CITY, "青州市住房和城乡建设局", other.version()));
        assertEquals(AuthorityLevel.CITY, higher.followUp().review().authorityLevel());
        assertFalse(higher.followUp().review().decidedHere());
    }

    @Test
    void resolutionAndBacklog() throws Exception {
        MatterDetail replied = replied(PetitionsIT.idNumber(), c.deptAId(), c.clerkA(), c.leaderA());
        long id = replied.summary().id();
        assertFalse(replied.followUp().backlog());
        MatterDetail flagged = as(c.officer(), PASSWORD, () -> appeals.flagBacklog(id, true, "反复信访，县领导包案", replied.version()));
        assertTrue(flagged.followUp().backlog());
        assertTrue(as(c.officer(), PASSWORD, () -> appeals.backlog(0, 200)).stream().anyMatch(s -> s.id() == id));
        MatterDetail resolved = as(c.officer(), PASSWORD, () -> appeals.resolve(id, HandlingIT.today(), "信访人签署息诉罢访承诺书。", flagged.version()));
        assertNotNull(resolved.followUp().resolvedOn());
        assertEquals(MatterState.REPLIED, resolved.summary().state(), "息诉息访 is kept apart from the paperwork state");
        assertFalse(resolved.followUp().backlog(), "a resolved matter is no longer backlog");
        assertEquals("error.resolution.done", assertThrows(BusinessException.class, () -> as(c.officer(), PASSWORD, () ->
                appeals.resolve(id, HandlingIT.today(), "again", resolved.version()))).key());
    }

    @Test
    void abuseLimitsHold() throws Exception {
        // per address: 5 an hour (each from another person), the 6th refused politely
        String from = address();
        for (int i = 0; i < 5; i++) {
            pub.submit(online(PetitionsIT.idNumber(), "反映第 " + i + " 件事。", null), from);
        }
        long before = fixtures.count("SELECT COUNT(m) FROM Matter m");
        assertEquals("error.public.tooManySubmissions", assertThrows(BusinessException.class, () ->
                pub.submit(online(PetitionsIT.idNumber(), "第六件。", null), from)).key());
        assertEquals(before, fixtures.count("SELECT COUNT(m) FROM Matter m"), "nothing stored");
        // per person: 3 a day, whatever the address
        String id = PetitionsIT.idNumber();
        Receipt last = null;
        for (int i = 0; i < 3; i++) {
            last = pub.submit(online(id, "同一人第 " + i + " 件。", null), address());
        }
        assertEquals("error.public.tooManySubmissions", assertThrows(BusinessException.class, () ->
                pub.submit(online(id, "同一人第四件。", null), address())).key());
        // someone else's ID number with another name never rewrites that person's record
        String other = PetitionsIT.idNumber();
        pub.submit(online(other, "本人反映。", null), address());
        assertEquals("petitionerName", assertThrows(BusinessException.class, () -> pub.submit(new OnlineSubmission("冒名者", other,
                "13000000000", null, c.villageId(), MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, "冒名", null, null, null, true),
                address())).field());

        // guessing codes: five wrong ones for a number, then even the right code is refused for a while
        Receipt r = last;
        for (int i = 0; i < 5; i++) {
            String guess = "GUESS" + (100 + i);
            assertEquals("error.public.lookupFailed", assertThrows(BusinessException.class, () ->
                    pub.lookup(r.number(), guess, address())).key());
        }
        assertEquals("error.public.tooManyLookups", assertThrows(BusinessException.class, () ->
                pub.lookup(r.number(), r.lookupCode(), address())).key());
        // a number that does not exist answers exactly like a wrong code
        assertEquals("error.public.lookupFailed", assertThrows(BusinessException.class, () ->
                pub.lookup("331199-1999-000001", "ABCDEFGH", address())).key());
        assertEquals("error.public.lookupFailed", assertThrows(BusinessException.class, () ->
                pub.lookup("<script>", null, address())).key());
    }
}
