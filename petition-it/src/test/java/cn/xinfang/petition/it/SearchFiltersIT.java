package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFilter;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.organization.boundary.UnitForm;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 6: the matter search's unit filter (the unit and every unit below it, within the
 * caller's own scope) and "overdue" per clock, through the boundary and through
 * {@code GET /api/matters?unit=&overdue=}.
 */
class SearchFiltersIT extends InContainerTest {

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Appeals appeals;

    @Inject
    Units units;

    static LocalDate today() {
        return HandlingIT.today();
    }

    MatterDetail registered(long placeId) throws Exception {
        RegistrationForm f = new RegistrationForm("VISIT", today(), null, null, "赵某某", PetitionsIT.idNumber(), "13912345678",
                null, 1, List.of(), CrossLevel.NONE, placeId, "道路破损无人维修。", MatterKind.GRIEVANCE, "0701",
                MatterPurpose.DEMAND, null, null, null);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    MatterDetail accepted(long placeId) throws Exception {
        MatterDetail m = registered(placeId);
        return as(c.officer(), PASSWORD, () -> handling.decide(m.summary().id(), Decision.ACCEPT, null, m.version()));
    }

    MatterDetail routed(long placeId, RoutingMode mode, long unitId) throws Exception {
        MatterDetail a = accepted(placeId);
        return as(c.officer(), PASSWORD, () -> handling.route(a.summary().id(), mode, unitId, List.of(), a.version()));
    }

    MatterDetail drafted(RoutingMode mode) throws Exception {
        MatterDetail r = routed(c.villageId(), mode, c.deptAId());
        return as(c.clerkA(), PASSWORD, () -> handling.draftReply(r.summary().id(), ReplyOutcome.EXPLAINED,
                "经核实，已安排维修。", r.version()));
    }

    MatterDetail replied(RoutingMode mode) throws Exception {
        MatterDetail d = drafted(mode);
        return as(c.leaderA(), PASSWORD, () -> handling.approveReply(d.summary().id(), d.version()));
    }

    MatterDetail underReview() throws Exception {
        MatterDetail r = replied(RoutingMode.FORWARD);
        return as(c.officer(), PASSWORD, () -> appeals.requestAppeal(r.summary().id(), AppealStage.REVIEW, today(), "不服",
                null, null, r.version()));
    }

    MatterDetail reviewed() throws Exception {
        MatterDetail u = underReview();
        return as(c.officer(), PASSWORD, () -> appeals.decideAppeal(u.summary().id(), AppealOutcome.UPHELD, "经复查，予以维持。",
                null, null, u.version()));
    }

    MatterDetail underReReview() throws Exception {
        MatterDetail r = reviewed();
        return as(c.officer(), PASSWORD, () -> appeals.requestAppeal(r.summary().id(), AppealStage.RE_REVIEW, today(), "仍不服",
                null, "青州市人民政府", r.version()));
    }

    Set<Long> ids(String user, MatterFilter f) throws Exception {
        return as(user, PASSWORD, () -> {
            List<MatterSummary> page = petitions.search(f, 0, 200);
            assertEquals(page.size(), petitions.count(f), "count and page agree");
            return page.stream().map(MatterSummary::id).collect(Collectors.toCollection(TreeSet::new));
        });
    }

    static MatterFilter within(Long unit, DueClock clock) {
        return MatterFilter.ALL.within(unit, clock);
    }

    static long id(MatterDetail m) {
        return m.summary().id();
    }

    @Test
    void unitFilterTakesTheUnitAndEveryUnitBelowItButNoSiblingAndKeepsTheCallersScope() throws Exception {
        long town2 = as(c.admin(), PASSWORD, () -> units.create(new UnitForm("S" + c.tag(), "第二镇" + c.tag(),
                UnitKind.TOWNSHIP, c.countyId(), null, null))).id();
        MatterDetail inVillage = registered(c.villageId());
        MatterDetail inTown2 = registered(town2);
        MatterDetail toA = routed(town2, RoutingMode.ASSIGN, c.deptAId());
        MatterDetail toB = routed(town2, RoutingMode.ASSIGN, c.deptBId());
        Set<Long> all = Set.of(id(inVillage), id(inTown2), id(toA), id(toB));

        // the bureau sees every matter: the county and below is all four, a township its own and its villages'
        assertEquals(all, ids(c.officer(), within(c.countyId(), null)));
        assertEquals(Set.of(id(inVillage)), ids(c.officer(), within(c.townId(), null)), "the township: its village's matter");
        assertEquals(Set.of(id(inVillage)), ids(c.officer(), within(c.villageId(), null)));
        assertEquals(Set.of(id(inTown2), id(toA), id(toB)), ids(c.officer(), within(town2, null)), "not the sibling township's");
        assertEquals(Set.of(id(toA)), ids(c.officer(), within(c.deptAId(), null)), "department A: not its sibling B's");
        assertEquals(Set.of(id(toB)), ids(c.officer(), within(c.deptBId(), null)));

        // the caller's own scoping still applies: choosing the county shows a clerk only their own
        assertEquals(Set.of(id(inVillage)), ids(c.townClerk(), within(c.countyId(), null)));
        assertEquals(Set.of(id(toA)), ids(c.clerkA(), within(c.countyId(), null)));
        assertEquals(Set.of(), ids(c.clerkA(), within(c.deptBId(), null)), "a sibling's matters stay hidden");
        assertEquals(Set.of(), ids(c.townClerk(), within(town2, null)));

        // combined with the other criteria
        assertEquals(Set.of(id(toA), id(toB)), ids(c.officer(), new MatterFilter(null, null, null, null, MatterState.HANDLING,
                null, null, false).within(c.countyId(), null)));

        // an unknown unit is bad input naming the field
        assertEquals("unit", assertThrows(BusinessException.class, () -> ids(c.officer(), within(-42L, null))).field());

        // over HTTP
        assertEquals(all, apiIds(c.officer(), "unit=" + c.countyId()));
        assertEquals(Set.of(id(toA)), apiIds(c.officer(), "unit=" + c.deptAId()));
        assertEquals(Set.of(id(inVillage)), apiIds(c.townClerk(), "unit=" + c.countyId()));
        HttpResponse<String> unknown = api(c.officer(), "unit=-42");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"unit\""), unknown.body());
        HttpResponse<String> notNumber = api(c.officer(), "unit=abc");
        assertEquals(400, notNumber.statusCode(), notNumber.body());
        assertTrue(notNumber.body().contains("\"unit\""), notNumber.body());
    }

    @Test
    void everyClockFindsTheMatterJustOverdueButNotOneDueTodayNorOneWhoseClockStopped() throws Exception {
        LocalDate yesterday = today().minusDays(1);
        LocalDate today = today();

        MatterDetail registeredLate = registered(c.villageId());
        MatterDetail registeredToday = registered(c.villageId());
        MatterDetail acceptedLate = accepted(c.villageId());
        MatterDetail acceptedToday = accepted(c.villageId());
        MatterDetail handlingLate = routed(c.villageId(), RoutingMode.ASSIGN, c.deptAId());
        MatterDetail handlingToday = routed(c.villageId(), RoutingMode.ASSIGN, c.deptAId());
        MatterDetail draftedLate = drafted(RoutingMode.ASSIGN);
        MatterDetail draftedToday = drafted(RoutingMode.ASSIGN);
        MatterDetail repliedLate = replied(RoutingMode.ASSIGN);
        MatterDetail repliedToday = replied(RoutingMode.ASSIGN);
        MatterDetail forwardedRepliedLate = replied(RoutingMode.FORWARD);
        MatterDetail r = replied(RoutingMode.ASSIGN);
        MatterDetail reportedLate = as(c.clerkA(), PASSWORD, () -> handling.reportBack(id(r), "已办结并回复信访人。", r.version()));
        assertEquals(MatterState.REPORTED, reportedLate.summary().state());
        MatterDetail reviewLate = underReview();
        MatterDetail reviewToday = underReview();
        MatterDetail reviewedLate = reviewed();
        MatterDetail reReviewLate = underReReview();
        MatterDetail reReviewToday = underReReview();
        MatterDetail u = underReReview();
        MatterDetail terminatedLate = as(c.officer(), PASSWORD, () -> appeals.decideAppeal(id(u), AppealOutcome.UPHELD,
                "经复核，维持复查意见。", "青信复核〔2026〕9号", today(), u.version()));
        assertEquals(MatterState.TERMINATED, terminatedLate.summary().state());

        // the due days: "late" ones were due yesterday, the others are due today
        fixtures.setAcceptanceDue(id(registeredLate), yesterday);
        fixtures.setAcceptanceDue(id(registeredToday), today);
        fixtures.setAcceptanceDue(id(acceptedLate), yesterday);
        fixtures.setAcceptanceDue(id(acceptedToday), today);
        fixtures.setAcceptanceDue(id(handlingLate), yesterday); // routed: the routing clock stopped
        fixtures.setObjectionDue(id(handlingLate), yesterday);
        fixtures.setHandlingDue(id(handlingLate), yesterday);
        fixtures.setObjectionDue(id(handlingToday), today);
        fixtures.setHandlingDue(id(handlingToday), today);
        fixtures.setObjectionDue(id(draftedLate), yesterday); // drafted: the objection clock stopped
        fixtures.setHandlingDue(id(draftedLate), yesterday);
        fixtures.setHandlingDue(id(draftedToday), today);
        fixtures.setHandlingDue(id(repliedLate), yesterday); // replied: the handling and approval clocks stopped
        fixtures.setHandlingDue(id(repliedToday), today);
        fixtures.setHandlingDue(id(forwardedRepliedLate), yesterday); // 转办: nothing to report back
        fixtures.setHandlingDue(id(reportedLate), yesterday); // reported: the report-back clock stopped
        fixtures.setAppealDue(id(reviewLate), AppealStage.REVIEW, yesterday);
        fixtures.setAppealDue(id(reviewToday), AppealStage.REVIEW, today);
        fixtures.setAppealDue(id(reviewedLate), AppealStage.REVIEW, yesterday); // decided: the review clock stopped
        fixtures.setAppealDue(id(reReviewLate), AppealStage.RE_REVIEW, yesterday);
        fixtures.setAppealDue(id(reReviewToday), AppealStage.RE_REVIEW, today);
        fixtures.setAppealDue(id(terminatedLate), AppealStage.RE_REVIEW, yesterday); // decided: stopped

        Map<DueClock, Set<Long>> expected = new EnumMap<>(DueClock.class);
        expected.put(DueClock.ACCEPTANCE, Set.of(id(registeredLate)));
        expected.put(DueClock.ROUTING, Set.of(id(acceptedLate)));
        expected.put(DueClock.OBJECTION, Set.of(id(handlingLate)));
        expected.put(DueClock.HANDLING, Set.of(id(handlingLate), id(draftedLate)));
        expected.put(DueClock.REPLY_APPROVAL, Set.of(id(draftedLate)));
        expected.put(DueClock.REPORT_BACK, Set.of(id(repliedLate)));
        expected.put(DueClock.REVIEW_DECISION, Set.of(id(reviewLate)));
        expected.put(DueClock.RE_REVIEW_DECISION, Set.of(id(reReviewLate)));
        assertEquals(Set.of(DueClock.values()), expected.keySet(), "every clock is proven");

        for (DueClock clock : DueClock.values()) {
            assertEquals(expected.get(clock), ids(c.officer(), within(c.countyId(), clock)), clock.name());
            assertEquals(expected.get(clock), apiIds(c.officer(), "unit=" + c.countyId() + "&overdue=" + clock.name()),
                    "GET /api/matters?overdue=" + clock.name());
        }
        // the old flag still means the acceptance clock
        assertEquals(expected.get(DueClock.ACCEPTANCE), ids(c.officer(), new MatterFilter(null, null, null, null, null, null,
                null, true).within(c.countyId(), null)));
        assertEquals(expected.get(DueClock.ACCEPTANCE), apiIds(c.officer(), "unit=" + c.countyId() + "&overdue=true"));

        // scoping applies on top: department A's clerk finds its own late handling, the township's nothing of it
        assertEquals(Set.of(id(handlingLate), id(draftedLate)), ids(c.clerkA(), within(null, DueClock.HANDLING)));
        assertEquals(Set.of(id(handlingLate), id(draftedLate)), ids(c.townClerk(), within(null, DueClock.HANDLING)),
                "the problem arose in the township's village");
        assertEquals(Set.of(), ids(c.clerkB(), within(null, DueClock.HANDLING)));

        HttpResponse<String> bad = api(c.officer(), "overdue=SOMETIME");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"overdue\""), "names the field: " + bad.body());
        assertTrue(bad.body().contains("RE_REVIEW_DECISION"), "lists the clocks: " + bad.body());
        assertFalse(bad.body().contains("Exception"), bad.body());
    }

    // ------------------------------------------------------------------ the API, from inside the server

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> api(String user, String query) throws Exception {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        URI uri = URI.create("http://127.0.0.1:" + (8080 + offset) + "/petition/api/matters?size=200&" + query);
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Set<Long> apiIds(String user, String query) throws Exception {
        HttpResponse<String> r = api(user, query);
        assertEquals(200, r.statusCode(), r.body());
        Set<Long> ids = new TreeSet<>();
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
            reader.readObject().getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }
}
