package cn.xinfang.petition.citizen.boundary;

import cn.xinfang.petition.casehandling.boundary.OnlineMatters.OnlineMatter;
import cn.xinfang.petition.casehandling.boundary.OnlineMatters;
import cn.xinfang.petition.casehandling.boundary.Receipt;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.FollowUpView;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.TimelineEntry;
import cn.xinfang.petition.citizen.control.AbuseGuard;
import cn.xinfang.petition.citizen.entity.PublicAttempt;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.Clocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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

    @Inject
    OnlineMatters matters;

    @Inject
    AbuseGuard guard;

    @Inject
    Clock clock;

    /** Second-level issue categories with their path. */
    public List<ChoiceView> categories() {
        return matters.categories();
    }

    /** Townships and their villages / communities, as "镇 / 村", for the problem's place. */
    public List<ChoiceView> places() {
        return matters.places();
    }

    /** The units an accusation may name as accused. */
    public List<ChoiceView> accusableUnits() {
        return matters.accusableUnits();
    }

    public Receipt submit(OnlineSubmission f, String address) {
        if (f == null) {
            throw new BusinessException("error.required");
        }
        String from = address == null ? "-" : address;
        Long byAddress = guard.take(PublicAttempt.Kind.SUBMIT_ADDRESS, from, guard.submissionsPerAddress());
        if (byAddress == null) {
            throw new BusinessException("error.public.tooManySubmissions", guard.submissionsPerAddress().count());
        }
        try {
            return register(f);
        } catch (RuntimeException e) {
            // refused (or failed): it does not count against the address
            guard.release(byAddress);
            throw e;
        }
    }

    private Receipt register(OnlineSubmission f) {
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
        Long byPerson = guard.take(PublicAttempt.Kind.SUBMIT_PERSON, person, guard.submissionsPerPerson());
        if (byPerson == null) {
            throw new BusinessException("error.public.tooManySubmissions", guard.submissionsPerPerson().count());
        }
        try {
            return matters.register(new OnlineMatters.Registration(f.name(), id, f.phone(), f.address(),
                    f.problemPlaceId(), f.kind(), f.categoryCode(), f.purpose(), f.content(), f.accusedParty(),
                    f.accusedUnitId(), f.earlierNumber()));
        } catch (RuntimeException e) {
            guard.release(byPerson);
            throw e;
        }
    }

    public PublicMatter lookup(String number, String code, String address) {
        return view(find(number, address, () -> matters.lookup(number, code)));
    }

    /** The petitioner's own rating, online with the lookup code. */
    public PublicMatter evaluate(String number, String code, Rating rating, String comment, String address) {
        return view(find(number, address, () -> matters.evaluate(number, code, rating, comment)));
    }

    /** A document issued to the petitioner (notices and opinions; nothing internal). */
    public byte[] document(String number, String code, DocumentKind kind, String address) {
        return find(number, address, () -> matters.document(number, code, kind));
    }

    /** The limits on failed lookups around one call that needs the number and the code to match. */
    private <T> T find(String number, String address, Supplier<Optional<T>> call) {
        String from = address == null ? "-" : address;
        String n = number == null ? "" : number.strip();
        // each lookup takes a place as a failure first; one that matches gives it back. The number is kept as a
        // hash: what a citizen types there may be anything, their ID number too
        Long byAddress = guard.take(PublicAttempt.Kind.LOOKUP_FAIL_ADDRESS, from, guard.lookupFailuresPerAddress());
        Long byNumber = byAddress == null ? null
                : guard.take(PublicAttempt.Kind.LOOKUP_FAIL_NUMBER, AbuseGuard.hash(n), guard.lookupFailuresPerNumber());
        if (byNumber == null) {
            guard.release(byAddress);
            LOG.warning(() -> "public lookup refused (too many failures) for matter number " + safe(n) + " from " + from);
            throw new BusinessException("error.public.tooManyLookups");
        }
        Optional<T> found;
        try {
            // a number with control characters names no matter, and PostgreSQL refuses NUL in a query (ApiFuzzIT)
            found = n.chars().anyMatch(Character::isISOControl) ? Optional.empty() : call.get();
        } catch (RuntimeException e) {
            // the number and code matched, the step was refused: no failed lookup
            guard.release(byAddress);
            guard.release(byNumber);
            throw e;
        }
        if (found.isEmpty()) {
            LOG.warning(() -> "public lookup failed for matter number " + safe(n) + " from " + from);
            throw new BusinessException("error.public.lookupFailed");
        }
        guard.release(byAddress);
        guard.release(byNumber);
        return found.get();
    }

    private PublicMatter view(OnlineMatter m) {
        MatterDetail d = m.detail();
        FollowUpView f = d.followUp();
        List<PublicMatter.Step> steps = new ArrayList<>();
        for (OnlineMatter.Event e : m.events()) {
            // the petitioner sees the units, authorities, outcomes and days of these steps
            TimelineEntry detail = switch (e.type()) {
                case ROUTE, EXTEND, REQUEST_REVIEW, REQUEST_RE_REVIEW, DECIDE_REVIEW, DECIDE_RE_REVIEW -> e.detail();
                default -> null;
            };
            steps.add(new PublicMatter.Step(LocalDate.ofInstant(e.at(), Clocks.ZONE), e.type(), detail));
        }
        String name = d.summary().petitionerName();
        String masked = name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
        return new PublicMatter(d.summary().number(), d.summary().receivedOn(), d.summary().channelName(),
                d.summary().kind(), d.summary().categoryPath(), d.summary().state(), masked, d.handling().mainUnitName(),
                steps, m.documents(), f.rating(), f.ratingComment(), f.ratedOn(), m.canEvaluate(), f.evaluationDue(),
                f.evaluationOverdue(), f.reviewRequestEnd(), f.reReviewRequestEnd(), f.terminatedOn());
    }

    private static String safe(String number) {
        String n = number.length() > 24 ? number.substring(0, 24) : number;
        return n.replaceAll("[^0-9A-Za-z-]", "?").toLowerCase(Locale.ROOT);
    }
}
