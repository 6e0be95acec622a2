package cn.xinfang.petition.casehandling.entity;

import cn.xinfang.petition.casehandling.control.LowerLevels;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.entity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.xinfang.petition.casehandling.entity.MatterAction.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matter's rules without a container: the whole life of a matter, and who may do what when. */
class MatterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    /** The earliest receipt date of the deployment (its setting petition.intake.earliest-date). */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private Unit county;
    private Unit housing;
    private Unit labour;
    private Unit township;
    private Unit bureau;
    private Actor officer;
    private Actor registrar;
    private Actor clerk;
    private Actor leader;
    private Actor otherClerk;
    private Actor otherLeader;
    private Actor countyLeader;
    private Channel letters;
    private IssueCategory category;
    private Petitioner petitioner;

    @BeforeEach
    void county() {
        county = withId(new Unit("331199", "青山县", UnitKind.COUNTY, null), 1);
        housing = withId(new Unit("331199001", "县住建局", UnitKind.DEPARTMENT, county), 2);
        labour = withId(new Unit("331199002", "县人社局", UnitKind.DEPARTMENT, county), 3);
        township = withId(new Unit("331199101", "青石镇", UnitKind.TOWNSHIP, county), 4);
        bureau = withId(new Unit("331199000", "县信访局", UnitKind.DEPARTMENT, county), 5);
        officer = new Actor("officer", Set.of(Role.OFFICER), bureau, Actor.Kind.STAFF);
        registrar = new Actor("registrar", Set.of(Role.REGISTRAR), bureau, Actor.Kind.STAFF);
        clerk = new Actor("clerk1", Set.of(Role.UNIT_CLERK), housing, Actor.Kind.STAFF);
        leader = new Actor("lead1", Set.of(Role.UNIT_LEADER), housing, Actor.Kind.STAFF);
        otherClerk = new Actor("clerk3", Set.of(Role.UNIT_CLERK), labour, Actor.Kind.STAFF);
        otherLeader = new Actor("lead3", Set.of(Role.UNIT_LEADER), labour, Actor.Kind.STAFF);
        countyLeader = new Actor("leader", Set.of(Role.COUNTY_LEADER), county, Actor.Kind.STAFF);
        letters = channel("LETTER", false);
        category = new IssueCategory("1501", "拆迁安置", new IssueCategory("15", "城乡建设", null));
        petitioner = new Petitioner("张三", null, "13800000000", null, DAY);
    }

    private static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }

    private static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Channel channel(String code, boolean transfer) {
        Channel c = new Channel();
        set(c, "code", code);
        set(c, "name", code);
        set(c, "group", ChannelGroup.LETTER);
        set(c, "transfer", transfer);
        return c;
    }

    private Matter matter(MatterKind kind, Unit accusedUnit) {
        IntakeForm form = new IntakeForm(letters, DAY.minusDays(1), null, null, 1, List.of(), CrossLevel.NONE, township,
                "要求解决拆迁安置补偿问题", kind, category, MatterPurpose.DEMAND,
                kind == MatterKind.ACCUSATION ? "某某" : null, accusedUnit, null);
        Matter m = new Matter("331199-2026-000001", form, petitioner, asOnFile(), county, "registrar", NOW, DAY, EARLIEST, DAY.plusDays(15));
        // registered by the bureau's staff, who identify the accused unit they name
        m.accusedIdentifiedAtRegistration();
        return m;
    }

    /** An accusation as a citizen files it online: whatever unit it names waits for the bureau. */
    private Matter onlineAccusation(Unit namedUnit) {
        IntakeForm form = new IntakeForm(letters, DAY.minusDays(1), null, null, 1, List.of(), CrossLevel.NONE, township,
                "检举某干部收受好处", MatterKind.ACCUSATION, category, MatterPurpose.DEMAND, "某干部", namedUnit, null);
        return new Matter("331199-2026-000002", form, petitioner, asOnFile(), county, "(online)", NOW, DAY, EARLIEST, DAY.plusDays(15));
    }

    private RegisteredContact asOnFile() {
        return RegisteredContact.of(petitioner.getName(), petitioner.getPhone(), petitioner.getAddress(), petitioner);
    }

    private Matter grievance() {
        return matter(MatterKind.GRIEVANCE, null);
    }

    private Matter routed(RoutingMode mode) {
        Matter m = grievance();
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        m.route(mode, housing, List.of(labour), DAY, DAY.plusDays(7), officer, NOW);
        return m;
    }

    private Matter replied(RoutingMode mode) {
        Matter m = routed(mode);
        m.draftReply(ReplyOutcome.SUPPORTED, "支持信访人的诉求", clerk, NOW);
        m.approveReply(DAY.plusDays(20), leader, NOW);
        return m;
    }

    private static BusinessException refused(String key, Executable step) {
        BusinessException e = assertThrows(BusinessException.class, step);
        assertEquals(key, e.key());
        return e;
    }

    // ------------------------------------------------------------------ the whole life

    @Test
    void aMatterLivesFromRegistrationToTerminationAndEveryStepIsOnItsTimeline() {
        Matter m = grievance();
        assertEquals(MatterState.REGISTERED, m.getState());
        assertEquals(MatterEvent.Type.REGISTERED, m.registeredEvent().getType());

        MatterEvent accepted = m.accept(DAY, DAY.plusDays(60), officer, NOW);
        assertEquals(MatterState.ACCEPTED, accepted.getStateAfter());
        assertEquals(DAY, m.acceptance().getAcceptedOn());
        assertEquals(DAY.plusDays(60), m.handling().getDue());

        MatterEvent route = m.route(RoutingMode.ASSIGN, housing, List.of(labour, housing), DAY, DAY.plusDays(7), officer, NOW);
        assertEquals(RoutingMode.ASSIGN, route.getRoutingMode());
        assertEquals(housing, route.getUnit());
        assertEquals(Set.of(labour), route.getCoUnits(), "the main unit is no co-handling unit of itself");
        assertEquals(Set.of(labour), m.getCoUnits());
        assertTrue(m.isHandledBy(labour));
        assertTrue(m.isHandledBy(county), "a unit above the main unit handles it too");

        MatterEvent extended = m.extend(20, "需要现场勘查", DAY.plusDays(80), leader, NOW);
        assertEquals(20, extended.getDays());
        assertEquals("需要现场勘查", extended.getText());
        assertEquals(DAY.plusDays(80), m.handling().getDue());

        m.note("已约谈信访人", otherClerk, NOW);
        m.draftReply(ReplyOutcome.EXPLAINED, "解释说明有关政策", clerk, NOW);
        assertEquals(MatterState.REPLY_DRAFTED, m.getState());
        m.returnReply("请补充事实", leader, NOW);
        assertEquals(MatterState.HANDLING, m.getState());
        m.draftReply(ReplyOutcome.SUPPORTED, "支持信访人的诉求", clerk, NOW);
        m.approveReply(DAY.plusDays(30), leader, NOW);
        assertEquals(MatterState.REPLIED, m.getState());
        assertEquals("lead1", m.reply().getApprovedBy());
        assertEquals(DAY.plusDays(30), m.reply().getRepliedOn());

        m.reportBack("已办结", clerk, NOW);
        m.close(DAY.plusDays(31), officer, NOW);
        assertEquals(MatterState.CLOSED, m.getState());
        assertEquals(DAY.plusDays(31), m.closure().getClosedOn());

        MatterEvent rated = m.evaluate(Rating.DISSATISFIED, "  ", RatingVia.ONLINE, DAY.plusDays(32), DAY.plusDays(60),
                Actor.petitioner(), NOW);
        assertEquals(Actor.PETITIONER_NAME, rated.getUsername());
        assertNull(m.evaluation().getRatedBy(), "rated online: nobody recorded it");
        assertNull(m.evaluation().getComment(), "a blank comment is no comment");

        MatterEvent review = m.requestAppeal(AppealStage.REVIEW, DAY.plusDays(33), DAY.plusDays(30), DAY.plusDays(60), DAY.plusDays(33),
                "青山县人民政府", officer, NOW);
        assertEquals("青山县人民政府", review.getAuthority());
        assertEquals(AppealStage.REVIEW, m.appealStage().orElseThrow());
        m.appealDecided(AppealStage.REVIEW, DAY.plusDays(50), "青山县人民政府", AppealOutcome.UPHELD, officer, NOW);
        assertEquals(MatterState.REVIEWED, m.getState());
        assertEquals(AppealStage.RE_REVIEW, m.getState().nextAppealStage());
        m.requestAppeal(AppealStage.RE_REVIEW, DAY.plusDays(55), DAY.plusDays(50), DAY.plusDays(80), DAY.plusDays(55), "青州市人民政府",
                officer, NOW);
        MatterEvent last = m.appealDecided(AppealStage.RE_REVIEW, DAY.plusDays(70), "青州市人民政府",
                AppealOutcome.REVISED, officer, NOW);
        assertEquals("REVISED", last.getOutcome());
        assertEquals(MatterState.TERMINATED, m.getState());
        assertEquals(TerminationReason.RE_REVIEWED, m.closure().getTerminationReason());
        assertEquals(DAY.plusDays(70), m.closure().getTerminatedOn());

        MatterEvent resolved = m.resolve(DAY.plusDays(75), "签订息诉罢访承诺书", DAY.plusDays(80), officer, NOW);
        assertEquals(MatterState.TERMINATED, resolved.getStateAfter(), "息诉息访 leaves the paperwork as it was");
        assertEquals(EnumSet.noneOf(MatterAction.class), m.allowedFor(officer), "nothing is left to do");
    }

    @Test
    void aLapsedReviewWindowTerminatesTheMatterAndClosesItIfItWasStillOpen() {
        Matter m = replied(RoutingMode.FORWARD);
        refused("error.appeal.windowOpen", () -> m.terminateLapsed(DAY.plusDays(50), DAY.plusDays(50), Actor.system(), NOW));
        MatterEvent e = m.terminateLapsed(DAY.plusDays(50), DAY.plusDays(51), Actor.system(), NOW);
        assertEquals(Actor.SYSTEM_NAME, e.getUsername());
        assertEquals("REVIEW_LAPSED", e.getOutcome());
        assertEquals(DAY.plusDays(51), m.closure().getClosedOn());
        assertEquals(TerminationReason.REVIEW_LAPSED, m.closure().getTerminationReason());
    }

    @Test
    void refusalsEndTheMatterWithTheReasonThePetitionerIsTold() {
        Matter m = grievance();
        MatterEvent e = m.refuse(" 不属于信访事项受理范围 ", officer, NOW, DAY);
        assertEquals("不属于信访事项受理范围", e.getText());
        assertEquals("不属于信访事项受理范围", m.acceptance().getDecisionText());
        assertEquals(MatterState.NOT_ACCEPTED, m.getState());
        assertEquals(DAY, m.closure().getClosedOn());

        Matter statutory = grievance();
        statutory.referToStatutoryChannel("行政复议", officer, NOW, DAY);
        assertEquals(MatterState.STATUTORY_CHANNEL, statutory.getState());

        refused("error.matter.notAccusation", () -> grievance().forwardAccusation("县纪委监委", officer, NOW, DAY));
        Matter accusation = matter(MatterKind.ACCUSATION, housing);
        accusation.forwardAccusation("县纪委监委", officer, NOW, DAY);
        assertEquals(MatterState.FORWARDED, accusation.getState());
    }

    @Test
    void aRepeatOfATerminatedMatterIsRefusedByTheSystemNamingTheEarlierMatter() {
        Matter earlier = replied(RoutingMode.FORWARD);
        earlier.terminateLapsed(DAY.plusDays(50), DAY.plusDays(51), Actor.system(), NOW);
        Matter again = grievance();
        MatterEvent e = again.refuseAsTerminated(earlier, "不再受理", Actor.systemFor("registrar"), NOW, DAY);
        assertEquals("registrar", e.getUsername());
        assertEquals(MatterEvent.Refusal.ALREADY_TERMINATED.name(), e.getOutcome());
        assertEquals(earlier.getNumber(), e.getDocument());
        assertEquals(DAY.plusDays(51), e.getFrom());
        assertNull(e.getText());
        assertEquals(MatterState.NOT_ACCEPTED, again.getState());
    }

    @Test
    void theSameMatterHandledWithinItsPeriodBelowIsRefusedNamingWhoHandlesItAndUntilWhen() {
        // a county department handles it (routed by the bureau), within its 60 days
        Matter below = routed(RoutingMode.ASSIGN);
        assertTrue(LowerLevels.handledBelowWithinPeriod(below, bureau, DAY));
        assertTrue(LowerLevels.handledBelowWithinPeriod(below, county, DAY.plusDays(60)), "the last day is still within");
        assertFalse(LowerLevels.handledBelowWithinPeriod(below, bureau, DAY.plusDays(61)), "the period has run out");
        assertFalse(LowerLevels.handledBelowWithinPeriod(below, housing, DAY), "not below the unit that handles it");
        assertFalse(LowerLevels.handledBelowWithinPeriod(below, township, DAY), "a township is not above a county department");
        // registered by the county and not routed: the county holds it, nothing is below
        assertFalse(LowerLevels.handledBelowWithinPeriod(grievance(), bureau, DAY));
        // a replied matter is no longer being handled
        assertFalse(LowerLevels.handledBelowWithinPeriod(replied(RoutingMode.ASSIGN), bureau, DAY));

        Matter again = grievance();
        MatterEvent e = again.refuseAsHandledBelow(below, housing, DAY.plusDays(60), "不予受理：县住建局正在办理", officer, NOW, DAY);
        assertEquals(MatterEvent.Refusal.HANDLED_BELOW.name(), e.getOutcome());
        assertEquals(below.getNumber(), e.getDocument());
        assertEquals(DAY.plusDays(60), e.getFrom());
        assertEquals(MatterState.NOT_ACCEPTED, again.getState());
        assertEquals("不予受理：县住建局正在办理", again.acceptance().getDecisionText());
        Matter self = grievance();
        refused("error.matter.handledBelowOther", () -> self.refuseAsHandledBelow(self, housing, DAY, "x", officer, NOW, DAY));
        refused("error.matter.handledBelowOther", () -> grievance().refuseAsHandledBelow(null, housing, DAY, "x", officer, NOW, DAY));
        assertThrows(RuntimeException.class, () -> grievance().refuseAsHandledBelow(below, housing, DAY, "x", clerk, NOW, DAY),
                "only the case officer decides");
    }

    // ------------------------------------------------------------------ rules without a test before

    @Test
    void anObjectionAfterItsPeriodIsRefusedWithTheLastDay() {
        Matter m = routed(RoutingMode.ASSIGN);
        BusinessException late = refused("error.matter.objectionLate", () -> m.object("不属于本单位职责", DAY.plusDays(8), clerk, NOW));
        assertEquals(DAY.plusDays(7).toString(), late.args()[0]);
        m.object("不属于本单位职责", DAY.plusDays(7), clerk, NOW);
        assertEquals(MatterState.OBJECTED, m.getState());
        m.route(RoutingMode.ASSIGN, labour, List.of(), DAY.plusDays(8), DAY.plusDays(15), officer, NOW);
        assertEquals(labour, m.routing().getMainUnit());
        assertEquals(Set.of(), m.getCoUnits());
    }

    @ParameterizedTest(name = "{0} answered {1}: {2}")
    @CsvSource({
            "GRIEVANCE, SUPPORTED, true", "GRIEVANCE, EXPLAINED, true", "GRIEVANCE, REJECTED, true",
            "GRIEVANCE, ADOPTED, false", "GRIEVANCE, NOT_ADOPTED, false",
            "ACCUSATION, SUPPORTED, true", "ACCUSATION, ADOPTED, false",
            "SUGGESTION, ADOPTED, true", "SUGGESTION, NOT_ADOPTED, true",
            "SUGGESTION, SUPPORTED, false", "SUGGESTION, EXPLAINED, false", "SUGGESTION, REJECTED, false"})
    void theReplyOutcomeFitsTheKindOfMatter(MatterKind kind, ReplyOutcome outcome, boolean fits) {
        Matter m = matter(kind, kind == MatterKind.ACCUSATION ? labour : null);
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        m.route(RoutingMode.FORWARD, housing, List.of(), DAY, DAY.plusDays(7), officer, NOW);
        if (fits) {
            m.draftReply(outcome, "答复", clerk, NOW);
            assertEquals(outcome, m.reply().getOutcome());
        } else {
            BusinessException e = refused("error.matter.outcomeKind", () -> m.draftReply(outcome, "答复", clerk, NOW));
            assertEquals("outcome", e.field());
            assertEquals(MatterState.HANDLING, m.getState(), "a refused step changes nothing");
        }
    }

    @Test
    void theResolutionDateLiesBetweenReceiptAndToday() {
        refused("error.resolution.tooEarly", () -> grievance().resolve(DAY, "承诺书", DAY, officer, NOW));
        Matter m = routed(RoutingMode.FORWARD);
        assertEquals("resolvedOn", refused("error.resolution.date",
                () -> m.resolve(DAY.minusDays(2), "承诺书", DAY, officer, NOW)).field(), "before receipt");
        refused("error.resolution.date", () -> m.resolve(DAY.plusDays(1), "承诺书", DAY, officer, NOW));
        assertEquals("resolvedOn", refused("error.required", () -> m.resolve(null, "承诺书", DAY, officer, NOW)).field());
        MatterEvent e = m.resolve(DAY.minusDays(1), "承诺书", DAY, officer, NOW);
        assertEquals(DAY.minusDays(1), e.getFrom());
        assertEquals(DAY.minusDays(1), m.closure().getResolvedOn());
        refused("error.resolution.done", () -> m.resolve(DAY, "承诺书", DAY, officer, NOW));
    }

    @Test
    void oneExtensionOfAtMostThirtyDays() {
        Matter m = routed(RoutingMode.FORWARD);
        assertEquals("days", refused("error.matter.extensionDays",
                () -> m.extend(Lifecycle.MAX_EXTENSION_DAYS + 1, "理由", DAY, leader, NOW)).field());
        refused("error.matter.extensionDays", () -> m.extend(0, "理由", DAY, leader, NOW));
        m.extend(Lifecycle.MAX_EXTENSION_DAYS, "理由", DAY.plusDays(90), leader, NOW);
        refused("error.matter.alreadyExtended", () -> m.extend(5, "理由", DAY, leader, NOW));
        assertFalse(m.allowedFor(leader).contains(EXTEND));
    }

    @Test
    void 交办MustReportBackBeforeClosingAnd转办MayNotReport() {
        Matter assigned = replied(RoutingMode.ASSIGN);
        refused("error.matter.reportRequired", () -> assigned.close(DAY, officer, NOW));
        assertFalse(assigned.allowedFor(officer).contains(CLOSE));
        assertTrue(assigned.allowedFor(clerk).contains(REPORT_BACK));

        Matter forwarded = replied(RoutingMode.FORWARD);
        refused("error.matter.reportOnlyAssigned", () -> forwarded.reportBack("结果", clerk, NOW));
        assertFalse(forwarded.allowedFor(clerk).contains(REPORT_BACK));
        forwarded.close(DAY, officer, NOW);
        assertEquals(MatterState.CLOSED, forwarded.getState());
    }

    @Test
    void aRatingIsGivenOnceWithinItsWindow() {
        Matter m = replied(RoutingMode.FORWARD);
        refused("error.evaluation.late", () -> m.evaluate(Rating.SATISFIED, null, RatingVia.PHONE, DAY.plusDays(61),
                DAY.plusDays(60), registrar, NOW));
        m.evaluate(Rating.SATISFIED, "好", RatingVia.PHONE, DAY.plusDays(40), DAY.plusDays(60), registrar, NOW);
        assertEquals("registrar", m.evaluation().getRatedBy());
        refused("error.evaluation.done", () -> m.evaluate(Rating.SATISFIED, null, RatingVia.ONLINE, DAY.plusDays(41),
                DAY.plusDays(60), Actor.petitioner(), NOW));
    }

    @Test
    void anAppealRequestIsDatedWithinItsWindowAndNotInTheFuture() {
        Matter m = replied(RoutingMode.FORWARD);
        refused("error.appeal.requestedInFuture", () -> m.requestAppeal(AppealStage.REVIEW, DAY.plusDays(2), DAY.plusDays(20), DAY.plusDays(50),
                DAY.plusDays(1), "县政府", officer, NOW));
        BusinessException late = refused("error.appeal.reviewLate", () -> m.requestAppeal(AppealStage.REVIEW,
                DAY.plusDays(51), DAY.plusDays(20), DAY.plusDays(50), DAY.plusDays(60), "县政府", officer, NOW));
        assertEquals(DAY.plusDays(50).toString(), late.args()[0]);
    }

    // ------------------------------------------------------------------ dates against the matter's own timeline (issue 14, items 1, 3, 4)

    private Matter receivedOn(LocalDate receivedOn, LocalDate earliest) {
        IntakeForm form = new IntakeForm(letters, receivedOn, null, null, 1, List.of(), CrossLevel.NONE, township,
                "要求解决拆迁安置补偿问题", MatterKind.GRIEVANCE, category, MatterPurpose.DEMAND, null, null, null);
        return new Matter("-", form, petitioner, asOnFile(), county, "registrar", NOW, DAY, earliest, DAY.plusDays(15));
    }

    @ParameterizedTest
    @CsvSource({"+999999999-12-31", "2026-03-03", "-999999999-01-01", "0001-01-01", "1000-01-01", "1899-12-31",
            "1999-12-31"})
    void aReceiptDateAfterTodayOrBeforeTheEarliestDateIsRefusedOnItsField(String date) {
        LocalDate d = LocalDate.parse(date);
        BusinessException e = assertThrows(BusinessException.class, () -> receivedOn(d, EARLIEST));
        assertEquals("receivedOn", e.field());
        assertEquals(d.isAfter(DAY) ? "error.matter.receivedInFuture" : "error.matter.receivedTooEarly", e.key());
        // the registrar checks it alone too, before it computes the acceptance due date or the number's year
        BusinessException alone = assertThrows(BusinessException.class, () -> Intake.checkReceivedOn(d, DAY, EARLIEST));
        assertEquals(e.key(), alone.key());
    }

    @Test
    void theEarliestAndTheLatestReceiptDatesAreTakenAndTheEarliestIsTheDeploymentsOwn() {
        assertEquals(EARLIEST, receivedOn(EARLIEST, EARLIEST).intake().getReceivedOn());
        assertEquals(DAY, receivedOn(DAY, EARLIEST).intake().getReceivedOn());
        BusinessException e = assertThrows(BusinessException.class,
                () -> receivedOn(LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 1)));
        assertEquals("error.matter.receivedTooEarly", e.key());
        assertEquals("2010-01-01", e.args()[0], "the message names the earliest date");
        assertEquals("error.required", assertThrows(BusinessException.class, () -> receivedOn(null, EARLIEST)).key());
    }

    @Test
    void anAppealIsNotRequestedBeforeTheAnswerItAppeals() {
        Matter m = replied(RoutingMode.FORWARD);
        LocalDate repliedOn = m.reply().getRepliedOn();
        BusinessException early = refused("error.appeal.requestedBeforeReply", () -> m.requestAppeal(AppealStage.REVIEW,
                repliedOn.minusDays(1), repliedOn, repliedOn.plusDays(30), repliedOn.plusDays(5), "县政府", officer, NOW));
        assertEquals("requestedOn", early.field());
        assertEquals(repliedOn.toString(), early.args()[0]);
        assertEquals(MatterState.REPLIED, m.getState(), "nothing changed");
        m.requestAppeal(AppealStage.REVIEW, repliedOn, repliedOn, repliedOn.plusDays(30), repliedOn.plusDays(5), "县政府",
                officer, NOW);
        LocalDate reviewedOn = repliedOn.plusDays(10);
        m.appealDecided(AppealStage.REVIEW, reviewedOn, "县政府", AppealOutcome.UPHELD, officer, NOW);
        BusinessException beforeReview = refused("error.appeal.requestedBeforeReview", () -> m.requestAppeal(
                AppealStage.RE_REVIEW, reviewedOn.minusDays(1), reviewedOn, reviewedOn.plusDays(30), reviewedOn.plusDays(5),
                "市政府", officer, NOW));
        assertEquals("requestedOn", beforeReview.field());
        assertEquals(MatterState.REVIEWED, m.getState());
    }

    @Test
    void anAppealDecisionIsNotDatedBeforeItsRequestNorInTheFuture() {
        Matter m = replied(RoutingMode.FORWARD);
        LocalDate requested = DAY.plusDays(21);
        Appeal a = new Appeal(m, AppealStage.REVIEW, requested, "不服", AuthorityLevel.CITY, "青州市信访局", false,
                requested.plusDays(30), "officer");
        for (LocalDate wrong : List.of(requested.minusDays(1), LocalDate.of(1899, 12, 31), requested.plusDays(11))) {
            BusinessException e = assertThrows(BusinessException.class, () -> a.decide(AppealOutcome.UPHELD, "维持",
                    "青信复〔2026〕1号", wrong, requested.plusDays(10), "officer"));
            assertEquals("decidedOn", e.field(), wrong.toString());
            assertEquals("error.appeal.decidedOn", e.key());
        }
        a.decide(AppealOutcome.UPHELD, "维持", "青信复〔2026〕1号", requested, requested.plusDays(10), "officer");
        assertEquals(requested, a.getDecidedOn());
    }

    @Test
    void aHearingLiesWithinItsStageAndEndsAfterItBegins() {
        Matter m = routed(RoutingMode.ASSIGN);
        LocalDate accepted = m.acceptance().getAcceptedOn();
        for (LocalDate before : List.of(accepted.minusDays(1), LocalDate.of(1899, 12, 31), LocalDate.MIN)) {
            BusinessException e = refused("error.hearing.beforeStage",
                    () -> m.hearingScheduled(before, accepted.plusDays(1), accepted, DAY, leader, NOW));
            assertEquals("hearingFrom", e.field());
            assertEquals(accepted.toString(), e.args()[0]);
        }
        assertEquals("hearingTo", refused("error.matter.hearingDates",
                () -> m.hearingScheduled(DAY.plusDays(3), DAY.plusDays(2), accepted, DAY, leader, NOW)).field());
        refused("error.hearing.tooLong", () -> m.hearingScheduled(DAY, DAY.plusDays(91), accepted, DAY, leader, NOW));
        assertEquals("hearingFrom", refused("error.hearing.tooFarAhead", () -> m.hearingScheduled(LocalDate.MAX,
                LocalDate.MAX, accepted, DAY, leader, NOW)).field());
        refused("error.required", () -> m.hearingScheduled(null, DAY, accepted, DAY, leader, NOW));
        assertEquals(MatterState.HANDLING, m.getState(), "nothing recorded");
        MatterEvent e = m.hearingScheduled(accepted, DAY.plusDays(2), accepted, DAY, leader, NOW);
        assertEquals(accepted, e.getFrom());
    }

    // ------------------------------------------------------------------ the contact a matter was registered with (issue 14, item 10)

    @Test
    void aMatterKeepsTheContactItWasRegisteredWithWhenThePetitionersRecordChanges() {
        Matter first = grievance();
        assertEquals("13800000000", first.contact().getPhone());
        assertTrue(first.contact().isCurrentIn(petitioner));
        // a later registration with the same person gives a new name form and a new phone and address
        petitioner.update("张叁", null, "13900000000", "青石镇石桥村5号", DAY);
        assertEquals("张三", first.contact().getName(), "the first matter keeps its name");
        assertEquals("13800000000", first.contact().getPhone());
        assertNull(first.contact().getAddress());
        assertFalse(first.contact().isCurrentIn(petitioner));
        assertEquals("13900000000", petitioner.getPhone(), "the record has the current phone");
    }

    @Test
    void aBlankPhoneOrAddressIsTheOneOnFileAndWhatIsGivenIsChecked() {
        petitioner.update("张三", null, "13800000000", "青石镇石桥村1号", DAY);
        RegisteredContact c = RegisteredContact.of(" 张三 ", " ", null, petitioner);
        assertEquals("张三", c.getName());
        assertEquals("13800000000", c.getPhone());
        assertEquals("青石镇石桥村1号", c.getAddress());
        assertEquals("phone", assertThrows(BusinessException.class,
                () -> RegisteredContact.of("张三", "call me", null, petitioner)).field());
        assertEquals("petitionerName", assertThrows(BusinessException.class,
                () -> RegisteredContact.of(" ", null, null, petitioner)).field());
        assertEquals("address", assertThrows(BusinessException.class,
                () -> RegisteredContact.of("张三", null, "地".repeat(201), petitioner)).field());
    }

    // ------------------------------------------------------------------ 协办

    @Test
    void coHandlingUnitsAreAskedWithADueDayContributeAndAreWithdrawnByARerouting() {
        Matter m = grievance();
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        m.route(RoutingMode.ASSIGN, housing, List.of(labour, township), null, DAY, DAY.plusDays(7), officer, NOW);
        assertEquals(2, m.coHandling().size());
        CoHandling lab = m.coHandlingOf(labour).orElseThrow();
        assertEquals(DAY.plusDays(Lifecycle.CO_HANDLING_DAYS), lab.getDueOn(), "the default: 15 days");
        assertTrue(lab.isOpen());
        // the co-handling unit contributes; the main unit does not "contribute", it drafts
        MatterEvent e = m.contribute("已核实社保缴费记录，情况属实。", otherClerk, DAY.plusDays(3), NOW);
        assertEquals(MatterEvent.Type.CO_OPINION, e.getType());
        assertEquals(labour, e.getUnit());
        assertEquals(DAY.plusDays(3), lab.getContributedOn());
        assertEquals("clerk3", lab.getContributedBy());
        assertFalse(lab.isOpen());
        assertThrows(NotPermittedException.class, () -> m.contribute("意见", clerk, DAY, NOW));
        assertThrows(NotPermittedException.class, () -> m.contribute("意见", officer, DAY, NOW));
        // the main unit moves the township's day, not past its own due day, not into the past
        m.setCoHandlingDue(township, DAY.plusDays(20), clerk, DAY, NOW);
        assertEquals(DAY.plusDays(20), m.coHandlingOf(township).orElseThrow().getDueOn());
        assertEquals("coDue", assertThrows(BusinessException.class,
                () -> m.setCoHandlingDue(township, DAY.plusDays(61), clerk, DAY, NOW)).field());
        assertEquals("coDue", assertThrows(BusinessException.class,
                () -> m.setCoHandlingDue(township, DAY.minusDays(1), leader, DAY, NOW)).field());
        assertEquals("coUnit", assertThrows(BusinessException.class,
                () -> m.setCoHandlingDue(county, DAY.plusDays(5), officer, DAY, NOW)).field());
        assertThrows(NotPermittedException.class, () -> m.setCoHandlingDue(township, DAY.plusDays(5), otherClerk, DAY, NOW));
        assertTrue(m.coHandlingOf(township).orElseThrow().isOverdue(DAY.plusDays(21)));
        // after an objection the bureau re-routes: the township is dropped, kept as withdrawn
        m.object("不属本单位职责", DAY, clerk, NOW);
        m.route(RoutingMode.ASSIGN, labour, List.of(housing), DAY.plusDays(10), DAY, DAY.plusDays(7), officer, NOW);
        assertTrue(m.coHandling().stream().filter(ch -> ch.getUnit().equals(township)).findFirst().orElseThrow().isWithdrawn());
        assertTrue(m.coHandlingOf(township).isEmpty());
        assertTrue(m.coHandlingOf(labour).isEmpty(), "the main unit is no co-handling unit");
        assertEquals(DAY.plusDays(10), m.coHandlingOf(housing).orElseThrow().getDueOn());
        assertEquals(3, m.coHandling().size());
        assertEquals("coDue", assertThrows(BusinessException.class, () -> {
            Matter n = grievance();
            n.accept(DAY, DAY.plusDays(60), officer, NOW);
            n.route(RoutingMode.ASSIGN, housing, List.of(labour), DAY.plusDays(61), DAY, DAY.plusDays(7), officer, NOW);
        }).field(), "not after the handling due day");
    }

    @Test
    void anOnlineAccusationIsAcceptedOnlyOnceTheBureauIdentifiedWhomItAccuses() {
        Matter m = onlineAccusation(null);
        assertTrue(m.intake().isUnidentifiedAccusation());
        assertFalse(m.allowedFor(officer).contains(MatterAction.ACCEPT));
        assertTrue(m.allowedFor(officer).contains(MatterAction.IDENTIFY_ACCUSED));
        assertTrue(m.allowedFor(officer).contains(MatterAction.FORWARD_ACCUSATION), "it can go to the discipline organ at once");
        refused("error.accusation.identifyFirst", () -> m.accept(DAY, DAY.plusDays(60), officer, NOW));
        MatterEvent e = m.identifyAccused(housing, "住建局某科长", officer, NOW);
        assertEquals(MatterEvent.Type.ACCUSED_IDENTIFIED, e.getType());
        assertEquals(housing, e.getUnit());
        assertEquals("住建局某科长", e.getText());
        assertEquals(MatterState.REGISTERED, m.getState());
        assertFalse(m.intake().isUnidentifiedAccusation());
        assertTrue(m.isConfidentialFor(housing));
        assertEquals("被检举单位：" + housing.getName(), TimelineEntry.of(e).describe(java.util.Locale.CHINA).split("：住建局")[0]);
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        refused("error.matter.routeToAccused", () -> m.route(RoutingMode.ASSIGN, housing, List.of(), DAY, DAY, officer, NOW));
    }

    @Test
    void theUnitACitizenNamesProtectsTheAccusationAtOnceAndTheBureauMayCorrectIt() {
        Matter m = onlineAccusation(housing);
        assertTrue(m.isConfidentialFor(housing), "named by the citizen, kept from that unit before anyone looked");
        assertTrue(m.intake().isUnidentifiedAccusation());
        m.identifyAccused(null, null, officer, NOW);
        assertFalse(m.isConfidentialFor(housing), "the bureau found no unit of this county concerned");
        assertEquals("某干部", m.intake().getAccusedParty(), "a blank party keeps the one named");
        MatterEvent none = m.identifyAccused(null, "某公司", officer, NOW);
        assertEquals(MatterEvent.NO_ACCUSED_UNIT, none.getOutcome());
        assertEquals("不涉及本县单位", TimelineEntry.of(none).describe(java.util.Locale.CHINA).split("：")[0]);
    }

    @Test
    void theAccusedCannotBeTheUnitThatHandlesTheMatterAndOnlyTheOfficerIdentifiesIt() {
        Matter m = onlineAccusation(null);
        m.identifyAccused(null, null, officer, NOW);
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        m.route(RoutingMode.ASSIGN, labour, List.of(housing), DAY, DAY, officer, NOW);
        assertEquals("accusedUnit", assertThrows(BusinessException.class,
                () -> m.identifyAccused(labour, null, officer, NOW)).field());
        assertEquals("accusedUnit", assertThrows(BusinessException.class,
                () -> m.identifyAccused(housing, null, officer, NOW)).field());
        assertEquals("accusedUnit", assertThrows(BusinessException.class,
                () -> m.identifyAccused(county, null, officer, NOW)).field(), "the units handling it lie within the county");
        assertThrows(cn.xinfang.petition.shared.boundary.NotPermittedException.class,
                () -> m.identifyAccused(township, null, otherLeader, NOW));
        refused("error.matter.notAccusation", () -> grievance().identifyAccused(housing, null, officer, NOW));
    }

    @Test
    void anAccusationIsNeverRoutedToTheUnitItAccusesNorToOneBelowIt() {
        Matter m = matter(MatterKind.ACCUSATION, county);
        m.accept(DAY, DAY.plusDays(60), officer, NOW);
        assertTrue(m.isConfidentialFor(housing), "the county's departments lie within the accused county");
        refused("error.matter.routeToAccused", () -> m.route(RoutingMode.ASSIGN, housing, List.of(), DAY, DAY, officer, NOW));
        Matter n = matter(MatterKind.ACCUSATION, housing);
        n.accept(DAY, DAY.plusDays(60), officer, NOW);
        refused("error.matter.routeToAccused", () -> n.route(RoutingMode.ASSIGN, labour, List.of(housing), DAY, DAY, officer, NOW));
        assertEquals(MatterState.ACCEPTED, n.getState());
    }

    @Test
    void wordsWrittenForAStepRefuseControlAndBidiCharactersButKeepEmoji() {
        Matter m = routed(RoutingMode.FORWARD);
        BusinessException e = refused("error.text.control", () -> m.note("已联系\u202E信访人", clerk, NOW));
        assertEquals("note", e.field());
        refused("error.text.control", () -> m.draftReply(ReplyOutcome.SUPPORTED, "答复\u0000", clerk, NOW));
        assertEquals(MatterState.HANDLING, m.getState(), "a refused step changes nothing");
        assertEquals("已联系信访人 👍", m.note("已联系信访人 👍", clerk, NOW).getText());
    }

    // ------------------------------------------------------------------ who may do what now: one answer

    @Test
    void whatEachPersonMayDoNowIsWhatTheStepsThemselvesAllow() {
        Matter m = routed(RoutingMode.ASSIGN);
        assertEquals(EnumSet.of(OBJECT, NOTE, DRAFT_REPLY, SET_CO_DUE), m.allowedFor(clerk));
        assertEquals(EnumSet.of(OBJECT, NOTE, DRAFT_REPLY, EXTEND, HEARING, SET_CO_DUE), m.allowedFor(leader));
        assertEquals(EnumSet.of(NOTE, CONTRIBUTE), m.allowedFor(otherClerk), "a co-handling unit records notes and its contribution");
        assertEquals(EnumSet.of(NOTE, RESOLVE, SET_CO_DUE), m.allowedFor(officer));
        assertEquals(EnumSet.noneOf(MatterAction.class), m.allowedFor(registrar));
        assertEquals(EnumSet.noneOf(MatterAction.class), m.allowedFor(countyLeader));
        // and the steps say the same
        assertThrows(NotPermittedException.class, () -> m.draftReply(ReplyOutcome.SUPPORTED, "答复", otherClerk, NOW));
        assertThrows(NotPermittedException.class, () -> m.extend(5, "理由", DAY, clerk, NOW));
        assertThrows(NotPermittedException.class, () -> m.extend(5, "理由", DAY, otherLeader, NOW));
        assertThrows(NotPermittedException.class, () -> m.note("记录", countyLeader, NOW));
        assertThrows(NotPermittedException.class, () -> m.close(DAY, clerk, NOW));
        assertThrows(NotPermittedException.class, () -> m.hearingScheduled(DAY, DAY, DAY, DAY, officer, NOW),
                "a hearing while the unit handles it is the unit leader's");
    }

    @Test
    void everyStepAllowedIsTakenAndEveryStepRefusedIsRefused() {
        // for each state reached on the way, each person and each action: allowedFor agrees with the step itself
        for (Matter m : List.of(grievance(), routed(RoutingMode.ASSIGN), replied(RoutingMode.ASSIGN), replied(RoutingMode.FORWARD))) {
            for (Actor a : List.of(officer, registrar, clerk, leader, otherClerk, otherLeader, countyLeader, Actor.petitioner())) {
                Set<MatterAction> allowed = m.allowedFor(a);
                for (MatterAction action : List.of(REFUSE, ACCEPT, OBJECT, NOTE, EXTEND, DRAFT_REPLY, REPORT_BACK, CLOSE, RESOLVE)) {
                    Matter copy = replay(m);
                    boolean took;
                    try {
                        take(copy, action, a);
                        took = true;
                    } catch (BusinessException e) {
                        took = false;
                    }
                    assertEquals(allowed.contains(action), took, m.getState() + " " + a.username() + " " + action);
                }
            }
        }
    }

    /** The same matter again in the same state (a step changes the matter, so each try gets its own). */
    private Matter replay(Matter m) {
        return switch (m.getState()) {
            case REGISTERED -> grievance();
            case HANDLING -> routed(m.routing().getMode());
            case REPLIED -> replied(m.routing().getMode());
            default -> throw new AssertionError(m.getState());
        };
    }

    private static void take(Matter m, MatterAction action, Actor a) {
        switch (action) {
            case REFUSE -> m.refuse("理由", a, NOW, DAY);
            case ACCEPT -> m.accept(DAY, DAY.plusDays(60), a, NOW);
            case OBJECT -> m.object("理由", DAY, a, NOW);
            case NOTE -> m.note("记录", a, NOW);
            case EXTEND -> m.extend(10, "理由", DAY.plusDays(70), a, NOW);
            case DRAFT_REPLY -> m.draftReply(ReplyOutcome.SUPPORTED, "答复", a, NOW);
            case REPORT_BACK -> m.reportBack("结果", a, NOW);
            case CLOSE -> m.close(DAY, a, NOW);
            case RESOLVE -> m.resolve(DAY, "承诺书", DAY, a, NOW);
            default -> throw new AssertionError(action);
        }
    }
}
