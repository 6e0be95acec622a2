package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Appeal;
import cn.xinfang.petition.casehandling.entity.AppealView;
import cn.xinfang.petition.casehandling.entity.FollowUpView;
import cn.xinfang.petition.casehandling.entity.HandlingView;
import cn.xinfang.petition.casehandling.entity.Hearing;
import cn.xinfang.petition.casehandling.entity.HearingView;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.casehandling.entity.RegisteredContact;
import cn.xinfang.petition.casehandling.entity.PetitionerView;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.entity.Urgency;
import cn.xinfang.petition.casehandling.entity.CoHandling;
import cn.xinfang.petition.casehandling.entity.CoHandlingView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.xinfang.petition.organization.entity.Unit;
import java.util.Set;

/** Turns matters into the view records pages and clients get, with personal data masked per caller. */
@Dependent
public class MatterViews {

    private static final int EXCERPT = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings settings;

    @Inject
    Clock clock;

    @Inject
    BacklogRules backlog;

    @Inject
    AppealWindows windows;

    @Inject
    LowerLevels lowerLevels;

    public MatterSummary summary(Matter m) {
        return summary(m, m.getState().isAppeal() ? openAppealDue(windows.appeals(m)) : null, List.of());
    }

    /**
     * The rows of a list page: the due dates of the matters under review or re-review come from one
     * query for the whole page, not one per row.
     */
    public List<MatterSummary> summaries(List<Matter> page) {
        return summaries(page, List.of());
    }

    /**
     * The same, for a word search: each row's excerpt is the part of the content around the first
     * of the words it holds (the list highlights them there), else its beginning.
     */
    public List<MatterSummary> summaries(List<Matter> page, List<String> words) {
        List<Matter> appealing = page.stream().filter(m -> m.getState().isAppeal()).toList();
        Map<Long, LocalDate> appealDue = new HashMap<>();
        if (!appealing.isEmpty()) {
            em.createNamedQuery(Appeal.OPEN_OF_MATTERS, Appeal.class).setParameter("matters", appealing)
                    .getResultStream().forEach(a -> appealDue.putIfAbsent(a.getMatter().getId(), a.getDueOn()));
        }
        return page.stream().map(m -> summary(m, appealDue.get(m.getId()), words)).toList();
    }

    /** Up to {@link #EXCERPT} characters of the content, starting a little before the first word found. */
    static String excerpt(String content, List<String> words) {
        int at = -1;
        String lower = content.toLowerCase(java.util.Locale.ROOT);
        for (String w : words) {
            int i = lower.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = at <= EXCERPT / 3 ? 0 : at - EXCERPT / 3;
        if (start > 0 && Character.isLowSurrogate(content.charAt(start))) {
            start--;
        }
        int end = Math.min(content.length(), start + EXCERPT);
        if (end < content.length() && Character.isHighSurrogate(content.charAt(end - 1))) {
            end--;
        }
        return (start > 0 ? "…" : "") + content.substring(start, end) + (end < content.length() ? "…" : "");
    }

    private static LocalDate openAppealDue(List<Appeal> appeals) {
        return appeals.stream().filter(a -> a.getOutcome() == null).map(Appeal::getDueOn).findFirst().orElse(null);
    }

    private MatterSummary summary(Matter m, LocalDate appealDue, List<String> words) {
        LocalDate due = m.getState().isAppeal() ? appealDue : m.openPeriodDue();
        Urgency urgency = due == null ? null
                : calendar.deadlines().urgency(LocalDate.now(clock), due, settings.dueSoonDays());
        String content = m.intake().getContent();
        return new MatterSummary(m.getId(), m.getNumber(), m.intake().getReceivedOn(), m.intake().getChannel().getName(),
                m.intake().getChannel().getGroup(), m.intake().getKind(), m.intake().getCategory().getPath(), m.getState(),
                m.contact().getName(), m.intake().getPeopleCount(), m.intake().getCrossLevel(), m.isRepeat(), due, urgency,
                excerpt(content, words));
    }

    /** A co-handling unit's part; the urgency of its due day while it is open. */
    public CoHandlingView coHandling(CoHandling ch) {
        Urgency urgency = ch.isOpen() ? calendar.deadlines().urgency(LocalDate.now(clock), ch.getDueOn(), settings.dueSoonDays()) : null;
        return new CoHandlingView(ch.getId(), ch.getUnit().getId(), ch.getUnit().getName(), ch.getRequestedOn(), ch.getDueOn(),
                urgency, ch.getOpinion(), ch.getContributedOn(), ch.getContributedBy(), ch.isWithdrawn());
    }

    /** The petitioner of the matter: the contact the matter was registered with, and the record's current one. */
    public PetitionerView petitioner(Matter m, AppUser caller) {
        Petitioner p = m.getPetitioner();
        RegisteredContact c = m.contact();
        boolean id = access.seesIdNumber(caller);
        boolean contact = access.seesContact(caller);
        return new PetitionerView(p.getId(), c.getName(),
                id ? p.getIdNumber() : IdNumber.mask(p.getIdNumber()),
                contact ? c.getPhone() : maskPhone(c.getPhone()),
                contact ? c.getAddress() : maskAddress(c.getAddress()),
                !id || !contact, p.getName(),
                contact ? p.getPhone() : maskPhone(p.getPhone()),
                contact ? p.getAddress() : maskAddress(p.getAddress()),
                !c.isCurrentIn(p));
    }

    /** The petitioner's record as it is now (the repeat check while registering). */
    public PetitionerView petitioner(Petitioner p, AppUser caller) {
        boolean id = access.seesIdNumber(caller);
        boolean contact = access.seesContact(caller);
        String phone = contact ? p.getPhone() : maskPhone(p.getPhone());
        String address = contact ? p.getAddress() : maskAddress(p.getAddress());
        return new PetitionerView(p.getId(), p.getName(), id ? p.getIdNumber() : IdNumber.mask(p.getIdNumber()), phone,
                address, !id || !contact, p.getName(), phone, address, false);
    }

    private static String maskAddress(String address) {
        return address == null ? null : "***";
    }

    public MatterDetail detail(Matter m, AppUser caller) {
        List<TimelineEntry> timeline = em.createNamedQuery(MatterEvent.OF_MATTER, MatterEvent.class)
                .setParameter("matter", m).getResultStream()
                .map(TimelineEntry::of)
                .toList();
        Matter origin = m.getOrigin();
        return new MatterDetail(summary(m), petitioner(m, caller), m.getRepresentatives(),
                origin == null ? null : origin.getId(), origin == null ? null : origin.getNumber(),
                m.getRegisteredBy(), m.getRegisteredAt(), m.getRegisteringUnit().getName(), m.intake().getProblemPlace().getName(),
                m.intake().getContent(), m.intake().getPurpose(), m.intake().getAccusedParty(),
                m.intake().getAccusedUnit() == null ? null : m.intake().getAccusedUnit().getName(),
                m.intake().getAccusedUnit() == null ? null : m.intake().getAccusedUnit().getId(), m.intake().isAccusedIdentified(),
                m.intake().getTransferLevel(), m.intake().getTransferDocument(), timeline, m.getVersion(), handling(m, caller),
                followUp(m, caller != null && access.seesIdNumber(caller)));
    }

    /** The matter as the petitioner may see it through the lookup code: everything personal masked but the name. */
    public MatterDetail publicDetail(Matter m) {
        Petitioner p = m.getPetitioner();
        RegisteredContact c = m.contact();
        PetitionerView pv = new PetitionerView(p.getId(), c.getName(), IdNumber.mask(p.getIdNumber()),
                maskPhone(c.getPhone()), null, true, c.getName(), maskPhone(c.getPhone()), null, false);
        HandlingView h = handling(m, null);
        return new MatterDetail(summary(m), pv, m.getRepresentatives(), null, null, "-", m.getRegisteredAt(),
                m.getRegisteringUnit().getName(), m.intake().getProblemPlace().getName(), m.intake().getContent(), m.intake().getPurpose(),
                m.intake().getAccusedParty(), m.intake().getAccusedUnit() == null ? null : m.intake().getAccusedUnit().getName(),
                null, m.intake().isAccusedIdentified(), m.intake().getTransferLevel(), m.intake().getTransferDocument(), List.of(), m.getVersion(), h, followUp(m, true));
    }

    public FollowUpView followUp(Matter m, boolean withCode) {
        LocalDate today = LocalDate.now(clock);
        AppealPeriods periods = windows.periods();
        List<Appeal> appeals = windows.appeals(m);
        LocalDate evaluationDue = periods.evaluationDue(m.reply().getRepliedOn());
        LocalDate reviewedOn = AppealWindows.reviewedOn(appeals);
        List<AppealView> av = appeals.stream().map(a -> new AppealView(a.getId(), a.getStage(), a.getRequestedOn(),
                a.getRequestReason(), a.getAuthorityLevel(), a.getAuthorityName(), a.isDecidedHere(), a.getDueOn(),
                a.getOutcome() == null ? calendar.deadlines().urgency(today, a.getDueOn(), settings.dueSoonDays()) : null,
                a.getOutcome(), a.getOpinion(), a.getDocumentNumber(), a.getDecidedOn(), a.getDecidedBy())).toList();
        List<HearingView> hv = em.createNamedQuery(Hearing.OF_MATTER, Hearing.class).setParameter("matter", m)
                .getResultStream().map(h -> new HearingView(h.getId(), h.getStage(), h.getHeldFrom(), h.getHeldTo(),
                        h.getPlace(), h.getParticipants(), h.getMinutes(), h.getConclusion(), h.getScheduledBy(),
                        h.getRecordedBy())).toList();
        return new FollowUpView(withCode ? m.getIssuedLookupCode() : null, m.evaluation().getRating(), m.evaluation().getComment(), m.evaluation().getRatedOn(),
                m.evaluation().getRatedBy(), m.evaluation().getVia(), evaluationDue,
                m.evaluation().getRating() == null && evaluationDue != null && today.isAfter(evaluationDue),
                periods.reviewRequestEnd(m.reply().getRepliedOn()), periods.reReviewRequestEnd(reviewedOn), av, hv,
                m.closure().getTerminatedOn(), m.closure().getTerminationReason(), m.closure().getResolvedOn(), m.closure().getResolutionNote(), m.closure().getResolvedBy(),
                backlog.isBacklog(m), m.closure().isBacklogFlag(), m.closure().getBacklogReason(), settings.authorityLevel());
    }

    public HandlingView handling(Matter m, AppUser caller) {
        Set<MatterAction> allowed = caller == null ? Set.of() : access.allowed(caller, m);
        return new HandlingView(m.acceptance().getAcceptedOn(), m.acceptance().getDecisionText(), m.routing().getMode(),
                m.routing().getMainUnit() == null ? null : m.routing().getMainUnit().getId(),
                m.routing().getMainUnit() == null ? null : m.routing().getMainUnit().getName(),
                m.getCoUnits().stream().map(Unit::getName).sorted().toList(),
                m.routing().getRoutedOn(), m.routing().getObjectionDue(), m.handling().getDue(), m.handling().getExtensionDays(), m.handling().getExtensionReason(),
                m.reply().getOutcome(), m.reply().getText(), m.reply().getDraftedBy(), m.reply().getApprovedBy(), m.reply().getRepliedOn(),
                m.closure().getClosedOn(), allowed,
                allowed.contains(MatterAction.REFUSE) ? lowerLevels.of(m.getPetitioner(), m.getRegisteringUnit(), m, caller) : List.of());
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
