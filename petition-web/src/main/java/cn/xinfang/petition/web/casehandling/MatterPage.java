package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.Appeals;
import cn.xinfang.petition.casehandling.boundary.AttachmentView;
import cn.xinfang.petition.casehandling.boundary.Attachments;
import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AppealView;
import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.HearingView;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.web.shared.Bundle;
import cn.xinfang.petition.web.shared.Ids;
import cn.xinfang.petition.web.shared.Messages;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import cn.xinfang.petition.casehandling.entity.CoHandlingView;
import java.util.List;
import java.util.function.Supplier;
import cn.xinfang.petition.casehandling.boundary.Documents;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import java.util.Arrays;

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
    Documents documents;

    @Inject
    Attachments attachments;

    private String id;
    private MatterDetail detail;
    private List<UnitView> routableUnits;

    // the action form
    private Decision decision = Decision.ACCEPT;
    /** 2022 Art 19: the lower level's matter named by a HANDLED_BELOW refusal. */
    private Long lowerMatterId;
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

    // the attachments panel and its upload form (a multipart form of its own)
    static final String ATTACHMENT_FORM = "attachmentForm";
    private transient Part file;
    private AttachmentKind attachmentKind =
            AttachmentKind.LETTER;
    private List<AttachmentView> attachmentList;
    private Boolean mayAttach;

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
        act("matter.done", () -> handling.decide(mid(), decision, text,
                decision == Decision.HANDLED_BELOW ? lowerMatterId : null, ver()));
    }

    public void route() {
        act("matter.done", () -> handling.route(mid(), mode, mainUnitId, coUnitIds, coDue, ver()));
        coHandlingList = null;
    }

    public void contribute() {
        act("coHandling.done", () -> handling.contribute(mid(), text, ver()));
        coHandlingList = null;
    }

    public void setCoHandlingDue() {
        act("matter.done", () -> handling.setCoHandlingDue(mid(), coUnitId, coDue, ver()));
        coHandlingList = null;
    }

    /** 协办: every co-handling unit's part, for everyone who may see the matter (the main unit reads it before replying). */
    public List<CoHandlingView> getCoHandling() {
        if (coHandlingList == null && detail != null) {
            coHandlingList = Messages.call(null, () -> handling.coHandling(mid()));
        }
        return coHandlingList == null ? List.of() : coHandlingList;
    }

    /** The co-handling units still asked to contribute. */
    public List<CoHandlingView> getActiveCoHandling() {
        return getCoHandling().stream().filter(ch -> !ch.withdrawn()).toList();
    }

    private List<CoHandlingView> coHandlingList;
    private LocalDate coDue;
    private Long coUnitId;

    public LocalDate getCoDue() {
        return coDue;
    }

    public void setCoDue(LocalDate coDue) {
        this.coDue = coDue;
    }

    public Long getCoUnitId() {
        return coUnitId;
    }

    public void setCoUnitId(Long coUnitId) {
        this.coUnitId = coUnitId;
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
        AppealStage stage = detail.summary().state().nextAppealStage();
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

    /** 复查/复核申请不予受理 recorded by the officer: a review once the matter was replied, a re-review once it was reviewed. */
    public void refuseAppeal() {
        AppealStage stage = isRefusingReReview() ? AppealStage.RE_REVIEW : AppealStage.REVIEW;
        act("matter.done", () -> appeals.refuseAppeal(mid(), stage, from, text, authorityName, to, conclusion, documentNumber, ver()));
    }

    /** A refused request can be recorded (the officer): the matter has a reply. */
    public boolean isAppealRefusable() {
        return detail != null && detail.handling() != null && detail.handling().repliedOn() != null
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("officer");
    }

    /** The refused request would be a re-review's: the review opinion was issued. */
    public boolean isRefusingReReview() {
        return detail != null && detail.followUp() != null && detail.followUp().appeals().stream()
                .anyMatch(a -> a.stage() == AppealStage.REVIEW && a.outcome() != null);
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

    public List<HearingView> getOpenHearings() {
        return detail == null ? List.of()
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
    public List<DocumentKind> getDocuments() {
        if (detail == null) {
            return List.of();
        }
        var available = documents.available(detail.summary().id());
        return Arrays.stream(DocumentKind.values())
                .filter(available::contains).toList();
    }

    /** The matter's attachments, oldest first (never their bytes). */
    public List<AttachmentView> getAttachments() {
        if (attachmentList == null) {
            attachmentList = detail == null ? List.of() : attachments.list(mid());
        }
        return attachmentList;
    }

    /** Whether the upload form is shown; the EJB decides again on upload. */
    public boolean isMayAttach() {
        if (mayAttach == null) {
            mayAttach = detail != null && attachments.mayAdd(mid());
        }
        return mayAttach;
    }

    public long getMaxAttachmentBytes() {
        return attachments.maxBytes();
    }

    public long getMaxAttachmentMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }

    /** Shown by the browser before a too large file is sent at all. */
    public String getTooLargeText() {
        return Bundle.text("error.attachment.tooLarge", getMaxAttachmentMegabytes());
    }

    public int getMaxAttachments() {
        return Attachments.MAX_PER_MATTER;
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    /**
     * Stores the chosen file, then shows the matter again by a redirect (so that reloading the
     * page does not upload it twice). The size is checked before the file is read; the type,
     * from its bytes, by the EJB.
     */
    public void upload() throws IOException {
        if (detail == null) {
            return;
        }
        String fileField = ATTACHMENT_FORM + ":file";
        if (file == null || file.getSize() == 0) {
            Messages.error(fileField, Bundle.text("error.attachment.empty"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (file.getSize() > attachments.maxBytes()) {
            Messages.error(fileField, Bundle.text("error.attachment.tooLarge", getMaxAttachmentMegabytes()));
            FacesContext.getCurrentInstance().validationFailed();
            file.delete();
            return;
        }
        byte[] data;
        try (InputStream in = file.getInputStream()) {
            data = in.readAllBytes();
        } finally {
            file.delete();
        }
        String name = file.getSubmittedFileName();
        file = null;
        AttachmentView added =
                Messages.call(ATTACHMENT_FORM, () -> attachments.add(mid(), attachmentKind, name, data));
        if (added != null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            Messages.info("attachment.uploaded", added.fileName());
            ec.redirect(ec.getRequestContextPath() + "/cases/matter.xhtml?id=" + mid() + "#attachments");
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public AttachmentKind getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(AttachmentKind attachmentKind) {
        this.attachmentKind = attachmentKind;
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

    /** The decisions the caller may take now (an accusation is accepted only once its accused is identified). */
    public List<Decision> getDecisions() {
        List<Decision> d = new ArrayList<>();
        if (may("ACCEPT")) {
            d.add(Decision.ACCEPT);
        }
        if (!detail.handling().handledBelow().isEmpty()) {
            d.add(Decision.HANDLED_BELOW);
        }
        d.add(Decision.REFUSE);
        d.add(Decision.STATUTORY);
        if (may("FORWARD_ACCUSATION")) {
            d.add(Decision.FORWARD);
        }
        return d;
    }

    /** Every active unit, for the unit an accusation accuses. */
    public List<UnitView> getAccusableUnits() {
        if (accusableUnits == null) {
            accusableUnits = units.directory().stream().filter(UnitView::active).toList();
        }
        return accusableUnits;
    }

    /** Registrars and case officers issue a new lookup code to a petitioner who lost theirs. */
    public boolean isMayIssueLookupCode() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole(Roles.OFFICER) || ec.isUserInRole(Roles.REGISTRAR);
    }

    public void issueLookupCode() {
        act("matter.lookupCode.issued", () -> handling.issueLookupCode(mid(), ver()));
    }

    public void identifyAccused() {
        act("matter.accused.done", () -> handling.identifyAccused(mid(), accusedUnitId, accusedParty, ver()));
    }

    private List<UnitView> accusableUnits;
    private Long accusedUnitId;
    private String accusedParty;

    public Long getAccusedUnitId() {
        return accusedUnitId != null || detail == null ? accusedUnitId : detail.accusedUnitId();
    }

    public void setAccusedUnitId(Long accusedUnitId) {
        this.accusedUnitId = accusedUnitId;
    }

    public String getAccusedParty() {
        return accusedParty != null || detail == null ? accusedParty : detail.accusedParty();
    }

    public void setAccusedParty(String accusedParty) {
        this.accusedParty = accusedParty;
    }

    public ReplyOutcome[] getOutcomes() {
        return detail != null && detail.summary().kind() == MatterKind.SUGGESTION
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

    public Long getLowerMatterId() {
        return lowerMatterId;
    }

    public void setLowerMatterId(Long lowerMatterId) {
        this.lowerMatterId = lowerMatterId;
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
