package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.Actor;
import cn.xinfang.petition.casehandling.entity.Appeal;
import cn.xinfang.petition.casehandling.entity.AppealOutcome;
import cn.xinfang.petition.casehandling.entity.AppealRefusal;
import cn.xinfang.petition.casehandling.entity.AppealStage;
import cn.xinfang.petition.casehandling.entity.AuthorityLevel;
import cn.xinfang.petition.casehandling.entity.Channel;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.IssueCategory;
import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerColumn;
import cn.xinfang.petition.casehandling.entity.LedgerColumn.Outcome;
import cn.xinfang.petition.casehandling.entity.LedgerReport;
import cn.xinfang.petition.casehandling.entity.LedgerReport.Problem;
import cn.xinfang.petition.casehandling.entity.LedgerReport.Row;
import cn.xinfang.petition.casehandling.entity.LedgerReport.Status;
import cn.xinfang.petition.casehandling.entity.Lifecycle;
import cn.xinfang.petition.casehandling.entity.Matter;
import cn.xinfang.petition.casehandling.entity.MatterEvent;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.Petitioner;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.casehandling.entity.RatingVia;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.ReplyOutcome;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.control.HolidayCalendar;
import cn.xinfang.petition.shared.entity.CountingMode;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 历史台账导入: turns the rows of the bureau's old ledger into matters with the life the ledger
 * records — registration on the receipt day, the acceptance decision, 转办 to the handling unit,
 * the approved reply and the closing, the rating, the backlog flag, the review and re-review
 * requests and their outcomes — each step through the matter's own methods, dated on the day the
 * ledger gives (so every statistics figure counts it as it stood then), followed by a
 * LEDGER_IMPORTED note on the timeline. Runs in the caller's transaction; the boundary rolls it
 * back for a dry run and whenever one row has a problem (all or nothing).
 *
 * <p>A row's ledger number is kept as the matter's idempotency key ({@value #KEY_PREFIX} + number):
 * the same file imported again creates nothing new.
 */
@Dependent
public class LedgerWriter {

    /** The idempotency key of an imported matter: this prefix and the row's ledger number. */
    public static final String KEY_PREFIX = "ledger:";
    /** Rows per file, so one import stays within one transaction's time. */
    public static final int MAX_ROWS = 5000;
    /** What stands in for a text the ledger does not give (a reason, an opinion, a notice number). */
    static final String NOT_GIVEN = "—";

    private static final int MAX_LEDGER_NUMBER = 40;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** The time of day each step is dated at, so that steps of the same day keep their order. */
    private static final LocalTime REGISTERED = LocalTime.of(8, 30), DECIDED = LocalTime.of(9, 0),
            ROUTED = LocalTime.of(9, 30), DRAFTED = LocalTime.of(10, 0), APPROVED = LocalTime.of(10, 30),
            CLOSED = LocalTime.of(10, 45), RATED = LocalTime.of(11, 0), BACKLOG = LocalTime.of(11, 30),
            REVIEW_ASKED = LocalTime.of(13, 0), REVIEW_DONE = LocalTime.of(14, 0), RE_REVIEW_ASKED = LocalTime.of(15, 0),
            RE_REVIEW_DONE = LocalTime.of(16, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrar registrar;

    @Inject
    HolidayCalendar calendar;

    @Inject
    CaseSettings settings;

    @Inject
    AppealWindows windows;

    @Inject
    Clock clock;

    /** Reads, checks and writes every row of {@code ledger} as {@code me}; the caller decides whether it is kept. */
    public LedgerReport write(Ledger ledger, AppUser me, boolean dryRun) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (ledger.lines().isEmpty()) {
            problems.add(new Problem(0, null, "statistics2.ledger.error.empty", List.of()));
            return new LedgerReport(ledger.fileName(), dryRun, false, rows, problems);
        }
        if (ledger.lines().size() > MAX_ROWS) {
            problems.add(new Problem(0, null, "statistics2.ledger.error.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
            return new LedgerReport(ledger.fileName(), dryRun, false, rows, problems);
        }
        Context ctx = new Context(me, county(me.getUnit()), LocalDate.now(clock), clock.instant(),
                ledger.fileName() == null || ledger.fileName().isBlank() ? NOT_GIVEN : strip(ledger.fileName(), 200));
        // one import of a county at a time (the lock numbering takes too), so the same file sent twice at once
        // cannot pass the ledger-number check twice
        em.lock(em.find(Unit.class, ctx.county.getId()), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Map<String, Integer> firstLine = new HashMap<>();
        // earlier receipts first, so that a repeat can name a row further down the file
        List<Ledger.Line> lines = new ArrayList<>(ledger.lines());
        lines.sort(Comparator.comparing((Ledger.Line l) -> Optional.ofNullable(date(l.get(LedgerColumn.RECEIVED_ON)))
                .orElse(LocalDate.MAX)).thenComparingInt(Ledger.Line::line));
        for (Ledger.Line line : lines) {
            List<Problem> own = new ArrayList<>();
            String ledgerNumber = line.get(LedgerColumn.LEDGER_NUMBER);
            if (ledgerNumber != null) {
                Integer before = firstLine.putIfAbsent(ledgerNumber, line.line());
                if (before != null) {
                    own.add(problem(line, LedgerColumn.LEDGER_NUMBER, "statistics2.ledger.error.duplicate",
                            String.valueOf(Math.min(before, line.line()))));
                } else if (ledgerNumber.length() > MAX_LEDGER_NUMBER) {
                    own.add(problem(line, LedgerColumn.LEDGER_NUMBER, "error.tooLong"));
                } else {
                    Optional<Matter> existing = byLedgerNumber(ledgerNumber);
                    if (existing.isPresent() && existing.get().getRegisteringUnit().isWithin(ctx.county)) {
                        rows.add(new Row(line.line(), ledgerNumber, Status.EXISTS, existing.get().getNumber(),
                                String.valueOf(existing.get().intake().getReceivedOn()),
                                existing.get().intake().getChannel().getName(), null));
                        continue;
                    } else if (existing.isPresent()) {
                        own.add(problem(line, LedgerColumn.LEDGER_NUMBER, "statistics2.ledger.error.otherCounty"));
                    }
                }
            }
            Parsed p = parse(line, ctx, own);
            if (!own.isEmpty()) {
                problems.addAll(own);
                rows.add(refused(line));
                continue;
            }
            try {
                Matter m = create(p, ctx);
                rows.add(new Row(line.line(), ledgerNumber, Status.NEW, dryRun ? null : m.getNumber(),
                        p.receivedOn.toString(), p.channel.getName(), p.outcome == null ? null : p.outcome.name()));
            } catch (Failure f) {
                problems.add(problem(line, f.column, f.cause.key(), f.cause.args()));
                rows.add(refused(line));
            }
        }
        rows.sort(Comparator.comparingInt(Row::line));
        problems.sort(Comparator.comparingInt(Problem::line));
        return new LedgerReport(ledger.fileName(), dryRun, !dryRun && problems.isEmpty(), rows, problems);
    }

    private static Row refused(Ledger.Line line) {
        return new Row(line.line(), line.get(LedgerColumn.LEDGER_NUMBER), Status.REFUSED, null,
                line.get(LedgerColumn.RECEIVED_ON), line.get(LedgerColumn.CHANNEL), line.get(LedgerColumn.OUTCOME));
    }

    private Optional<Matter> byLedgerNumber(String ledgerNumber) {
        return em.createNamedQuery(Matter.BY_IDEMPOTENCY_KEY, Matter.class).setParameter("key", KEY_PREFIX + ledgerNumber)
                .getResultStream().findFirst();
    }

    // ------------------------------------------------------------------ reading a row

    /** The caller, the county the import writes into, today and the instant of the import, the file. */
    private record Context(AppUser me, Unit county, LocalDate today, Instant now, String fileName) {
    }

    /** One row's values, typed; a value the row does not give is null. */
    private static final class Parsed {
        Ledger.Line line;
        String ledgerNumber;
        LocalDate receivedOn;
        Channel channel;
        int peopleCount = 1;
        CrossLevel crossLevel = CrossLevel.NONE;
        MatterKind kind = MatterKind.GRIEVANCE;
        MatterPurpose purpose = MatterPurpose.DEMAND;
        IssueCategory category;
        Unit place;
        Matter repeatOf;
        Outcome outcome;
        LocalDate decidedOn;
        Unit mainUnit;
        LocalDate repliedOn;
        ReplyOutcome replyOutcome;
        Rating rating;
        LocalDate ratedOn;
        LocalDate backlogSince;
        final Appealed[] appeals = new Appealed[2];
    }

    /** A review (index 0) or re-review (1) request of the row: asked on, refused or decided with its outcome, on. */
    private record Appealed(AppealStage stage, LocalDate requestedOn, boolean refused, AppealOutcome outcome,
                            LocalDate decidedOn) {
    }

    private Parsed parse(Ledger.Line line, Context ctx, List<Problem> own) {
        Parsed p = new Parsed();
        p.line = line;
        for (LedgerColumn c : LedgerColumn.values()) {
            if (c.required() && line.get(c) == null) {
                own.add(problem(line, c, "statistics2.ledger.error.required"));
            }
        }
        p.ledgerNumber = line.get(LedgerColumn.LEDGER_NUMBER);
        p.receivedOn = dateOf(line, LedgerColumn.RECEIVED_ON, ctx, own);
        String channel = line.get(LedgerColumn.CHANNEL);
        if (channel != null) {
            p.channel = channel(channel);
            if (p.channel == null) {
                own.add(problem(line, LedgerColumn.CHANNEL, "statistics2.ledger.error.unknownChannel", channel));
            }
        }
        String people = line.get(LedgerColumn.PEOPLE_COUNT);
        if (people != null) {
            try {
                p.peopleCount = Integer.parseInt(people.endsWith(".0") ? people.substring(0, people.length() - 2) : people);
            } catch (NumberFormatException e) {
                own.add(problem(line, LedgerColumn.PEOPLE_COUNT, "statistics2.ledger.error.number", people));
            }
        }
        p.crossLevel = choice(line, LedgerColumn.CROSS_LEVEL, CrossLevel.class, CrossLevel.NONE, own);
        p.kind = choice(line, LedgerColumn.KIND, MatterKind.class, MatterKind.GRIEVANCE, own);
        p.purpose = choice(line, LedgerColumn.PURPOSE, MatterPurpose.class, MatterPurpose.DEMAND, own);
        String category = line.get(LedgerColumn.CATEGORY);
        if (category != null) {
            p.category = category(category);
            if (p.category == null) {
                own.add(problem(line, LedgerColumn.CATEGORY, "statistics2.ledger.error.unknownCategory", category));
            }
        }
        p.place = unit(line, LedgerColumn.PROBLEM_PLACE, ctx, own);
        p.mainUnit = unit(line, LedgerColumn.MAIN_UNIT, ctx, own);
        String repeat = line.get(LedgerColumn.REPEAT_OF);
        if (repeat != null) {
            p.repeatOf = byLedgerNumber(repeat).or(() -> em.createNamedQuery(Matter.BY_NUMBER, Matter.class)
                    .setParameter("number", repeat).getResultStream().findFirst())
                    .filter(m -> m.getRegisteringUnit().isWithin(ctx.county)).orElse(null);
            if (p.repeatOf == null) {
                own.add(problem(line, LedgerColumn.REPEAT_OF, "statistics2.ledger.error.repeatNotFound", repeat));
            }
        }
        p.outcome = choice(line, LedgerColumn.OUTCOME, Outcome.class, null, own);
        p.decidedOn = dateOf(line, LedgerColumn.DECIDED_ON, ctx, own);
        p.repliedOn = dateOf(line, LedgerColumn.REPLIED_ON, ctx, own);
        p.replyOutcome = choice(line, LedgerColumn.REPLY_OUTCOME, ReplyOutcome.class, null, own);
        p.rating = choice(line, LedgerColumn.RATING, Rating.class, null, own);
        p.ratedOn = dateOf(line, LedgerColumn.RATED_ON, ctx, own);
        p.backlogSince = dateOf(line, LedgerColumn.BACKLOG_SINCE, ctx, own);
        p.appeals[0] = appealed(line, AppealStage.REVIEW, LedgerColumn.REVIEW_REQUESTED_ON, LedgerColumn.REVIEW_OUTCOME,
                LedgerColumn.REVIEW_DECIDED_ON, ctx, own);
        p.appeals[1] = appealed(line, AppealStage.RE_REVIEW, LedgerColumn.RE_REVIEW_REQUESTED_ON,
                LedgerColumn.RE_REVIEW_OUTCOME, LedgerColumn.RE_REVIEW_DECIDED_ON, ctx, own);
        if (own.isEmpty()) {
            order(p, own);
        }
        return p;
    }

    /** What the steps need of each other: each is given when the one before it is, and not dated before it. */
    private static void order(Parsed p, List<Problem> own) {
        Ledger.Line line = p.line;
        if (p.outcome == null && p.decidedOn != null) {
            own.add(problem(line, LedgerColumn.OUTCOME, "statistics2.ledger.error.needs", LedgerColumn.DECIDED_ON.key()));
        }
        if (p.outcome != null) {
            if (p.decidedOn == null) {
                own.add(problem(line, LedgerColumn.DECIDED_ON, "statistics2.ledger.error.required"));
            } else {
                notBefore(p, LedgerColumn.DECIDED_ON, p.decidedOn, LedgerColumn.RECEIVED_ON, p.receivedOn, own);
            }
        }
        boolean accepted = p.outcome == Outcome.ACCEPTED;
        if (p.repliedOn != null || p.replyOutcome != null) {
            if (!accepted) {
                own.add(problem(line, LedgerColumn.REPLIED_ON, "statistics2.ledger.error.replyNotAccepted"));
            } else if (p.mainUnit == null) {
                own.add(problem(line, LedgerColumn.MAIN_UNIT, "statistics2.ledger.error.required"));
            } else if (p.repliedOn == null) {
                own.add(problem(line, LedgerColumn.REPLIED_ON, "statistics2.ledger.error.required"));
            } else if (p.replyOutcome == null) {
                own.add(problem(line, LedgerColumn.REPLY_OUTCOME, "statistics2.ledger.error.required"));
            } else {
                notBefore(p, LedgerColumn.REPLIED_ON, p.repliedOn, LedgerColumn.DECIDED_ON, p.decidedOn, own);
            }
        }
        if (p.mainUnit != null && !accepted) {
            own.add(problem(line, LedgerColumn.MAIN_UNIT, "statistics2.ledger.error.routedNotAccepted"));
        }
        if (p.rating != null || p.ratedOn != null) {
            if (p.repliedOn == null) {
                own.add(problem(line, LedgerColumn.RATING, "statistics2.ledger.error.needs", LedgerColumn.REPLIED_ON.key()));
            } else if (p.rating == null || p.ratedOn == null) {
                own.add(problem(line, p.rating == null ? LedgerColumn.RATING : LedgerColumn.RATED_ON,
                        "statistics2.ledger.error.required"));
            } else {
                notBefore(p, LedgerColumn.RATED_ON, p.ratedOn, LedgerColumn.REPLIED_ON, p.repliedOn, own);
            }
        }
        if (p.backlogSince != null) {
            if (!accepted) {
                own.add(problem(line, LedgerColumn.BACKLOG_SINCE, "statistics2.ledger.error.needs", LedgerColumn.OUTCOME.key()));
            } else {
                notBefore(p, LedgerColumn.BACKLOG_SINCE, p.backlogSince, LedgerColumn.RECEIVED_ON, p.receivedOn, own);
            }
        }
        Appealed review = p.appeals[0];
        Appealed reReview = p.appeals[1];
        if (review != null) {
            if (p.repliedOn == null) {
                own.add(problem(line, LedgerColumn.REVIEW_REQUESTED_ON, "statistics2.ledger.error.needs",
                        LedgerColumn.REPLIED_ON.key()));
            } else {
                notBefore(p, LedgerColumn.REVIEW_REQUESTED_ON, review.requestedOn(), LedgerColumn.REPLIED_ON, p.repliedOn, own);
            }
        }
        if (reReview != null) {
            if (review == null || review.refused() || review.outcome() == null) {
                own.add(problem(line, LedgerColumn.RE_REVIEW_REQUESTED_ON, "statistics2.ledger.error.reReviewWithoutReview"));
            } else {
                notBefore(p, LedgerColumn.RE_REVIEW_REQUESTED_ON, reReview.requestedOn(), LedgerColumn.REVIEW_DECIDED_ON,
                        review.decidedOn(), own);
            }
        }
    }

    private static void notBefore(Parsed p, LedgerColumn c, LocalDate day, LedgerColumn earlier, LocalDate earlierDay,
                                  List<Problem> own) {
        if (day != null && earlierDay != null && day.isBefore(earlierDay)) {
            own.add(problem(p.line, c, "statistics2.ledger.error.before", earlier.key(), earlierDay.toString()));
        }
    }

    private Appealed appealed(Ledger.Line line, AppealStage stage, LedgerColumn asked, LedgerColumn outcome,
                              LedgerColumn decided, Context ctx, List<Problem> own) {
        LocalDate requestedOn = dateOf(line, asked, ctx, own);
        String o = line.get(outcome);
        LocalDate decidedOn = dateOf(line, decided, ctx, own);
        if (requestedOn == null) {
            if (o != null || decidedOn != null) {
                own.add(problem(line, asked, "statistics2.ledger.error.required"));
            }
            return null;
        }
        boolean refused = LedgerColumn.APPEAL_REFUSED.equals(o);
        AppealOutcome decision = null;
        if (o != null && !refused) {
            try {
                decision = AppealOutcome.valueOf(o);
            } catch (IllegalArgumentException e) {
                own.add(problem(line, outcome, "statistics2.ledger.error.choice", o));
                return null;
            }
        }
        if ((refused || decision != null) && decidedOn == null) {
            own.add(problem(line, decided, "statistics2.ledger.error.required"));
        } else if (o == null && decidedOn != null) {
            own.add(problem(line, outcome, "statistics2.ledger.error.required"));
        } else if (decidedOn != null && decidedOn.isBefore(requestedOn)) {
            own.add(problem(line, decided, "statistics2.ledger.error.before", asked.key(), requestedOn.toString()));
        }
        return new Appealed(stage, requestedOn, refused, decision, decidedOn);
    }

    private static <E extends Enum<E>> E choice(Ledger.Line line, LedgerColumn c, Class<E> type, E otherwise,
                                                List<Problem> own) {
        String v = line.get(c);
        if (v == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            own.add(problem(line, c, "statistics2.ledger.error.choice", v));
            return otherwise;
        }
    }

    private LocalDate dateOf(Ledger.Line line, LedgerColumn c, Context ctx, List<Problem> own) {
        String v = line.get(c);
        if (v == null) {
            return null;
        }
        LocalDate d = date(v);
        if (d == null) {
            own.add(problem(line, c, "statistics2.ledger.error.date", v));
        } else if (d.isAfter(ctx.today)) {
            own.add(problem(line, c, "statistics2.ledger.error.future", v));
        } else if (d.isBefore(cn.xinfang.petition.casehandling.entity.Intake.EARLIEST_CONFIGURABLE)) {
            own.add(problem(line, c, "statistics2.ledger.error.tooEarly",
                    cn.xinfang.petition.casehandling.entity.Intake.EARLIEST_CONFIGURABLE.toString()));
        }
        return d == null || d.isAfter(ctx.today) ? null : d;
    }

    /** yyyy-MM-dd, also yyyy/M/d, yyyy.M.d and yyyy年M月d日 as ledgers write them; null when it is none. */
    static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = DATE.matcher(v.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private Channel channel(String v) {
        Channel c = em.find(Channel.class, v);
        if (c == null) {
            c = em.createQuery("SELECT c FROM Channel c WHERE c.name = :n", Channel.class).setParameter("n", v)
                    .getResultStream().findFirst().orElse(null);
        }
        return c;
    }

    /** By code, by name (when only one category has it), or by its path (城乡建设/物业管理). */
    private IssueCategory category(String v) {
        IssueCategory c = em.find(IssueCategory.class, v);
        if (c != null) {
            return c;
        }
        List<IssueCategory> all = em.createQuery("SELECT c FROM IssueCategory c LEFT JOIN FETCH c.parent", IssueCategory.class)
                .getResultList();
        String path = v.replace('／', '/').replace('-', '/').replace('>', '/').replaceAll("\\s*/\\s*", "/");
        List<IssueCategory> named = all.stream().filter(x -> x.getName().equals(v)
                || x.getParent() != null && (x.getParent().getName() + "/" + x.getName()).equals(path)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    private Unit unit(Ledger.Line line, LedgerColumn c, Context ctx, List<Problem> own) {
        String v = line.get(c);
        if (v == null) {
            return null;
        }
        List<Unit> found = em.createQuery("SELECT u FROM Unit u WHERE u.code = :v OR u.name = :v", Unit.class)
                .setParameter("v", v).getResultStream().filter(u -> u.isWithin(ctx.county)).toList();
        Optional<Unit> byCode = found.stream().filter(u -> u.getCode().equals(v)).findFirst();
        if (byCode.isPresent()) {
            return byCode.get();
        }
        if (found.size() != 1) {
            own.add(problem(line, c, found.isEmpty() ? "statistics2.ledger.error.unknownUnit"
                    : "statistics2.ledger.error.ambiguousUnit", v));
            return null;
        }
        return found.get(0);
    }

    private static Unit county(Unit u) {
        Unit root = u;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    // ------------------------------------------------------------------ writing a row

    /** A refusal of the matter's own rules, on the ledger column it concerns. */
    private static final class Failure extends RuntimeException {
        final transient BusinessException cause;
        final LedgerColumn column;

        Failure(BusinessException cause, LedgerColumn column) {
            super(cause.key(), null, false, false);
            this.cause = cause;
            this.column = column;
        }
    }

    private static final Map<String, LedgerColumn> FIELDS = Map.ofEntries(
            Map.entry("receivedOn", LedgerColumn.RECEIVED_ON), Map.entry("channel", LedgerColumn.CHANNEL),
            Map.entry("transferDocument", LedgerColumn.TRANSFER_DOCUMENT), Map.entry("transferLevel", LedgerColumn.TRANSFER_LEVEL),
            Map.entry("peopleCount", LedgerColumn.PEOPLE_COUNT), Map.entry("representatives", LedgerColumn.REPRESENTATIVES),
            Map.entry("problemPlace", LedgerColumn.PROBLEM_PLACE), Map.entry("content", LedgerColumn.CONTENT),
            Map.entry("kind", LedgerColumn.KIND), Map.entry("category", LedgerColumn.CATEGORY),
            Map.entry("purpose", LedgerColumn.PURPOSE), Map.entry("accusedParty", LedgerColumn.ACCUSED_PARTY),
            Map.entry("repeatOf", LedgerColumn.REPEAT_OF), Map.entry("petitionerName", LedgerColumn.PETITIONER_NAME),
            Map.entry("idNumber", LedgerColumn.ID_NUMBER), Map.entry("phone", LedgerColumn.PHONE),
            Map.entry("address", LedgerColumn.ADDRESS), Map.entry("mainUnit", LedgerColumn.MAIN_UNIT));

    /** Runs one step; a refusal becomes a problem on the field's column, else on {@code column}. */
    private static <T> T step(LedgerColumn column, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (NotPermittedException e) {
            throw new Failure(new BusinessException("statistics2.ledger.error.step"), column);
        } catch (BusinessException e) {
            LedgerColumn c = e.field() == null ? column : FIELDS.getOrDefault(e.field(), column);
            throw new Failure(e, c);
        }
    }

    private Matter create(Parsed p, Context ctx) {
        Ledger.Line line = p.line;
        String by = ctx.me.getUsername();
        RegistrationForm form = new RegistrationForm(p.channel.getCode(), p.receivedOn, line.get(LedgerColumn.TRANSFER_LEVEL),
                line.get(LedgerColumn.TRANSFER_DOCUMENT), line.get(LedgerColumn.PETITIONER_NAME),
                line.get(LedgerColumn.ID_NUMBER), line.get(LedgerColumn.PHONE), line.get(LedgerColumn.ADDRESS),
                p.peopleCount, representatives(line.get(LedgerColumn.REPRESENTATIVES)), p.crossLevel,
                p.place == null ? null : p.place.getId(), line.get(LedgerColumn.CONTENT), p.kind, p.category.getCode(),
                p.purpose, line.get(LedgerColumn.ACCUSED_PARTY), null, p.repeatOf == null ? null : p.repeatOf.getNumber());
        // a row without ID number and phone that repeats an earlier matter of the same name is that petitioner's
        Petitioner known = p.repeatOf != null && form.idNumber() == null && form.phone() == null
                && p.repeatOf.getPetitioner().getName().equals(form.petitionerName()) ? p.repeatOf.getPetitioner() : null;
        Matter m = step(LedgerColumn.RECEIVED_ON, () -> registrar.registerFromLedger(form, ctx.me.getUnit(), by,
                KEY_PREFIX + p.ledgerNumber, at(p.receivedOn, REGISTERED), known));
        Actor bureau = new Actor(by, EnumSet.of(Role.OFFICER), ctx.me.getUnit(), Actor.Kind.STAFF);
        if (p.outcome != null) {
            LocalDate d = p.decidedOn;
            Instant when = instant(d, DECIDED);
            String text = Optional.ofNullable(line.get(LedgerColumn.DECISION_TEXT)).orElse(NOT_GIVEN);
            persist(step(LedgerColumn.OUTCOME, () -> switch (p.outcome) {
                case ACCEPTED -> m.accept(d, calendar.deadlines().due(d, Lifecycle.HANDLING_DAYS, settings.countingMode()),
                        bureau, when);
                case REFUSED -> m.refuse(text, bureau, when, d);
                case STATUTORY -> m.referToStatutoryChannel(text, bureau, when, d);
                case FORWARDED -> m.forwardAccusation(text, bureau, when, d);
            }));
        }
        if (p.mainUnit != null) {
            LocalDate d = p.decidedOn;
            LocalDate objectionDue = calendar.deadlines().due(d, Lifecycle.OBJECTION_WORKING_DAYS, CountingMode.WORKING_DAYS);
            persist(step(LedgerColumn.MAIN_UNIT, () -> m.route(RoutingMode.FORWARD, p.mainUnit, Set.of(), d, objectionDue,
                    bureau, instant(d, ROUTED))));
        }
        if (p.repliedOn != null) {
            Actor unit = new Actor(by, EnumSet.of(Role.UNIT_CLERK, Role.UNIT_LEADER), p.mainUnit, Actor.Kind.STAFF);
            String text = Optional.ofNullable(line.get(LedgerColumn.REPLY_TEXT)).orElse(NOT_GIVEN);
            LocalDate d = p.repliedOn;
            persist(step(LedgerColumn.REPLY_OUTCOME, () -> m.draftReply(p.replyOutcome, text, unit, instant(d, DRAFTED))));
            persist(step(LedgerColumn.REPLIED_ON, () -> m.approveReply(d, unit, instant(d, APPROVED))));
            persist(step(LedgerColumn.REPLIED_ON, () -> m.close(d, bureau, instant(d, CLOSED))));
        }
        if (p.rating != null) {
            LocalDate due = windows.periods().evaluationDue(p.repliedOn);
            persist(step(LedgerColumn.RATED_ON, () -> m.evaluate(p.rating, null, RatingVia.PHONE, p.ratedOn, due, bureau,
                    instant(p.ratedOn, RATED))));
        }
        if (p.backlogSince != null) {
            persist(step(LedgerColumn.BACKLOG_SINCE, () -> m.flagBacklog(true, NOT_GIVEN, by, p.backlogSince,
                    instant(p.backlogSince, BACKLOG))));
        }
        Appeal review = null;
        for (Appealed a : p.appeals) {
            if (a != null) {
                review = appeal(m, a, review, bureau, ctx);
            }
        }
        persist(m.importedFromLedger(ctx.fileName, p.ledgerNumber, by, ctx.now));
        em.flush();
        return m;
    }

    /** A review or re-review request of the row, refused or accepted and perhaps decided; returns the appeal. */
    private Appeal appeal(Matter m, Appealed a, Appeal review, Actor bureau, Context ctx) {
        boolean isReview = a.stage() == AppealStage.REVIEW;
        LedgerColumn asked = isReview ? LedgerColumn.REVIEW_REQUESTED_ON : LedgerColumn.RE_REVIEW_REQUESTED_ON;
        LedgerColumn decided = isReview ? LedgerColumn.REVIEW_DECIDED_ON : LedgerColumn.RE_REVIEW_DECIDED_ON;
        AuthorityLevel level = isReview ? settings.authorityLevel() : review.getAuthorityLevel().above().orElse(null);
        if (level == null) {
            throw new Failure(new BusinessException("error.appeal.noHigherAuthority"), asked);
        }
        boolean here = level == settings.authorityLevel();
        String authority = here ? county(m.getRegisteringUnit()).getName() + "人民政府" : NOT_GIVEN;
        String by = bureau.username();
        if (a.refused()) {
            AppealRefusal r = step(asked, () -> new AppealRefusal(m, a.stage(), a.requestedOn(), NOT_GIVEN, authority,
                    a.decidedOn(), NOT_GIVEN, NOT_GIVEN, ctx.today, by));
            em.persist(r);
            persist(m.appealRefused(r, by, instant(a.decidedOn(), isReview ? REVIEW_DONE : RE_REVIEW_DONE)));
            return null;
        }
        LocalDate windowStart = isReview ? m.reply().getRepliedOn() : review.getDecidedOn();
        LocalDate windowEnd = isReview ? windows.periods().reviewRequestEnd(windowStart)
                : windows.periods().reReviewRequestEnd(windowStart);
        persist(step(asked, () -> m.requestAppeal(a.stage(), a.requestedOn(), windowStart, windowEnd, ctx.today, authority,
                bureau, instant(a.requestedOn(), isReview ? REVIEW_ASKED : RE_REVIEW_ASKED))));
        Appeal appeal = new Appeal(m, a.stage(), a.requestedOn(), NOT_GIVEN, level, authority, here,
                windows.periods().decisionDue(a.requestedOn(), List.of()), by);
        em.persist(appeal);
        if (a.outcome() != null) {
            step(decided, () -> {
                appeal.decide(a.outcome(), NOT_GIVEN, NOT_GIVEN, a.decidedOn(), a.decidedOn(), by);
                return appeal;
            });
            persist(step(decided, () -> m.appealDecided(a.stage(), a.decidedOn(), authority, a.outcome(), bureau,
                    instant(a.decidedOn(), isReview ? REVIEW_DONE : RE_REVIEW_DONE))));
        }
        return appeal;
    }

    private void persist(MatterEvent e) {
        em.persist(e);
    }

    private static List<String> representatives(String v) {
        return v == null ? List.of() : Arrays.stream(v.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Instant instant(LocalDate d, LocalTime t) {
        return d.atTime(t).atZone(Clocks.ZONE).toInstant();
    }

    private static Clock at(LocalDate d, LocalTime t) {
        return Clock.fixed(instant(d, t), Clocks.ZONE);
    }

    private static String strip(String s, int max) {
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static Problem problem(Ledger.Line line, LedgerColumn c, String key, Object... args) {
        return new Problem(line.line(), c == null ? null : c.key(), key,
                Arrays.stream(args).map(String::valueOf).toList());
    }
}
