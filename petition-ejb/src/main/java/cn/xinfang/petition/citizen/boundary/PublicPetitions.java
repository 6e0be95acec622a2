package cn.xinfang.petition.citizen.boundary;

import cn.xinfang.petition.casehandling.boundary.ChoiceView;
import cn.xinfang.petition.casehandling.boundary.DocumentKind;
import cn.xinfang.petition.casehandling.boundary.FollowUpView;
import cn.xinfang.petition.casehandling.boundary.MatterDetail;
import cn.xinfang.petition.casehandling.boundary.RegistrationForm;
import cn.xinfang.petition.casehandling.boundary.TimelineEntry;
import cn.xinfang.petition.casehandling.control.AppealPeriods;
import cn.xinfang.petition.casehandling.control.CaseSettings;
import cn.xinfang.petition.casehandling.control.LookupCodes;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.control.Notices;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import cn.xinfang.petition.casehandling.control.Registrar;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.citizen.control.AbuseGuard;
import cn.xinfang.petition.citizen.entity.PublicAttempt;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The citizen's side, without login (truly public, hence {@code @PermitAll}): submit an online
 * petition (网上信访), follow it with the matter number and lookup code (查询码), download the
 * documents issued to the petitioner, and rate the reply. Abuse limits per address and per
 * person; wrong codes are counted, limited and logged (without the code); every refusal says the
 * same thing whether or not the number exists.
 */
@Stateless
@PermitAll
public class PublicPetitions {

    private static final Logger LOG = Logger.getLogger(PublicPetitions.class.getName());
    /** The user name recorded for online submissions. */
    private static final String ONLINE_CHANNEL = "ONLINE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrar registrar;

    @Inject
    cn.xinfang.petition.casehandling.control.IntakeChoices choices;

    @Inject
    AbuseGuard guard;

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

    public Receipt submit(OnlineSubmission f, String address) {
        if (f == null) {
            throw new BusinessException("error.required");
        }
        String from = address == null ? "-" : address;
        if (guard.reached(PublicAttempt.Kind.SUBMIT_ADDRESS, from, guard.submissionsPerAddress())) {
            throw new BusinessException("error.public.tooManySubmissions", guard.submissionsPerAddress().count());
        }
        if (!f.declaration()) {
            throw BusinessException.onField("declaration", "error.public.declaration");
        }
        if (f.idNumber() == null || f.idNumber().isBlank()) {
            throw BusinessException.onField("idNumber", "error.required");
        }
        LocalDate today = LocalDate.now(clock);
        String id = IdNumber.parse(f.idNumber(), "idNumber", today).value();
        if (f.phone() == null || f.phone().isBlank()) {
            throw BusinessException.onField("phone", "error.required");
        }
        String person = AbuseGuard.hash(id);
        if (guard.reached(PublicAttempt.Kind.SUBMIT_PERSON, person, guard.submissionsPerPerson())) {
            throw new BusinessException("error.public.tooManySubmissions", guard.submissionsPerPerson().count());
        }
        String earlier = null;
        if (f.earlierNumber() != null && !f.earlierNumber().isBlank()) {
            Matter e = em.createNamedQuery(Matter.BY_NUMBER, Matter.class).setParameter("number", f.earlierNumber().strip())
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
        RegistrationForm form = new RegistrationForm(ONLINE_CHANNEL, today, null, null, f.name(), id, f.phone(),
                f.address(), 1, List.of(), CrossLevel.NONE, f.problemPlaceId(), f.content(), f.kind(), f.categoryCode(),
                f.purpose(), f.accusedParty(), null, earlier);
        Matter m = registrar.register(form, onlineUnit(), Actor.ONLINE_NAME, null, false);
        guard.record(PublicAttempt.Kind.SUBMIT_ADDRESS, from);
        guard.record(PublicAttempt.Kind.SUBMIT_PERSON, person);
        return new Receipt(m.getNumber(), m.getLookupCode(), m.intake().getReceivedOn(), m.acceptance().getDue());
    }

    public PublicMatter lookup(String number, String code, String address) {
        return view(find(number, code, address));
    }

    /** The petitioner's own rating, online with the lookup code. */
    public PublicMatter evaluate(String number, String code, Rating rating, String comment, String address) {
        Matter m = find(number, code, address);
        LocalDate today = LocalDate.now(clock);
        em.persist(m.evaluate(rating, comment, RatingVia.ONLINE, today, periods().evaluationDue(m.reply().getRepliedOn()),
                Actor.petitioner(), clock.instant()));
        em.flush();
        return view(m);
    }

    /** A document issued to the petitioner (notices and opinions; nothing internal). */
    public byte[] document(String number, String code, DocumentKind kind, String address) {
        Matter m = find(number, code, address);
        MatterDetail d = views.publicDetail(m);
        if (kind == null || !kind.isPublic() || !notices.available(d).contains(kind)) {
            throw new BusinessException("error.document.notAvailable");
        }
        return PdfWriter.orRefuse(() -> pdf.write(notices.document(d, kind)));
    }

    private Matter find(String number, String code, String address) {
        String from = address == null ? "-" : address;
        String n = number == null ? "" : number.strip();
        if (guard.reached(PublicAttempt.Kind.LOOKUP_FAIL_ADDRESS, from, guard.lookupFailuresPerAddress())
                || guard.reached(PublicAttempt.Kind.LOOKUP_FAIL_NUMBER, n, guard.lookupFailuresPerNumber())) {
            LOG.warning(() -> "public lookup refused (too many failures) for matter number " + safe(n) + " from " + from);
            throw new BusinessException("error.public.tooManyLookups");
        }
        Matter m = n.matches("\\d{6}-\\d{4}-\\d{6}") ? em.createNamedQuery(Matter.BY_NUMBER, Matter.class)
                .setParameter("number", n).getResultStream().findFirst().orElse(null) : null;
        if (m == null || !LookupCodes.matches(m.getLookupCode(), code)) {
            guard.record(PublicAttempt.Kind.LOOKUP_FAIL_ADDRESS, from);
            guard.record(PublicAttempt.Kind.LOOKUP_FAIL_NUMBER, n);
            LOG.warning(() -> "public lookup failed for matter number " + safe(n) + " from " + from);
            throw new BusinessException("error.public.lookupFailed");
        }
        return m;
    }

    private PublicMatter view(Matter m) {
        MatterDetail d = views.publicDetail(m);
        FollowUpView f = d.followUp();
        List<PublicMatter.Step> steps = new ArrayList<>();
        for (MatterEvent e : em.createNamedQuery(MatterEvent.OF_MATTER, MatterEvent.class).setParameter("matter", m).getResultList()) {
            if (!e.getType().isPublic()) {
                continue;
            }
            // the petitioner sees the units, authorities, outcomes and days of a step, never the words staff wrote
            TimelineEntry detail = switch (e.getType()) {
                case ROUTE, EXTEND, REQUEST_REVIEW, REQUEST_RE_REVIEW, DECIDE_REVIEW, DECIDE_RE_REVIEW ->
                        TimelineEntry.of(e).forPublic();
                default -> null;
            };
            steps.add(new PublicMatter.Step(LocalDate.ofInstant(e.getAt(), Clocks.ZONE), e.getType(), detail));
        }
        List<DocumentKind> docs = notices.available(d).stream().filter(DocumentKind::isPublic).sorted().toList();
        LocalDate today = LocalDate.now(clock);
        boolean canEvaluate = m.evaluation().getRating() == null && f.evaluationDue() != null && !today.isAfter(f.evaluationDue())
                && cn.xinfang.petition.casehandling.entity.Lifecycle.allows(m.getState(),
                cn.xinfang.petition.casehandling.entity.MatterAction.EVALUATE);
        String name = m.getPetitioner().getName();
        String masked = name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
        return new PublicMatter(m.getNumber(), m.intake().getReceivedOn(), m.intake().getChannel().getName(), m.intake().getKind(),
                m.intake().getCategory().getPath(), m.getState(), masked, m.routing().getMainUnit() == null ? null : m.routing().getMainUnit().getName(),
                steps, docs, m.evaluation().getRating(), m.evaluation().getComment(), m.evaluation().getRatedOn(), canEvaluate, f.evaluationDue(),
                f.evaluationOverdue(), f.reviewRequestEnd(), f.reReviewRequestEnd(), m.closure().getTerminatedOn());
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

    private static String safe(String number) {
        String n = number.length() > 24 ? number.substring(0, 24) : number;
        return n.replaceAll("[^0-9A-Za-z-]", "?").toLowerCase(Locale.ROOT);
    }
}
