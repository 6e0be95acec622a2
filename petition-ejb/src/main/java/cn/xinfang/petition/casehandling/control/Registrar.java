package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.Intake;
import cn.xinfang.petition.casehandling.entity.IntakeForm;
import cn.xinfang.petition.casehandling.entity.IssueCategory;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.casehandling.entity.RegisteredContact;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.control.ServerSecret;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import cn.xinfang.petition.shared.entity.TextRules;

/**
 * 登记: the one way a matter comes into being, for the registrar's form, the JSON API and the
 * citizen's online submission alike. Validates everything before a number is taken, reuses the
 * petitioner, links repeats, gives the matter its lookup code, and refuses to accept again what
 * was terminated: a repeat of a terminated matter is registered and at once not accepted
 * (不再受理), with the terminated matter named in the reason.
 */
@Dependent
public class Registrar {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterNumbers numbers;

    @Inject
    ServerSecret secret;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings settings;

    @Inject
    Clock clock;

    @Inject
    BacklogRules backlog;

    public Matter register(RegistrationForm f, Unit registeringUnit, String registeredBy, String idempotencyKey) {
        return register(f, registeringUnit, registeredBy, idempotencyKey, true);
    }

    /**
     * {@code staff} false for the citizen's own submission: it never changes a stored petitioner
     * (an ID number typed by someone else must not rewrite that person's record) and the name
     * must match the one on file for the ID number.
     */
    public Matter register(RegistrationForm f, Unit registeringUnit, String registeredBy, String idempotencyKey,
                           boolean staff) {
        return register(f, registeringUnit, registeredBy, idempotencyKey, staff ? Door.STAFF : Door.CITIZEN, clock,
                settings.earliestReceipt(), null);
    }

    /**
     * 历史台账导入: a matter of the bureau's old ledger, registered as of the instant of {@code at}
     * (its receipt day), the only door for receipt dates before the configured earliest one (down
     * to {@link Intake#EARLIEST_CONFIGURABLE}). The stored petitioner is never updated from old
     * paper; {@code known} is used when the row names no ID number nor phone (the petitioner of the
     * matter it repeats). No rule of today runs on it (不再受理, the backlog rules): the ledger says
     * what happened.
     */
    public Matter registerFromLedger(RegistrationForm f, Unit registeringUnit, String registeredBy, String key, Clock at,
                                     Petitioner known) {
        return register(f, registeringUnit, registeredBy, key, Door.LEDGER, at, Intake.EARLIEST_CONFIGURABLE, known);
    }

    private enum Door { STAFF, CITIZEN, LEDGER }

    private Matter register(RegistrationForm f, Unit registeringUnit, String registeredBy, String idempotencyKey,
                            Door door, Clock clock, LocalDate earliest, Petitioner known) {
        boolean staff = door == Door.STAFF;
        // no control or text-direction characters in any field (they cannot be printed or read)
        TextRules.checkedRecord(f);
        LocalDate today = LocalDate.now(clock);
        Channel channel = f.channelCode() == null ? null : em.find(Channel.class, f.channelCode());
        if (channel == null || !channel.isActive()) {
            throw BusinessException.onField("channel", "error.required");
        }
        IssueCategory category = f.categoryCode() == null ? null : em.find(IssueCategory.class, f.categoryCode());
        if (category != null && !IntakeChoices.offered(category)) {
            throw BusinessException.onField("category", "error.matter.category");
        }
        Unit place = f.problemPlaceId() == null ? null : em.find(Unit.class, f.problemPlaceId());
        Unit accused = f.accusedUnitId() == null ? null : em.find(Unit.class, f.accusedUnitId());

        Petitioner petitioner = findPetitioner(f.idNumber(), f.petitionerName(), f.phone())
                .or(() -> Optional.ofNullable(known))
                .orElseGet(() -> new Petitioner(f.petitionerName(), f.idNumber(), f.phone(), f.address(), today));
        if (door == Door.LEDGER) {
            if (petitioner.getId() == null) {
                em.persist(petitioner);
            }
        } else if (petitioner.getId() != null && staff) {
            String nameBefore = petitioner.getName();
            petitioner.update(f.petitionerName(), f.idNumber(), f.phone(), f.address(), today);
            if (!nameBefore.equals(petitioner.getName())) {
                // the text search finds the petitioner's earlier matters by the new name too, written in this transaction
                em.createQuery("SELECT m FROM Matter m WHERE m.petitioner = :p", Matter.class).setParameter("p", petitioner)
                        .getResultStream().forEach(Matter::refreshSearchTerms);
            }
        } else if (petitioner.getId() != null) {
            if (f.petitionerName() == null || !petitioner.getName().equals(f.petitionerName().strip())) {
                throw BusinessException.onField("petitionerName", "error.public.nameMismatch");
            }
        } else {
            em.persist(petitioner);
        }

        // what this matter records, before any later registration updates the petitioner's record
        RegisteredContact contact = RegisteredContact.of(f.petitionerName(), f.phone(), f.address(), petitioner);

        Matter repeatOf = null;
        if (f.repeatOfNumber() != null && !f.repeatOfNumber().isBlank()) {
            repeatOf = em.createNamedQuery(Matter.BY_NUMBER, Matter.class)
                    .setParameter("number", f.repeatOfNumber().strip()).getResultStream().findFirst()
                    .orElseThrow(() -> BusinessException.onField("repeatOf", "error.matter.repeatNotFound"));
        }
        IntakeForm intake = new IntakeForm(channel, f.receivedOn(), f.transferLevel(), f.transferDocument(), f.peopleCount(),
                f.representatives(), f.crossLevel(), place, f.content(), f.kind(), category, f.purpose(),
                f.accusedParty(), accused, repeatOf);
        // the receipt date first: the acceptance due date and the year of the number are computed from it
        Intake.checkReceivedOn(f.receivedOn(), today, earliest);
        LocalDate received = f.receivedOn();
        LocalDate acceptanceDue = calendar.deadlines().due(received, Lifecycle.ACCEPTANCE_DAYS, settings.countingMode());
        // validate everything before a number is taken (a refusal rolls back anyway; this keeps the
        // numbering table out of refused transactions)
        new Matter("-", intake, petitioner, contact, registeringUnit, registeredBy, clock.instant(), today, earliest, acceptanceDue);
        Matter matter = new Matter(numbers.next(registeringUnit, received.getYear()), intake, petitioner, contact, registeringUnit,
                registeredBy, clock.instant(), today, earliest, acceptanceDue);
        matter.rememberIdempotencyKey(idempotencyKey);
        if (door != Door.CITIZEN) {
            // staff (and the bureau's ledger) who name the accused unit identify it; a citizen's choice waits for the bureau
            matter.accusedIdentifiedAtRegistration();
        }
        String code = LookupCodes.next();
        matter.issueLookupCode(code, LookupCodes.hash(secret.key(), code));
        em.persist(matter);
        em.persist(matter.registeredEvent());
        if (door == Door.LEDGER) {
            em.flush();
            return matter;
        }
        Matter terminated = terminatedPredecessor(repeatOf);
        if (terminated != null) {
            em.persist(matter.refuseAsTerminated(terminated, "不再受理：该信访事项已于" + terminated.closure().getTerminatedOn()
                    + "终结（事项编号 " + terminated.getNumber() + "），信访人以同一事实和理由再次提出，依照《信访工作条例》第三十六条不再受理。",
                    Actor.systemFor(registeredBy), clock.instant(), today));
        }
        em.flush();
        if (matter.getOrigin() != null && backlog.mark(matter.getOrigin())) {
            // the repeat that reaches the rule's count makes its first matter backlog from today
            em.flush();
        }
        return matter;
    }

    /** The terminated matter this repeat raises again, if any (the one linked, or its first matter). */
    public static Matter terminatedPredecessor(Matter repeatOf) {
        if (repeatOf == null) {
            return null;
        }
        if (repeatOf.getState() == MatterState.TERMINATED) {
            return repeatOf;
        }
        Matter origin = repeatOf.getOrigin();
        return origin != null && origin.getState() == MatterState.TERMINATED ? origin : null;
    }

    public Optional<Petitioner> findPetitioner(String idNumber, String name, String phone) {
        if (idNumber != null && !idNumber.isBlank()) {
            String id = idNumber.strip().toUpperCase(Locale.ROOT);
            return em.createNamedQuery(Petitioner.BY_ID_NUMBER, Petitioner.class).setParameter("idNumber", Petitioner.idNumberIndex(id))
                    .getResultStream().findFirst();
        }
        if (name != null && !name.isBlank() && phone != null && !phone.isBlank()) {
            return em.createNamedQuery(Petitioner.BY_NAME_AND_PHONE, Petitioner.class)
                    .setParameter("name", name.strip()).setParameter("phone", Petitioner.phoneIndex(phone))
                    .getResultStream().findFirst();
        }
        return Optional.empty();
    }
}
