package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.AppealView;
import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.HearingView;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterDetail;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Ids;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One matter: facts, petitioner (masked per role), deadlines, timeline, and the steps the caller
 * may take now (decided by the EJB layer, see HandlingView.allowed). /cases/matter.xhtml?id=…
 */
@Named
@ViewScoped
public class MatterPage implements Serializable {

    // refusals are shown above the page: the action forms share fields, so no single field owns them
    static final String FORM = null;

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Appeals appeals;

    @Inject
    Units units;

    @Inject
    cn.xinfang.petition.casehandling.boundary.Documents documents;

    private String id;
    private MatterDetail detail;
    private List<UnitView> routableUnits;

    // the action form
    private Decision decision = Decision.ACCEPT;
    private String text;
    private RoutingMode mode = RoutingMode.ASSIGN;
    private Long mainUnitId;
    private List<Long> coUnitIds = new ArrayList<>();
    private Integer days = 30;
    private LocalDate from;
    private LocalDate to;
    private ReplyOutcome outcome;
    private String place;
    private String participants;
    private String conclusion;
    private Long hearingId;
    private Rating rating;
    private RatingVia ratingVia = RatingVia.PHONE;
    private AppealOutcome appealOutcome;
    private AuthorityLevel authorityLevel;
    private String authorityName;
    private String documentNumber;

    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public Long getHearingId() { return hearingId; }
    public void setHearingId(Long hearingId) { this.hearingId = hearingId; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public RatingVia getRatingVia() { return ratingVia; }
    public void setRatingVia(RatingVia ratingVia) { this.ratingVia = ratingVia; }
    public AppealOutcome getAppealOutcome() { return appealOutcome; }
    public void setAppealOutcome(AppealOutcome appealOutcome) { this.appealOutcome = appealOutcome; }
    public AuthorityLevel getAuthorityLevel() { return authorityLevel; }
    public void setAuthorityLevel(AuthorityLevel authorityLevel) { this.authorityLevel = authorityLevel; }
    public String getAuthorityName() { return authorityName; }
    public void setAuthorityName(String authorityName) { this.authorityName = authorityName; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }

    public void load() {
        Long parsed = Ids.parse(id);
        if (parsed == null) {
            Messages.error(null, Bundle.text(id == null || id.isBlank() ? "error.notFound" : "error.id"));
            return;
        }
        detail = Messages.call(null, () -> petitions.get(parsed));
    }

    private void act(String successKey, Supplier<MatterDetail> action) {
        MatterDetail result = Messages.call(FORM, action);
        if (result != null) {
            detail = result;
            text = null;
            Messages.info(successKey);
        }
    }

    private long mid() {
        return detail.summary().id();
    }

    private long ver() {
        return detail.version();
    }

    public void decide() {
        act("matter.done", () -> handling.decide(mid(), decision, text, ver()));
    }

    public void route() {
        act("matter.done", () -> handling.route(mid(), mode, mainUnitId, coUnitIds, ver()));
    }

    public void object() {
        act("matter.done", () -> handling.object(mid(), text, ver()));
    }

    public void note() {
        act("matter.done", () -> handling.note(mid(), text, ver()));
    }

    public void extend() {
        act("matter.done", () -> handling.extend(mid(), days == null ? 0 : days, text, ver()));
    }

    public void hearing() {
        act("matter.done", () -> appeals.scheduleHearing(mid(), from, to, place, participants, ver()));
    }

    public void recordHearing() {
        act("matter.done", () -> appeals.recordHearing(mid(), hearingId == null ? -1 : hearingId, text, conclusion, ver()));
    }

    public void evaluate() {
        act("matter.done", () -> appeals.evaluate(mid(), rating, ratingVia, text, ver()));
    }

    public void requestAppeal() {
        AppealStage stage = detail.summary().state() == MatterState.REVIEWED ? AppealStage.RE_REVIEW : AppealStage.REVIEW;
        act("matter.done", () -> appeals.requestAppeal(mid(), stage, from, text, authorityLevel, authorityName, ver()));
    }

    public void decideAppeal() {
        act("matter.done", () -> appeals.decideAppeal(mid(), appealOutcome, text, documentNumber, from, ver()));
    }

    public void terminate() {
        act("matter.done", () -> appeals.terminate(mid(), ver()));
    }

    public void resolve() {
        act("matter.done", () -> appeals.resolve(mid(), from, text, ver()));
    }

    public void flagBacklog() {
        boolean flag = !detail.followUp().backlogFlag();
        act("matter.done", () -> appeals.flagBacklog(mid(), flag, text, ver()));
    }

    public boolean isAppealDecidedHere() {
        AppealView open = openAppeal();
        return open != null && open.decidedHere();
    }

    public AppealView openAppeal() {
        if (detail == null) {
            return null;
        }
        return detail.followUp().appeals().stream().filter(a -> !a.decided()).findFirst().orElse(null);
    }

    public boolean isRequestingReReview() {
        return detail != null && detail.summary().state() == MatterState.REVIEWED;
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public RatingVia[] getStaffRatingVias() {
        return new RatingVia[]{RatingVia.PHONE, RatingVia.IN_PERSON};
    }

    public AppealOutcome[] getAppealOutcomes() {
        return AppealOutcome.values();
    }

    public AuthorityLevel[] getAuthorityLevels() {
        return AuthorityLevel.values();
    }

    public java.util.List<HearingView> getOpenHearings() {
        return detail == null ? java.util.List.of()
                : detail.followUp().hearings().stream().filter(h -> !h.recorded()).toList();
    }

    public void draftReply() {
        act("matter.done", () -> handling.draftReply(mid(), outcome, text, ver()));
    }

    public void approveReply() {
        act("matter.done", () -> handling.approveReply(mid(), ver()));
    }

    public void returnReply() {
        act("matter.done", () -> handling.returnReply(mid(), text, ver()));
    }

    public void reportBack() {
        act("matter.done", () -> handling.reportBack(mid(), text, ver()));
    }

    public void close() {
        act("matter.done", () -> handling.close(mid(), ver()));
    }

    /** The notices and opinions issued so far, in document order, for the download links. */
    public List<cn.xinfang.petition.casehandling.boundary.DocumentKind> getDocuments() {
        if (detail == null) {
            return List.of();
        }
        var available = documents.available(detail.summary().id());
        return java.util.Arrays.stream(cn.xinfang.petition.casehandling.boundary.DocumentKind.values())
                .filter(available::contains).toList();
    }

    public boolean may(String action) {
        return detail != null && detail.handling().may(action);
    }

    public boolean isAnyAction() {
        return detail != null && !detail.handling().allowed().isEmpty();
    }

    /** Departments and townships a matter can be routed to. */
    public List<UnitView> getRoutableUnits() {
        if (routableUnits == null) {
            routableUnits = units.directory().stream().filter(UnitView::active)
                    .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.TOWNSHIP).toList();
        }
        return routableUnits;
    }

    public Decision[] getDecisions() {
        Decision[] all = Decision.values();
        return may("FORWARD_ACCUSATION") ? all : new Decision[]{Decision.ACCEPT, Decision.REFUSE, Decision.STATUTORY};
    }

    public ReplyOutcome[] getOutcomes() {
        return detail != null && detail.summary().kind() == cn.xinfang.petition.casehandling.entity.MatterKind.SUGGESTION
                ? new ReplyOutcome[]{ReplyOutcome.ADOPTED, ReplyOutcome.NOT_ADOPTED}
                : new ReplyOutcome[]{ReplyOutcome.SUPPORTED, ReplyOutcome.EXPLAINED, ReplyOutcome.REJECTED};
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MatterDetail getDetail() {
        return detail;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public RoutingMode getMode() {
        return mode;
    }

    public void setMode(RoutingMode mode) {
        this.mode = mode;
    }

    public Long getMainUnitId() {
        return mainUnitId;
    }

    public void setMainUnitId(Long mainUnitId) {
        this.mainUnitId = mainUnitId;
    }

    public List<Long> getCoUnitIds() {
        return coUnitIds;
    }

    public void setCoUnitIds(List<Long> coUnitIds) {
        this.coUnitIds = coUnitIds;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ReplyOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReplyOutcome outcome) {
        this.outcome = outcome;
    }
}
