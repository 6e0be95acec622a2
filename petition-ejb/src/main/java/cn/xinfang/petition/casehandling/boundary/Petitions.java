package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.casehandling.control.FigureConditions;
import cn.xinfang.petition.casehandling.control.LowerLevels;
import cn.xinfang.petition.casehandling.control.MatterAccess;
import cn.xinfang.petition.casehandling.control.MatterNumbers;
import cn.xinfang.petition.casehandling.control.MatterViews;
import cn.xinfang.petition.casehandling.control.Overdue;
import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterState;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.LikePatterns;
import cn.xinfang.petition.shared.control.TextSearchFunctions;
import cn.xinfang.petition.shared.entity.SearchTerms;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import cn.xinfang.petition.casehandling.control.AppealWindows;
import cn.xinfang.petition.casehandling.control.IntakeChoices;
import cn.xinfang.petition.casehandling.control.Registrar;
import cn.xinfang.petition.casehandling.control.LookupCodes;
import cn.xinfang.petition.shared.control.ServerSecret;
import java.io.Serializable;

/**
 * 信访事项: registration on every channel, the repeat check at intake, reading and searching
 * matters. Every read is scoped to the caller by {@link MatterAccess}.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class Petitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterAccess access;

    @Inject
    MatterViews views;

    @Inject
    LowerLevels lowerLevels;

    @Inject
    MatterNumbers numbers;

    @Inject
    Registrar registrar;

    @Inject
    IntakeChoices choices;

    @Inject
    AppealWindows windows;

    @Inject
    ServerSecret secret;

    @Inject
    Clock clock;

    public List<ChoiceView> channels() {
        return em.createNamedQuery(Channel.ACTIVE, Channel.class).getResultStream()
                .map(c -> new ChoiceView(c.getCode(), c.getName(), c.getGroup().name(), c.isTransfer())).toList();
    }

    /**
     * Every channel, deactivated ones too, for the search filter: matters registered before a
     * channel was deactivated must still be found by it.
     */
    public List<ChoiceView> searchChannels() {
        return em.createNamedQuery(Channel.ALL, Channel.class).getResultStream()
                .map(c -> new ChoiceView(c.getCode(), c.getName(), c.getGroup().name(), c.isTransfer())).toList();
    }

    /** Second-level categories with their path ("城乡建设 / 物业管理"), in code order. */
    public List<ChoiceView> categories() {
        return choices.categories();
    }

    /**
     * The repeat check while registering: the petitioner found by ID number, or else by name and
     * phone together, with all their earlier matters and states.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public EarlierMatters earlierMatters(String idNumber, String name, String phone) {
        AppUser me = access.caller();
        return registrar.findPetitioner(idNumber, name, phone)
                .map(p -> new EarlierMatters(views.petitioner(p, me),
                        views.summaries(em.createNamedQuery(Matter.OF_PETITIONER, Matter.class).setParameter("petitioner", p)
                                .getResultStream().filter(m -> access.maySee(me, m)).toList()),
                        lowerLevels.of(p, me.getUnit(), null, me)))
                .orElse(EarlierMatters.NONE);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public MatterDetail register(@NotNull RegistrationForm f) {
        return register(f, null).matter();
    }

    /** The result of a registration that may have been a retry: {@code created} is false for a repeated key. */
    public record Registered(MatterDetail matter, boolean created) implements Serializable {
    }

    /**
     * Registers unless a matter with the same idempotency key exists already, in which case that
     * matter is returned (a client's retry). Keys are checked under the county lock, so two
     * concurrent retries cannot both create.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public Registered register(@NotNull RegistrationForm f, String idempotencyKey) {
        AppUser me = access.caller();
        Map.Entry<Matter, Boolean> r = registered(me, f, idempotencyKey);
        return new Registered(views.detail(r.getKey(), me), r.getValue());
    }

    /**
     * A registration's matter, whether it was created (false: a retry of an earlier key) and the
     * lookup code issued to it (null for a retry), which its answer shows this once.
     */
    public record Registration(long id, boolean created, String issuedLookupCode) implements Serializable {
    }

    /**
     * The registration alone, for a caller without a transaction (the API): it commits when this
     * call returns, and the caller reads the answer with {@link #get} afterwards, so the county's
     * numbering lock is not held while the answer (the matter's whole detail) is read.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public Registration registerOnly(@NotNull RegistrationForm f, String idempotencyKey) {
        Map.Entry<Matter, Boolean> r = registered(access.caller(), f, idempotencyKey);
        return new Registration(r.getKey().getId(), r.getValue(), r.getValue() ? r.getKey().getIssuedLookupCode() : null);
    }

    /**
     * The answer to a {@link #registerOnly}, read after it committed: the matter as {@link #get}
     * shows it, with the lookup code issued at registration (only if it is the matter's current one).
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER})
    public MatterDetail answer(@NotNull Registration r) {
        Matter m = em.find(Matter.class, r.id());
        if (m == null) {
            throw new NotFoundException();
        }
        AppUser me = access.caller();
        access.require(me, m);
        if (r.issuedLookupCode() != null && LookupCodes.hash(secret.key(), r.issuedLookupCode()).equals(m.getLookupCodeHash())) {
            m.issueLookupCode(r.issuedLookupCode(), m.getLookupCodeHash());
        }
        return views.detail(m, me);
    }

    private Map.Entry<Matter, Boolean> registered(AppUser me, RegistrationForm f, String idempotencyKey) {
        if (idempotencyKey != null && idempotencyKey.startsWith(cn.xinfang.petition.casehandling.control.LedgerWriter.KEY_PREFIX)) {
            // the historical import's keys: a client's key must not claim a ledger number
            throw new BusinessException("error.matter.idempotencyKey");
        }
        numbers.lockCounty(me.getUnit());
        if (idempotencyKey != null) {
            Optional<Matter> earlier = em.createNamedQuery(Matter.BY_IDEMPOTENCY_KEY, Matter.class)
                    .setParameter("key", idempotencyKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                access.require(me, earlier.get());
                return Map.entry(earlier.get(), false);
            }
        }
        return Map.entry(registrar.register(f, me.getUnit(), me.getUsername(), idempotencyKey), true);
    }

    public MatterDetail get(long id) {
        Matter m = em.find(Matter.class, id);
        if (m == null) {
            throw new NotFoundException();
        }
        AppUser me = access.caller();
        access.require(me, m);
        return views.detail(m, me);
    }

    public Optional<Long> idOfNumber(String number) {
        if (cn.xinfang.petition.shared.entity.TextRules.forbidden(number) >= 0) {
            return Optional.empty(); // no number holds a control character (and PostgreSQL refuses a NUL in a parameter)
        }
        return em.createNamedQuery(Matter.BY_NUMBER, Matter.class).setParameter("number", number == null ? "" : number.strip())
                .getResultStream().findFirst().map(Matter::getId);
    }

    /**
     * A text search ranks at most this many matches, the newest; {@link #count} says at most this
     * many for it (the list says so when it reaches it).
     */
    public static final int TEXT_SEARCH_CAP = 1000;

    /** The windows of receipt dates a word search looks in, newest first (months back; 0: every matter). */
    static final int[] SEARCH_WINDOWS_MONTHS = {1, 6, 24, 0};

    /** Also the appraisal office's: the matters behind a figure of the appraisal (where(): a figure drill-down is like the figures). */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
    public List<MatterSummary> search(@NotNull MatterFilter filter, int first, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        if (isWordSearch(filter)) {
            return ranked(filter, where, params, Math.max(0, first), Math.max(1, Math.min(size, 200)));
        }
        TypedQuery<Matter> q = em.createQuery("SELECT m FROM Matter m" + Matter.LIST_FETCH + where
                + " ORDER BY m.intake.receivedOn DESC, m.id DESC", Matter.class);
        params.forEach(q::setParameter);
        return views.summaries(q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList());
    }

    /** Also the appraisal office's: the matters behind a figure of the appraisal (where(): a figure drill-down is like the figures). */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
    public long count(@NotNull MatterFilter filter) {
        Map<String, Object> params = new HashMap<>();
        if (isWordSearch(filter)) {
            return cappedCount(where(filter, params), params);
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(m) FROM Matter m" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Inject
    FigureConditions figures;

    /**
     * The names of a statistics slice's parts ({@code channel:CODE} → the channel's name, a
     * category's or a unit's name; a channel group stays its code), joined by "，".
     */
    public String sliceName(String slice) {
        List<String> names = new ArrayList<>();
        for (String part : slice.split(",")) {
            int colon = part.indexOf(':');
            String kind = colon < 0 ? part : part.substring(0, colon).strip();
            String value = colon < 0 ? "" : part.substring(colon + 1).strip();
            String name = switch (kind) {
                case "channel" -> em.createQuery("SELECT c.name FROM Channel c WHERE c.code = :c", String.class)
                        .setParameter("c", value).getResultStream().findFirst().orElse(value);
                case "category", "subcategory" -> em.createQuery("SELECT c.name FROM IssueCategory c WHERE c.code = :c",
                        String.class).setParameter("c", value).getResultStream().findFirst().orElse(value);
                case "handledBy", "place" -> {
                    Unit u = value.matches("\\d{1,18}") ? em.find(Unit.class, Long.valueOf(value)) : null;
                    yield u == null ? value : u.getName();
                }
                default -> value;
            };
            names.add(name);
        }
        return String.join("，", names);
    }

    /** How many matters a word search finds, counted up to {@link #TEXT_SEARCH_CAP}. */
    private long cappedCount(String where, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery("SELECT m.id FROM Matter m" + where, Long.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(TEXT_SEARCH_CAP).getResultList().size();
    }

    /** Whether the filter's text is searched as words (not read as a number, ID number or phone). */
    private boolean isWordSearch(MatterFilter f) {
        String text = f.text() == null ? "" : f.text().strip();
        return !text.isEmpty() && !IdNumber.isValid(text, LocalDate.now(clock)) && !text.matches("\\d{6}-\\d{4}-\\d{6}")
                && !text.matches("[0-9+\\- ]{5,20}") && !SearchTerms.prefilter(text).isEmpty();
    }

    /**
     * A word search's page: the newest {@link #TEXT_SEARCH_CAP} matches (every filter, the scoping
     * and the confidentiality applied), ranked by relevance — the name registered with the
     * matter starts with the text, then the content holds it as typed, then the rest (the text's
     * terms apart) — then newest first; then the page's matters.
     */
    private List<MatterSummary> ranked(MatterFilter f, String where, Map<String, Object> params, int first, int size) {
        String text = f.text().strip();
        // the newest matches first within a recent window, widened until it holds TEXT_SEARCH_CAP matches or
        // is everything: a frequent word is answered from the last weeks' matters, not by fetching and sorting
        // every match (tens of thousands at a million matters), a rare one from the whole index
        LocalDate today = LocalDate.now(clock);
        // fewer matches than the cap in all (a name, a rare word): one look at all of them, no windows
        boolean few = cappedCount(where, params) < TEXT_SEARCH_CAP;
        List<Object[]> hits = List.of();
        for (int months : few ? new int[] {0} : SEARCH_WINDOWS_MONTHS) {
            TypedQuery<Object[]> q = em.createQuery("SELECT m.id, CASE WHEN m.contact.name LIKE :rankName" + LikePatterns.ESCAPE
                    + " THEN 0 WHEN m.intake.content LIKE :rankPhrase" + LikePatterns.ESCAPE + " THEN 1 ELSE 2 END"
                    + " FROM Matter m" + where + (months > 0 ? " AND m.intake.receivedOn >= :windowFrom" : "")
                    + " ORDER BY m.intake.receivedOn DESC, m.id DESC", Object[].class);
            params.forEach(q::setParameter);
            q.setParameter("rankName", LikePatterns.startsWith(text));
            q.setParameter("rankPhrase", LikePatterns.contains(text));
            if (months > 0) {
                q.setParameter("windowFrom", today.minusMonths(months));
            }
            hits = new ArrayList<>(q.setMaxResults(TEXT_SEARCH_CAP).getResultList());
            if (hits.size() >= TEXT_SEARCH_CAP) {
                break;
            }
        }
        hits.sort(java.util.Comparator.comparingInt(h -> ((Number) h[1]).intValue())); // stable: newest first within a rank
        if (first >= hits.size()) {
            return List.of();
        }
        List<Long> ids = hits.subList(first, Math.min(hits.size(), first + size)).stream()
                .map(h -> ((Number) h[0]).longValue()).toList();
        Map<Long, Matter> byId = new HashMap<>();
        em.createQuery("SELECT m FROM Matter m" + Matter.LIST_FETCH + " WHERE m.id IN :ids", Matter.class)
                .setParameter("ids", ids).getResultStream().forEach(m -> byId.put(m.getId(), m));
        return views.summaries(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(),
                SearchTerms.words(text));
    }

    private String where(MatterFilter f, Map<String, Object> params) {
        AppUser me = access.caller();
        List<String> and = new ArrayList<>();
        // a figure's drill-down is as wide as the figures (the appraisal office counts every unit)
        boolean countyWide = f.figure() != null ? MatterFigures.countyWide(access, me) : access.seesAll(me);
        if (!countyWide) {
            and.add(access.unitCondition(me.getUnit(), "mine", params));
        }
        if (f.figure() != null) {
            and.add(figures.condition(f.figure(), params));
        }
        String confidential = access.confidentialityCondition(me, params);
        if (!confidential.isEmpty()) {
            and.add(confidential.substring(" AND ".length()));
        }
        String text = f.text() == null ? "" : f.text().strip();
        if (!text.isEmpty()) {
            if (IdNumber.isValid(text, LocalDate.now(clock))) {
                and.add("m.petitioner.idNumberIndex = :id");
                params.put("id", Petitioner.idNumberIndex(text.toUpperCase(Locale.ROOT)));
            } else if (text.matches("\\d{6}-\\d{4}-\\d{6}")) {
                and.add("m.number = :number");
                params.put("number", text);
            } else if (text.matches("[0-9+\\- ]{5,20}")) {
                and.add("m.petitioner.phoneIndex = :phone");
                params.put("phone", Petitioner.phoneIndex(text));
            } else if (!SearchTerms.prefilter(text).isEmpty()) {
                // the matters holding every CJK bigram of the text, from the GIN index on PostgreSQL (see
                // TextSearchFunctions), then each of the text's terms as typed: in the content, or the start
                // of the petitioner's name or of the name registered with the matter
                List<String> tokens = SearchTerms.prefilter(text);
                StringBuilder match = new StringBuilder(TextSearchFunctions.BIGRAMS_MATCH + "(m.searchTerms");
                for (int i = 0; i < tokens.size(); i++) {
                    match.append(", :token").append(i);
                    params.put("token" + i, tokens.get(i));
                }
                and.add(match.append(")").toString());
                List<String> terms = List.of(text.split("\\s+"));
                for (int i = 0; i < terms.size() && i < SearchTerms.MAX_QUERY_TOKENS; i++) {
                    and.add("(m.intake.content LIKE :term" + i + LikePatterns.ESCAPE
                            + " OR m.contact.name LIKE :termStart" + i + LikePatterns.ESCAPE
                            // the current name of a renamed petitioner: a sub-query, checked only for the rows
                            // the matter's own columns did not match (no join for every candidate)
                            + " OR EXISTS (SELECT 1 FROM Petitioner p WHERE p = m.petitioner AND p.name LIKE :termStart" + i
                            + LikePatterns.ESCAPE + "))");
                    params.put("term" + i, LikePatterns.contains(terms.get(i)));
                    params.put("termStart" + i, LikePatterns.startsWith(terms.get(i)));
                }
            } else {
                // no Chinese character: the content as typed, or the start of the name (trigram indexes on PostgreSQL)
                and.add("m.id IN (SELECT x.id FROM Matter x WHERE x.petitioner.name LIKE :prefix" + LikePatterns.ESCAPE
                        + " UNION SELECT y.id FROM Matter y WHERE y.intake.content LIKE :words" + LikePatterns.ESCAPE + ")");
                params.put("prefix", LikePatterns.startsWith(text));
                params.put("words", LikePatterns.contains(text));
            }
        }
        if (f.channelCode() != null) {
            and.add("m.intake.channel.code = :channel");
            params.put("channel", f.channelCode());
        }
        if (f.kind() != null) {
            and.add("m.intake.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.categoryCode() != null) {
            and.add("(m.intake.category.code = :category OR m.intake.category.parent.code = :category)");
            params.put("category", f.categoryCode());
        }
        if (f.state() != null) {
            and.add("m.state = :state");
            params.put("state", f.state());
        }
        if (f.receivedFrom() != null) {
            and.add("m.intake.receivedOn >= :from");
            params.put("from", f.receivedFrom());
        }
        if (f.receivedTo() != null) {
            and.add("m.intake.receivedOn <= :to");
            params.put("to", f.receivedTo());
        }
        if (f.overdueOnly()) {
            and.add(Overdue.condition(DueClock.ACCEPTANCE, LocalDate.now(clock), "acceptance", params));
        }
        if (f.overdue() != null) {
            and.add(Overdue.condition(f.overdue(), LocalDate.now(clock), "overdue", params));
        }
        if (f.unitId() != null) {
            Unit chosen = em.find(Unit.class, f.unitId());
            if (chosen == null) {
                throw BusinessException.onField("unit", "error.unit.unknown");
            }
            and.add(access.unitCondition(chosen, "chosenUnits", params));
        }
        if (f.evaluationOverdueOnly()) {
            and.add("m.evaluation.rating IS NULL AND m.reply.repliedOn <= :lastLapsedReply");
            params.put("lastLapsedReply", windows.periods().lastReplyWithLapsedEvaluation(LocalDate.now(clock)));
        }
        return and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and);
    }
}
