package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.control.AppealPeriods;
import cn.xinfang.petition.casehandling.control.CaseSettings;
import cn.xinfang.petition.casehandling.control.IntakeChoices;
import cn.xinfang.petition.casehandling.control.LookupCodes;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.control.Notices;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import cn.xinfang.petition.casehandling.control.Registrar;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.FollowUpView;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterAction;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.ServerSecret;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The matters as the public pages reach them, without login (hence {@code @PermitAll}, like the
 * pages): register an online petition on the online channel, and find a matter by its number and
 * lookup code. Every method that reads or changes a matter checks the code itself and answers
 * empty when number and code do not match, so counting and limiting the failures stays with the
 * caller (citizen) while no matter leaves this class without its code.
 */
@Stateless
@PermitAll
public class OnlineMatters {


    @PersistenceContext
    EntityManager em;

    @Inject
    Registrar registrar;

    @Inject
    ServerSecret secret;

    @Inject
    IntakeChoices choices;

    @Inject
    MatterViews views;

    @Inject
    Notices notices;

    @Inject
    PdfWriter pdf;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings caseSettings;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** What a citizen may file online; the channel, the day and the registering unit are not theirs to choose. */
    public record Registration(String name, String idNumber, String phone, String address, Long problemPlaceId,
                               MatterKind kind, String categoryCode, MatterPurpose purpose, String content,
                               String accusedParty, Long accusedUnitId, String earlierNumber) implements Serializable {
    }

    /**
     * A matter as its petitioner may see it: the public detail, the public events in order (their
     * parameters without staff names or staff words), the documents issued to the petitioner, and
     * whether they may rate now.
     */
    public record OnlineMatter(MatterDetail detail, List<Event> events, List<DocumentKind> documents,
                               boolean canEvaluate) implements Serializable {

        public record Event(Instant at, MatterEvent.Type type, TimelineEntry detail) implements Serializable {
        }
    }

    /** Second-level issue categories with their path. */
    public List<ChoiceView> categories() {
        return choices.categories();
    }

    /** Townships and their villages / communities, as "镇 / 村", for the problem's place. */
    public List<ChoiceView> places() {
        return em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE AND u.kind IN :kinds ORDER BY u.code", Unit.class)
                .setParameter("kinds", UnitKind.PLACES)
                .getResultStream()
                .map(u -> new ChoiceView(String.valueOf(u.getId()), u.getKind() == UnitKind.TOWNSHIP ? u.getName()
                        : u.getParent().getName() + " / " + u.getName(), u.getKind().name(), false)).toList();
    }

    /**
     * Every active unit of the county, as "上级 / 单位", for the unit an accusation names (the
     * petitioner may name it; it protects the accusation at once, and the bureau confirms it).
     */
    public List<ChoiceView> accusableUnits() {
        return em.createQuery("SELECT u FROM Unit u LEFT JOIN FETCH u.parent WHERE u.active = TRUE ORDER BY u.code", Unit.class)
                .getResultStream()
                .map(u -> new ChoiceView(String.valueOf(u.getId()), u.getParent() == null || u.getParent().getParent() == null
                        ? u.getName() : u.getParent().getName() + " / " + u.getName(), u.getKind().name(), false)).toList();
    }

    private Long accusedUnit(Registration r) {
        if (r.accusedUnitId() == null) {
            return null;
        }
        if (r.kind() != MatterKind.ACCUSATION) {
            throw BusinessException.onField("accusedUnit", "error.matter.accusedOnlyAccusation");
        }
        Unit u = em.find(Unit.class, r.accusedUnitId());
        if (u == null || !u.isActive()) {
            throw BusinessException.onField("accusedUnit", "error.required");
        }
        return u.getId();
    }

    /** Registers an online petition; the caller has checked the declaration and its own limits. */
    public Receipt register(Registration r) {
        LocalDate today = LocalDate.now(clock);
        String id = IdNumber.parse(r.idNumber(), "idNumber", today).value();
        String earlier = null;
        if (r.earlierNumber() != null && !r.earlierNumber().isBlank()) {
            Matter e = em.createNamedQuery(Matter.BY_NUMBER, Matter.class).setParameter("number", r.earlierNumber().strip())
                    .getResultStream().findFirst().orElse(null);
            // the same answer for a number that does not exist and one of somebody else
            if (e == null || !id.equals(e.getPetitioner().getIdNumber())) {
                throw BusinessException.onField("earlierNumber", "error.public.earlierNotFound");
            }
            Matter terminated = Registrar.terminatedPredecessor(e);
            if (terminated != null) {
                throw BusinessException.onField("earlierNumber", "error.public.terminated", terminated.getNumber(),
                        String.valueOf(terminated.closure().getTerminatedOn()));
            }
            earlier = e.getNumber();
        }
        RegistrationForm form = new RegistrationForm(Channel.ONLINE, today, null, null, r.name(), id,
                r.phone(), r.address(), 1, List.of(), CrossLevel.NONE, r.problemPlaceId(), r.content(),
                r.kind(), r.categoryCode(), r.purpose(), r.accusedParty(), accusedUnit(r), earlier);
        Matter m = registrar.register(form, onlineUnit(), Actor.ONLINE_NAME, null, false);
        return new Receipt(m.getNumber(), m.getIssuedLookupCode(), m.intake().getReceivedOn(), m.acceptance().getDue());
    }

    /** Empty when the number and the code do not match. */
    public Optional<OnlineMatter> lookup(String number, String code) {
        return find(number, code).map(this::view);
    }

    /** The petitioner's own rating, online with the lookup code; empty when number and code do not match. */
    public Optional<OnlineMatter> evaluate(String number, String code, Rating rating, String comment) {
        Optional<Matter> found = find(number, code);
        found.ifPresent(m -> {
            em.persist(m.evaluate(rating, comment, RatingVia.ONLINE, LocalDate.now(clock),
                    periods().evaluationDue(m.reply().getRepliedOn()), Actor.petitioner(), clock.instant()));
            em.flush();
        });
        return found.map(this::view);
    }

    /** A document issued to the petitioner (notices and opinions; nothing internal); empty when number and code do not match. */
    public Optional<byte[]> document(String number, String code, DocumentKind kind) {
        return find(number, code).map(m -> {
            MatterDetail d = views.publicDetail(m);
            if (kind == null || !kind.isPublic() || !notices.available(d).contains(kind)) {
                throw new BusinessException("error.document.notAvailable");
            }
            return PdfWriter.orRefuse(() -> pdf.write(notices.document(d, kind)));
        });
    }

    private Optional<Matter> find(String number, String code) {
        String n = number == null ? "" : number.strip();
        Matter m = n.matches("\\d{6}-\\d{4}-\\d{6}") ? em.createNamedQuery(Matter.BY_NUMBER, Matter.class)
                .setParameter("number", n).getResultStream().findFirst().orElse(null) : null;
        return m == null || !LookupCodes.matches(m.getLookupCodeHash(), code, secret.key()) ? Optional.empty() : Optional.of(m);
    }

    private OnlineMatter view(Matter m) {
        MatterDetail d = views.publicDetail(m);
        FollowUpView f = d.followUp();
        List<OnlineMatter.Event> events = em.createNamedQuery(MatterEvent.OF_MATTER, MatterEvent.class)
                .setParameter("matter", m).getResultStream().filter(e -> e.getType().isPublic())
                .map(e -> new OnlineMatter.Event(e.getAt(), e.getType(), TimelineEntry.of(e).forPublic())).toList();
        List<DocumentKind> docs = notices.available(d).stream().filter(DocumentKind::isPublic).sorted().toList();
        LocalDate today = LocalDate.now(clock);
        boolean canEvaluate = !m.evaluation().isDone() && f.evaluationDue() != null && !today.isAfter(f.evaluationDue())
                && Lifecycle.allows(m.getState(), MatterAction.EVALUATE);
        return new OnlineMatter(d, events, docs, canEvaluate);
    }

    /** Online submissions are registered by the county's petition bureau (PETITION_ONLINE_UNIT, a unit code), else by the county. */
    Unit onlineUnit() {
        String code = settings.get("petition.online.unit").orElse(null);
        if (code != null) {
            return em.createQuery("SELECT u FROM Unit u WHERE u.code = :code", Unit.class).setParameter("code", code)
                    .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("no unit " + code));
        }
        List<Unit> bureaus = em.createQuery("SELECT u FROM Unit u WHERE u.kind = :dept AND u.name LIKE :name AND u.active = TRUE"
                        + " ORDER BY u.id", Unit.class).setParameter("dept", UnitKind.DEPARTMENT)
                .setParameter("name", "%信访局").getResultList();
        if (!bureaus.isEmpty()) {
            return bureaus.get(0);
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.parent IS NULL ORDER BY u.id", Unit.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("no county"));
    }

    private AppealPeriods periods() {
        return caseSettings.periods(calendar.deadlines());
    }
}
