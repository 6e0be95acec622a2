package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.boundary.HandlingView;
import cn.xinfang.petition.casehandling.boundary.MatterDetail;
import cn.xinfang.petition.casehandling.boundary.MatterSummary;
import cn.xinfang.petition.casehandling.boundary.PetitionerView;
import cn.xinfang.petition.casehandling.boundary.TimelineEntry;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.control.Deadlines;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

    public MatterSummary summary(Matter m) {
        LocalDate due = switch (m.getState()) {
            case REGISTERED -> m.getAcceptanceDue();
            case ACCEPTED, HANDLING, OBJECTED, REPLY_DRAFTED -> m.getHandlingDue();
            default -> null;
        };
        Deadlines.Urgency urgency = due == null ? null
                : calendar.deadlines().urgency(LocalDate.now(clock), due, settings.dueSoonDays());
        String content = m.getContent();
        return new MatterSummary(m.getId(), m.getNumber(), m.getReceivedOn(), m.getChannel().getName(),
                m.getChannel().getGroup(), m.getKind(), m.getCategory().getPath(), m.getState(),
                m.getPetitioner().getName(), m.getPeopleCount(), m.getCrossLevel(), m.isRepeat(), due, urgency,
                content.length() <= EXCERPT ? content : content.substring(0, EXCERPT) + "…");
    }

    public PetitionerView petitioner(Petitioner p, AppUser caller) {
        boolean id = access.seesIdNumber(caller);
        boolean contact = access.seesContact(caller);
        return new PetitionerView(p.getId(), p.getName(),
                id ? p.getIdNumber() : IdNumber.mask(p.getIdNumber()),
                contact ? p.getPhone() : maskPhone(p.getPhone()),
                contact ? p.getAddress() : (p.getAddress() == null ? null : "***"),
                !id || !contact);
    }

    public MatterDetail detail(Matter m, AppUser caller) {
        List<TimelineEntry> timeline = em.createNamedQuery(MatterEvent.OF_MATTER, MatterEvent.class)
                .setParameter("matter", m).getResultStream()
                .map(e -> new TimelineEntry(e.getAt(), e.getUsername(), e.getType(), e.getStateAfter(), e.getDetail()))
                .toList();
        Matter origin = m.getOrigin();
        return new MatterDetail(summary(m), petitioner(m.getPetitioner(), caller), m.getRepresentatives(),
                origin == null ? null : origin.getId(), origin == null ? null : origin.getNumber(),
                m.getRegisteredBy(), m.getRegisteredAt(), m.getRegisteringUnit().getName(), m.getProblemPlace().getName(),
                m.getContent(), m.getPurpose(), m.getAccusedParty(),
                m.getAccusedUnit() == null ? null : m.getAccusedUnit().getName(),
                m.getTransferLevel(), m.getTransferDocument(), timeline, m.getVersion(), handling(m, caller));
    }

    public HandlingView handling(Matter m, AppUser caller) {
        return new HandlingView(m.getAcceptedOn(), m.getDecisionText(), m.getRoutingMode(),
                m.getMainUnit() == null ? null : m.getMainUnit().getId(),
                m.getMainUnit() == null ? null : m.getMainUnit().getName(),
                m.getCoUnits().stream().map(cn.xinfang.petition.organization.entity.Unit::getName).sorted().toList(),
                m.getRoutedOn(), m.getObjectionDue(), m.getHandlingDue(), m.getExtensionDays(), m.getExtensionReason(),
                m.getReplyOutcome(), m.getReplyText(), m.getReplyDraftedBy(), m.getReplyApprovedBy(), m.getRepliedOn(),
                m.getClosedOn(), access.allowed(caller, m));
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
